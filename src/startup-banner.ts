import type { DemoSeed } from "./seed.js";

type Channel = "email" | "sms";

/**
 * The demo's logins and owner key as a readable block, and what happens to messages (T8). It is
 * printed once on standard output, never logged.
 */
export function demoBlock(input: {
  dashboardUrl: string;
  demo: DemoSeed;
  /** The channels whose messages the Outbox keeps instead of sending (T2). */
  kept: readonly Channel[];
}): string[] {
  const base = input.dashboardUrl.replace(/\/+$/, "");
  const { demo } = input;
  const rows: [string, string][] = [
    ["Project", `${demo.projectName} (${demo.projectId})`],
    ["Owner", `${demo.ownerEmail}  password ${demo.ownerPassword}`],
    ["Support", `${demo.supportEmail}  same password`],
    ["Viewer", `${demo.viewerEmail}  same password`],
    ["API key", `${demo.apiKey}  (owner)`],
  ];
  if (input.kept.length > 0) rows.push(["Outbox", `${base}/outbox  (log in as the owner)`]);
  const lines = rows.map(([label, value]) => `    ${label.padEnd(9)}${value}`);
  lines.push("");
  if (input.kept.length === 2) {
    lines.push("  Nothing leaves this machine: messages to users are kept in the Outbox.");
  } else if (input.kept.length === 1) {
    const kept = input.kept[0] === "email" ? "Emails" : "Text messages";
    lines.push(`  ${kept} to users are kept in the Outbox, not sent.`);
  }
  lines.push("  These logins and the key are shown only now.");
  return lines;
}

/**
 * What `npm start` tells the person at the terminal, on standard output as a plain block rather
 * than inside a log line (T8): where the dashboard is, and how to log in to the demo.
 */
export function startupBanner(input: {
  dashboardUrl: string;
  demo: DemoSeed | undefined;
  /** The database was empty and the demo was not seeded into it (PostgreSQL, SEED_DEMO=0). */
  emptyWithoutDemo: boolean;
  kept: readonly Channel[];
}): string {
  const base = input.dashboardUrl.replace(/\/+$/, "");
  const lines = ["", `  Assent is running: ${base}/`, ""];
  if (input.demo) {
    lines.push("  Demo data was seeded into this empty database:", "");
    lines.push(...demoBlock({ dashboardUrl: base, demo: input.demo, kept: input.kept }), "");
  } else if (input.emptyWithoutDemo) {
    lines.push(
      "  The database is empty. Create a project with `npm run cli -- create-project --name N`,",
      "  or start with SEED_DEMO=1 to seed the demo.",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}
