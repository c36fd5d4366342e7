import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { manualClock } from "../../src/clock.js";
import { deliveryHandlers } from "../../src/delivery/handlers.js";
import { outboxRoutes } from "../../src/delivery/outbox-page.js";
import { deliverySettings } from "../../src/delivery/settings.js";
import type { Transports } from "../../src/delivery/transport.js";
import { createTransports } from "../../src/delivery/transports.js";
import { type App, buildApp } from "../../src/http/app.js";
import { dashboardRoutes } from "../../src/http/dashboard.js";
import { createWorker, type Worker } from "../../src/jobs/worker.js";
import { reviewRoutes } from "../../src/review/routes.js";
import { startSmsGateway } from "../delivery/sms-gateway.js";
import { freshDatabase } from "../support/databases.js";
import { type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const screenshotDir = "test-results/screenshots";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * The whole product as `npm start` runs it — API, dashboard, review page, Outbox — on loopback,
 * with a real SMTP server and SMS gateway, a worker the test runs when it wants messages sent,
 * and a clock the test moves (starting now, so that the browser's clock agrees).
 */
export async function startDashboardServer() {
  // A production build, in a process of its own: the test runner's NODE_ENV=test would make
  // Vite bundle React's development build.
  execFileSync("npx", ["tsx", "scripts/build-dashboard.ts"], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  const handle = await freshDatabase("sqlite");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const deps: TestDeps = testDeps(handle, { publicUrl: origin, clock: manualClock(Date.now()) });
  const sink: SmtpSink = await startSmtpSink();
  const gateway = await startSmsGateway();
  const env = { SMTP_URL: sink.url, SMTP_FROM: "no-reply@assent.test", ...gateway.env() };
  const transports: Transports = createTransports(deps, deliverySettings(env));
  const worker: Worker = createWorker(deps, deliveryHandlers(deps, transports));
  const app: App = await buildApp(deps, {
    plugins: [reviewRoutes(deps), outboxRoutes(deps, env), dashboardRoutes()],
  });
  await app.listen({ port, host: "127.0.0.1" });
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    deps,
    origin,
    sink,
    gateway,
    worker,
    browser,
    /** Sends what the outbox holds, as the background worker would. */
    deliver: () => worker.runDueJobs(),
    async close() {
      await browser.close();
      await worker.stop();
      await transports.close();
      await sink.close();
      await gateway.close();
      await app.close();
      await handle.close();
    },
  };
}

export type DashboardServer = Awaited<ReturnType<typeof startDashboardServer>>;

/** Uncaught errors and CSP refusals in any page of the dashboard; the suite expects none. */
export const pageErrors: string[] = [];

/** A fresh browser context at the given width, logged in as the member. */
export async function logIn(
  server: DashboardServer,
  member: { email: string; password: string },
  width = 1280,
): Promise<Page> {
  const context = await server.browser.newContext({ viewport: { width, height: 900 } });
  // The machine running the suite may be busy: give each step room before calling it stuck.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) pageErrors.push(message.text());
  });
  await page.goto(`${server.origin}/login`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/projects\//);
  return page;
}

type AxeViolation = { id: string; impact: string | null; help: string };

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}`);
}

/** A screenshot kept as a test artifact, and axe's verdict on the same screen. */
export async function captureScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
  expect(await seriousViolations(page), name).toEqual([]);
}
