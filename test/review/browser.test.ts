import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryHandlers } from "../../src/delivery/handlers.js";
import { deliverySettings } from "../../src/delivery/settings.js";
import type { Transports } from "../../src/delivery/transport.js";
import { createTransports } from "../../src/delivery/transports.js";
import type { App } from "../../src/http/app.js";
import { createWorker, type Worker } from "../../src/jobs/worker.js";
import { newSecretToken } from "../../src/secrets.js";
import { cancelConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, type TestProject, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import { pendingLink, postDecision, requestRow, reviewApp } from "./support.js";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

type AxeViolation = { id: string; impact: string | null; help: string; nodes: unknown[] };

/**
 * Runs axe-core in the page and returns its serious and critical violations. The script is
 * evaluated through the browser's debugging protocol, which the page's CSP does not govern, so
 * the page under test keeps its real policy.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe;
    const { violations, passes } = (await axe.run()) as {
      violations: unknown[];
      passes: unknown[];
    };
    return { violations, passes: passes.length };
  })) as { violations: AxeViolation[]; passes: number };
  // Rules that passed prove the checks ran on the page.
  expect(result.passes).toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}`);
}

describe.skipIf(!existsSync(chromiumPath)).each(testDatabaseKinds)(
  "the review page in Chromium on %s",
  (kind) => {
    let handle: Awaited<ReturnType<typeof freshDatabase>>;
    let deps: TestDeps;
    let app: App;
    let sink: SmtpSink;
    let transports: Transports;
    let worker: Worker;
    let browser: Browser;
    let project: TestProject;
    let origin: string;
    const cspViolations: string[] = [];

    beforeAll(async () => {
      handle = await freshDatabase(kind);
      deps = testDeps(handle);
      app = await reviewApp(deps);
      origin = await app.listen({ port: 0, host: "127.0.0.1" });
      sink = await startSmtpSink();
      // The worker writes links under the address the server really listens on.
      const workerDeps = { ...deps, publicUrl: origin };
      transports = createTransports(
        deps,
        deliverySettings({ SMTP_URL: sink.url, SMTP_FROM: "no-reply@assent.test" }),
      );
      worker = createWorker(workerDeps, deliveryHandlers(workerDeps, transports));
      browser = await chromium.launch({
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
      project = await makeProject(deps);
    });

    afterAll(async () => {
      await browser?.close();
      await worker?.stop();
      await transports?.close();
      await sink?.close();
      await app?.close();
      await handle?.close();
    });

    /** A phone-sized page that records every Content-Security-Policy refusal. */
    async function phone(): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
      });
      return page;
    }

    async function expectReadableAndAccessible(page: Page) {
      expect(await seriousViolations(page)).toEqual([]);
      // One column that fits the screen: nothing to scroll sideways.
      const width = await page.evaluate("document.documentElement.scrollWidth");
      expect(Number(width)).toBeLessThanOrEqual(360);
      expect(cspViolations).toEqual([]);
    }

    it("a subscriber opens the link from the email, approves, and sees the confirmation", async () => {
      const link = await pendingLink(deps, undefined, { project });
      const before = sink.messages.length;
      await worker.runDueJobs();
      const [mail] = (await sink.waitForMessages(before + 1)).slice(before);
      expect(mail?.link).toMatch(/\/consent\/[A-Za-z0-9_-]{43}$/);
      const page = await phone();

      await page.goto(mail?.link as string);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Did you ask for this?",
      );
      const approve = page.getByRole("button", { name: "Approve" });
      // The stylesheet is applied under the strict policy: the button has its colour.
      const colour = await page.evaluate(
        "getComputedStyle(document.querySelector('button.approve')).backgroundColor",
      );
      expect(colour).toBe("rgb(11, 87, 208)");
      await expectReadableAndAccessible(page);
      await page.screenshot({ path: "/tmp/assent-review-pending-360.png", fullPage: true });

      await approve.click();
      await page.waitForLoadState();

      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Thank you",
      );
      expect(await page.locator("main").textContent()).toContain(
        "Your SIM card has been replaced.",
      );
      await expectReadableAndAccessible(page);
      await page.screenshot({ path: "/tmp/assent-review-approved-360.png", fullPage: true });
      expect((await requestRow(deps, link.requestId)).status).toBe("fulfilled");
      await page.close();
    });

    it("every other state of a link reads clearly and passes axe", async () => {
      const page = await phone();
      const seen: Record<string, string | null> = {};
      const visit = async (name: string, token: string) => {
        await page.goto(`${origin}/consent/${token}`);
        await expectReadableAndAccessible(page);
        seen[name] = await page.getByRole("heading", { level: 1 }).textContent();
      };

      // Declined, by the button, then seen again.
      const declined = await pendingLink(deps, undefined, { project, locale: "es" });
      await page.goto(`${origin}/consent/${declined.token}`);
      await page.getByRole("button", { name: "No he pedido esto" }).click();
      await page.waitForLoadState();
      await expectReadableAndAccessible(page);
      seen.declinedNow = await page.getByRole("heading", { level: 1 }).textContent();
      await visit("alreadyDeclined", declined.token);

      // A form whose anti-forgery value was tampered with.
      const tampered = await pendingLink(deps, undefined, { project, locale: "de" });
      await page.goto(`${origin}/consent/${tampered.token}`);
      await page.evaluate("document.querySelector('input[name=formToken]').value = 'forged'");
      await page.getByRole("button", { name: "Zustimmen" }).click();
      await page.waitForLoadState();
      await expectReadableAndAccessible(page);
      seen.refused = await page.getByRole("heading", { level: 1 }).textContent();

      // Too many posts on one link.
      const limited = await pendingLink(deps, undefined, { project, locale: "fr" });
      await page.goto(`${origin}/consent/${limited.token}`);
      for (let i = 0; i < 10; i++) {
        await postDecision(app, limited.token, { decision: "approve", formToken: "x" });
      }
      await page.getByRole("button", { name: "Accepter" }).click();
      await page.waitForLoadState();
      await expectReadableAndAccessible(page);
      seen.tooManyRequests = await page.getByRole("heading", { level: 1 }).textContent();

      const canceled = await pendingLink(deps, undefined, { project });
      await cancelConsentRequest(deps, project.actor, project.projectId, canceled.requestId);
      await visit("canceled", canceled.token);

      const superseded = await pendingLink(deps, { type: "portOutCredentials" }, { project });
      await performAction(deps, project.actor, project.projectId, superseded.subscriptionId, {
        type: "portOutCredentials",
      });
      await visit("superseded", superseded.token);

      const approved = await pendingLink(deps, { type: "portOutCredentials" }, { project });
      await page.goto(`${origin}/consent/${approved.token}`);
      await page.getByRole("button", { name: "Approve" }).click();
      await page.waitForLoadState();
      await expectReadableAndAccessible(page);
      seen.portOutApproved = await page.locator("main").textContent();
      await visit("alreadyApproved", approved.token);

      await visit("unknown", newSecretToken());

      const expired = await pendingLink(deps, undefined, { project });
      deps.clock.advance(3 * 60 * 60 * 1000);
      await visit("expired", expired.token);

      expect(seen).toMatchObject({
        declinedNow: "Gracias por avisarnos",
        alreadyDeclined: "Ya nos dijiste que no pediste esto",
        refused: "Wir konnten Ihre Antwort nicht annehmen",
        tooManyRequests: "Trop de tentatives",
        canceled: "This request was canceled",
        superseded: "A newer link was sent to you",
        alreadyApproved: "You already approved this request",
        unknown: "This link is not valid",
        expired: "This link has expired",
      });
      expect(seen.portOutApproved).toContain(
        "Our support team will share your account number and PIN with you.",
      );
      await page.close();
    });
  },
);
