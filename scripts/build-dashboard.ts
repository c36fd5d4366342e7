/**
 * Builds the dashboard (web/ → web/dist) with Vite, and prints the size of the JavaScript the
 * first screen loads, gzipped. `npm start` runs it first (prestart) and it returns at once when
 * the build is newer than every source; `npm run build` and `--force` always build.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webDir = join(root, "web");
const distDir = join(webDir, "dist");
const sources = [
  join(webDir, "src"),
  join(webDir, "index.html"),
  join(webDir, "vite.config.ts"),
  join(root, "package-lock.json"),
];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether web/dist is missing or older than any of its sources. */
export function dashboardBuildIsStale(): boolean {
  const built = statSync(join(distDir, "index.html"), { throwIfNoEntry: false });
  if (!built) return true;
  return Math.max(...sources.map(newestChange)) > built.mtimeMs;
}

/** The gzipped size of the scripts index.html loads before anything else. */
export function initialScriptBytes(): { file: string; gzip: number }[] {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  return files.map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(distDir, file))).length,
  }));
}

export async function buildDashboard(options: { force?: boolean; quiet?: boolean } = {}) {
  if (!options.force && !dashboardBuildIsStale()) return false;
  // React picks its development or production build by NODE_ENV at bundle time.
  process.env.NODE_ENV = "production";
  const { build } = await import("vite");
  await build({
    configFile: join(webDir, "vite.config.ts"),
    mode: "production",
    logLevel: options.quiet ? "warn" : "info",
  });
  const scripts = initialScriptBytes();
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(
    `dashboard: initial JavaScript ${(total / 1024).toFixed(1)} KB gzipped (${scripts.map((s) => s.file).join(", ")})`,
  );
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes("--force");
  const built = await buildDashboard({ force });
  if (!built) console.log("dashboard: build is up to date (web/dist)");
}
