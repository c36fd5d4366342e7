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
      ["Outbox", `${base}/outbox  (log in as the owner)`],
    ];
    lines.push("  Demo data was seeded into this empty database:", "");
    for (const [label, value] of rows) lines.push(`    ${label.padEnd(9)}${value}`);
    lines.push(
      "",
      "  No mail leaves this machine: messages to users are kept in the Outbox.",
      "  These logins and the key are shown only now.",
      "",
    );
  } else if (input.emptyWithoutDemo) {
    lines.push(
      "  The database is empty. Create a project with `npm run cli -- create-project --name N`,",
      "  or start with SEED_DEMO=1 to seed the demo.",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}
