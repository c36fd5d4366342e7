import type { DemoSeed } from "./seed.js";

/**
 * What `npm start` tells the person at the terminal, on standard output as a plain block rather
 * than inside a log line (T8): where the dashboard is, and how to log in to the demo. The demo's
 * logins and key are printed once, here, and never logged.
 */
export function startupBanner(input: {
  dashboardUrl: string;
  demo: DemoSeed | undefined;
  /** The database was empty and the demo was not seeded into it (PostgreSQL, SEED_DEMO=0). */
  emptyWithoutDemo: boolean;
  /** The channels whose messages the Outbox keeps instead of sending (T2). */
  kept: readonly ("email" | "sms")[];
}): string {
  const base = input.dashboardUrl.replace(/\/+$/, "");
  const lines = ["", `  Assent is running: ${base}/`, ""];
  const demo = input.demo;
  if (demo) {
    const rows: [string, string][] = [
      ["Project", `${demo.projectName} (${demo.projectId})`],
      ["Owner", `${demo.ownerEmail}  password ${demo.ownerPassword}`],
      ["Support", `${demo.supportEmail}  same password`],
      ["Viewer", `${demo.viewerEmail}  same password`],
      ["API key", `${demo.apiKey}  (owner)`],
    ];
    if (input.kept.length > 0) rows.push(["Outbox", `${base}/outbox  (log in as the owner)`]);
    lines.push("  Demo data was seeded into this empty database:", "");
    for (const [label, value] of rows) lines.push(`    ${label.padEnd(9)}${value}`);
    lines.push("");
    if (input.kept.length === 2) {
      lines.push("  Nothing leaves this machine: messages to users are kept in the Outbox.");
    } else if (input.kept.length === 1) {
      const kept = input.kept[0] === "email" ? "Emails" : "Text messages";
      lines.push(`  ${kept} to users are kept in the Outbox, not sent.`);
    }
    lines.push("  These logins and the key are shown only now.", "");
  } else if (input.emptyWithoutDemo) {
    lines.push(
      "  The database is empty. Create a project with `npm run cli -- create-project --name N`,",
      "  or start with SEED_DEMO=1 to seed the demo.",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}
