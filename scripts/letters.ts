/**
 * Writes src/delivery/messages/layouts.generated.ts, the HTML of the two email layouts rendered
 * by react-email from letter.tsx (`npm run generate:letters`), so that the server never loads
 * React. test/delivery/letter-layouts.test.ts fails when the committed file no longer matches.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderLayouts } from "../src/delivery/messages/letter.js";

export const layoutsPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "../src/delivery/messages/layouts.generated.ts",
);

export async function generateLayouts(): Promise<string> {
  const layouts = await renderLayouts();
  return [
    "/** Generated from letter.tsx by scripts/letters.ts (`npm run generate:letters`): do not edit. */",
    "export const layouts = {",
    `  consent: ${JSON.stringify(layouts.consent)},`,
    `  notice: ${JSON.stringify(layouts.notice)},`,
    "} as const;",
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(layoutsPath, await generateLayouts());
  execFileSync("npx", ["biome", "format", "--write", layoutsPath], { stdio: "ignore" });
  console.log(`wrote ${layoutsPath}`);
}
