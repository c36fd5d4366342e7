import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../src/services/access.js";
import { performAction } from "../../src/services/consent-requests.js";
import { createSubscription } from "../../src/services/inventory.js";
import {
  makeMember,
  makeProject,
  makeSim,
  makeSubscription,
  type TestProject,
} from "../support/factories.js";
import {
  captureScreen,
  chromiumPath,
  type DashboardServer,
  logIn,
  pageErrors,
  startDashboardServer,
} from "./support.js";

type Member = Awaited<ReturnType<typeof makeMember>>;

describe.skipIf(!existsSync(chromiumPath))(
  "the dashboard in Chromium",
  { timeout: 120_000 },
  () => {
    let server: DashboardServer;
    let project: TestProject;
    let owner: Member;
    let support: Member;
    let viewer: Member;

    beforeAll(async () => {
      server = await startDashboardServer();
      project = await makeProject(server.deps);
      owner = await makeMember(server.deps, project.projectId, "owner");
      support = await makeMember(server.deps, project.projectId, "support");
      viewer = await makeMember(server.deps, project.projectId, "viewer");
    }, 120_000);

    afterAll(async () => {
      await server?.close();
    });

    async function pendingRequest(
      line: Awaited<ReturnType<typeof makeSubscription>>,
      input: Parameters<typeof performAction>[4],
    ) {
      const result = await performAction(
        server.deps,
        project.actor,
        project.projectId,
        line.subscription.id,
        input,
      );
      if (result.kind !== "consentRequest") throw new Error("expected a consent request");
      return result;
    }

    /** The consent link of the latest email to `email`, once the worker has sent it. */
    async function linkSentTo(email: string | null): Promise<string> {
      let link: string | null | undefined;
      await expect
        .poll(
          async () => {
            await server.deliver();
            link = server.sink.messages.findLast((m) => m.envelopeTo.includes(email ?? ""))?.link;
            return link;
          },
          { timeout: 20_000 },
        )
        .toBeTruthy();
      return link as string;
    }

    it("support replaces a SIM with a new eSIM; the user approves from the email; the line shows the new SIM", async () => {
      const line = await makeSubscription(server.deps, project);
      const page = await logIn(server, support);

      await page.getByRole("link", { name: "Subscriptions" }).click();
      await page
        .getByLabel("Search by phone number, name or email")
        .fill(line.subscription.phone_number.slice(-7));
      await page.getByRole("link", { name: line.subscription.phone_number }).click();
      await expect
        .poll(() => page.getByTestId("current-sim").textContent())
        .toContain(line.sim.iccid);

      await page.getByRole("button", { name: "Actions" }).click();
      await page.getByRole("menuitem", { name: "Replace SIM" }).click();
      const dialog = page.getByRole("dialog", { name: "Replace SIM" });
      await expect
        .poll(() => dialog.getByLabel("New eSIM, issued automatically").isChecked())
        .toBe(true);
      await dialog.getByRole("button", { name: "Continue" }).click();
      await dialog.getByText("User consent required").waitFor();
      expect(await dialog.getByRole("radio", { name: "Email" }).isChecked()).toBe(true);
      await captureScreen(page, "replace-sim-consent-dialog");
      await dialog.getByRole("button", { name: "Send consent request" }).click();
      await dialog.getByText("Consent request sent").waitFor();
      await dialog.getByText("Pending", { exact: true }).waitFor();
      await dialog.getByText(/^\d h \d+ min left$/).waitFor();
      await dialog.getByRole("button", { name: "Done" }).click();
      await page
        .getByRole("cell", { name: /Pending/ })
        .first()
        .waitFor();

      const link = await linkSentTo(line.user.email);
      const review = await page.context().newPage();
      await review.goto(link);
      await review.getByRole("button", { name: "Approve" }).click();
      await review.getByRole("heading").first().waitFor();

      await page.reload();
      await page
        .getByRole("cell", { name: /Fulfilled/ })
        .first()
        .waitFor();
      await expect
        .poll(() => page.getByTestId("current-sim").textContent())
        .not.toContain(line.sim.iccid);
      expect(await page.getByTestId("current-sim").textContent()).toContain("eSIM");
      await captureScreen(page, "subscription");
    });

    it("without consent the dialog says the action runs at once, then shows its result", async () => {
      const direct = await makeProject(server.deps, { name: "Direct Mobile", consent: null });
      const agent = await makeMember(server.deps, direct.projectId, "support");
      const line = await makeSubscription(server.deps, direct);
      const page = await logIn(server, agent);
      await page.goto(
        `${server.origin}/projects/${direct.projectId}/subscriptions/${line.subscription.id}`,
      );
      await page.getByRole("button", { name: "Actions", exact: true }).click();
      await page.getByRole("menuitem", { name: "Change provider" }).click();
      const dialog = page.getByRole("dialog", { name: "Change provider" });
      expect(await dialog.getByLabel("New provider").inputValue()).toBe("p9");
      await dialog.getByRole("button", { name: "Continue" }).click();
      await dialog.getByText("the action runs at once, without asking the user").waitFor();
      await dialog.getByRole("button", { name: "Run now" }).click();
      await dialog.getByText(/^Done: the line now has SIM sim_\w+ on provider p9\.$/).waitFor();
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect.poll(() => page.getByTestId("current-sim").textContent()).toContain("eSIM");
    });

    it("a chosen SIM taken before approval fails the fulfilment, shown on the line with Retry", async () => {
      const line = await makeSubscription(server.deps, project);
      const chosen = await makeSim(server.deps, project, { provider: "p7" });
      const page = await logIn(server, support);
      await page.goto(
        `${server.origin}/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      await page.getByRole("button", { name: "Actions", exact: true }).click();
      await page.getByRole("menuitem", { name: "Replace SIM" }).click();
      const dialog = page.getByRole("dialog", { name: "Replace SIM" });
      await dialog.getByLabel("An available SIM from the inventory").check();
      await dialog.getByLabel("Search available SIMs by ICCID").fill(chosen.iccid.slice(-8));
      await dialog.getByRole("radio", { name: new RegExp(chosen.iccid) }).check();
      await dialog.getByRole("button", { name: "Continue" }).click();
      await dialog.getByRole("button", { name: "Send consent request" }).click();
      await dialog.getByText("Consent request sent").waitFor();
      await dialog.getByRole("button", { name: "Done" }).click();

      // Another line takes the chosen SIM before the user approves.
      await createSubscription(server.deps, project.actor, project.projectId, {
        user: line.user.id,
        phoneNumber: `+1555${String(Date.now()).slice(-7)}`,
        provider: "p7",
        sim: chosen.id,
      });
      const link = await linkSentTo(line.user.email);
      const review = await page.context().newPage();
      await review.goto(link);
      await review.getByRole("button", { name: "Approve" }).click();
      await review.getByRole("heading").first().waitFor();

      await page.reload();
      const failed = page.getByRole("region", { name: "Fulfilment failed" });
      await failed.getByRole("button", { name: "Retry fulfilment" }).waitFor();
      await captureScreen(page, "failed-fulfilment");
    });

    it("cancel asks for confirmation; afterwards the request is canceled and Cancel is disabled", async () => {
      const line = await makeSubscription(server.deps, project);
      const { request } = await pendingRequest(line, { type: "simReplacement", sim: "auto" });
      const page = await logIn(server, support);
      await page.goto(
        `${server.origin}/projects/${project.projectId}/consent-requests?status=pending`,
      );

      await page.getByRole("button", { name: `Actions for request ${request.id}` }).click();
      await page.getByRole("menuitem", { name: /^Cancel consent request/ }).click();
      const confirm = page.getByRole("dialog", { name: "Cancel this consent request?" });
      await captureScreen(page, "cancel-dialog");
      await confirm.getByRole("button", { name: "Cancel consent request" }).click();
      await confirm.waitFor({ state: "detached" });

      await page.goto(
        `${server.origin}/projects/${project.projectId}/consent-requests/${request.id}`,
      );
      await page.getByText("Canceled").first().waitFor();
      const evidence = await page.request.get(
        `${server.origin}${await page.getByRole("link", { name: "Download evidence (JSON)" }).getAttribute("href")}`,
      );
      expect(evidence.status()).toBe(200);
      expect((await evidence.json()).object).toBe("consentEvidence");
      await page.getByRole("button", { name: `Actions for request ${request.id}` }).click();
      const cancel = page.getByRole("menuitem", { name: /^Cancel consent request/ });
      expect(await cancel.getAttribute("aria-disabled")).toBe("true");
      expect(await cancel.textContent()).toContain(
        "Only pending or approved requests can be canceled.",
      );
    });

    it("an expired request is resent by SMS instead of email", async () => {
      const line = await makeSubscription(server.deps, project);
      const { request } = await pendingRequest(line, {
        type: "simReplacement",
        sim: "auto",
        deliveryMethod: "email",
      });
      server.deps.clock.advance(3 * 3600_000 + 1000);
      const page = await logIn(server, support);
      await page.goto(
        `${server.origin}/projects/${project.projectId}/consent-requests?status=expired`,
      );
      await page.getByRole("button", { name: `Actions for request ${request.id}` }).click();
      await page.getByRole("menuitem", { name: /^Resend consent request/ }).click();
      const dialog = page.getByRole("dialog", { name: "Resend consent request" });
      await dialog.getByRole("radio", { name: "SMS" }).check();
      await captureScreen(page, "resend-dialog");
      await dialog.getByRole("button", { name: "Resend" }).click();
      await dialog.waitFor({ state: "detached" });

      await page.goto(
        `${server.origin}/projects/${project.projectId}/consent-requests?status=pending&deliveryMethod=sms`,
      );
      await page
        .getByRole("cell", { name: /Pending/ })
        .first()
        .waitFor();
      // Each row names its line once the line itself has loaded.
      await expect
        .poll(() =>
          page.getByRole("row").filter({ hasText: line.subscription.phone_number }).count(),
        )
        .toBe(1);
      const sent = server.gateway.messages.length;
      await server.deliver();
      expect(server.gateway.messages.length).toBe(sent + 1);
      expect(server.gateway.messages.at(-1)?.to).toBe(line.subscription.phone_number);
    });

    it("an approved port-out is followed up from the line's page; the PIN shows once", async () => {
      const line = await makeSubscription(server.deps, project);
      const { linkToken } = await pendingRequest(line, { type: "portOutCredentials" });
      const page = await logIn(server, support);
      await page.goto(`${server.origin}/consent/${linkToken}`);
      await page.getByRole("button", { name: "Approve" }).click();
      await page.getByRole("heading").first().waitFor();

      await page.goto(
        `${server.origin}/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      const followUp = page.getByRole("region", { name: "Port-out credentials approved" });
      await followUp.getByRole("button", { name: "Follow up: issue credentials" }).click();
      const credentials = page.getByRole("region", { name: "Port-out credentials", exact: true });
      await expect.poll(() => credentials.getByTestId("pin").textContent()).toMatch(/^\d{6}$/);
      expect(await credentials.getByTestId("account-number").textContent()).toMatch(/^\d{9,12}$/);
      expect(await credentials.textContent()).toContain("will not be shown again");
      await credentials.getByRole("button", { name: "Copy PIN" }).waitFor();
      await captureScreen(page, "port-out-credentials");

      await page.reload();
      await page
        .getByRole("cell", { name: /Fulfilled/ })
        .first()
        .waitFor();
      expect(await page.getByTestId("pin").count()).toBe(0);
      expect(
        await page.getByRole("region", { name: "Port-out credentials approved" }).count(),
      ).toBe(0);
    });

    it("a viewer sees the line and its requests but can take no action", async () => {
      const line = await makeSubscription(server.deps, project);
      const { request } = await pendingRequest(line, { type: "simReplacement", sim: "auto" });
      const page = await logIn(server, viewer);
      expect(await page.getByRole("link", { name: "Settings" }).count()).toBe(0);
      await page.goto(
        `${server.origin}/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      await page.getByText("Viewers can only read.").first().waitFor();
      expect(await page.getByRole("button", { name: "Actions", exact: true }).count()).toBe(0);
      await page.getByRole("button", { name: `Actions for request ${request.id}` }).click();
      for (const name of [/^Cancel consent request/, /^Resend consent request/]) {
        const item = page.getByRole("menuitem", { name });
        expect(await item.getAttribute("aria-disabled")).toBe("true");
        expect(await item.textContent()).toContain("Viewers can only read.");
      }
    });

    it("a member of another project sees nothing of this one", async () => {
      const line = await makeSubscription(server.deps, project);
      const other = await makeProject(server.deps, { name: "Other Mobile" });
      const stranger = await makeMember(server.deps, other.projectId, "owner");
      const page = await logIn(server, stranger);
      await page.getByRole("heading", { name: "Overview" }).waitFor();
      expect(page.url()).toContain(other.projectId);

      await page.goto(
        `${server.origin}/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      await page.getByRole("alert").waitFor();
      expect(await page.getByText(line.subscription.phone_number).count()).toBe(0);
      const answer = await page.request.get(
        `${server.origin}/api/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      expect(answer.status()).toBe(404);
    });

    it("a member of several projects picks one, and logging out ends the session", async () => {
      const second = await makeProject(server.deps, { name: "Beta Mobile" });
      const both = await makeMember(server.deps, project.projectId, "support");
      await addMembership(
        server.deps,
        { type: "system", id: null },
        second.projectId,
        both.memberId,
        "viewer",
      );
      const context = await server.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.getByLabel("Email").fill(both.email);
      await page.getByLabel("Password").fill(both.password);
      await page.getByRole("button", { name: "Log in" }).click();
      await page.getByRole("heading", { name: "Choose a project" }).waitFor();
      await page.getByRole("link", { name: /Beta Mobile/ }).click();
      await page.getByText(`Signed in as ${both.email} (viewer)`).waitFor();
      expect(page.url()).toContain(second.projectId);

      await page.getByRole("button", { name: "Log out" }).click();
      await page.getByRole("heading", { name: "Log in to Assent" }).waitFor();
      const me = await page.request.get(`${server.origin}/api/me`);
      expect(me.status()).toBe(401);
      await context.close();
    });

    it("a declined request flags the line; once support locks it, Replace SIM is disabled with the reason", async () => {
      const line = await makeSubscription(server.deps, project);
      const { linkToken } = await pendingRequest(line, { type: "simReplacement", sim: "auto" });
      const page = await logIn(server, support);
      await page.goto(`${server.origin}/consent/${linkToken}`);
      await page.getByRole("button", { name: "I did not ask for this" }).click();
      await page.getByRole("heading").first().waitFor();

      await page.goto(
        `${server.origin}/projects/${project.projectId}/subscriptions/${line.subscription.id}`,
      );
      await page.getByRole("alert").filter({ hasText: "Possible fraud" }).waitFor();
      await page.getByText("The user said they did not ask for this.").waitFor();
      await page.getByRole("button", { name: "Actions", exact: true }).click();
      await page.getByRole("menuitem", { name: /^Lock line/ }).click();
      await page
        .getByRole("dialog", { name: "Lock the line" })
        .getByRole("button", { name: "Lock" })
        .click();
      await page.getByText("Locked against SIM changes, Locked against port-outs").waitFor();

      await page.getByRole("button", { name: "Actions", exact: true }).click();
      const replace = page.getByRole("menuitem", { name: /^Replace SIM/ });
      expect(await replace.getAttribute("aria-disabled")).toBe("true");
      expect(await replace.textContent()).toContain("The line is locked against SIM changes.");
      expect(
        await page.getByRole("menuitem", { name: /^Remove locks/ }).getAttribute("aria-disabled"),
      ).toBeNull();
      await captureScreen(page, "locked-line-menu");
      await page.keyboard.press("Escape");

      await page.getByRole("link", { name: "Subscriptions" }).click();
      // The box follows the address, which the router updates a moment after the click.
      await page.getByLabel("Flagged lines only").click();
      await page.waitForURL(/flagged=true/);
      await page.getByRole("link", { name: line.subscription.phone_number }).waitFor();
      await page.getByRole("link", { name: "Overview" }).click();
      await page
        .getByRole("region", { name: "Needs attention" })
        .getByRole("link", { name: line.subscription.phone_number })
        .waitFor();
    });

    it("an owner sees an API key once and revokes it, manages a webhook endpoint, and is told when the link validity is out of bounds", async () => {
      const page = await logIn(server, owner);
      await page.getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();

      await page.getByLabel("Link validity (minutes)").fill("5000");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Between 1 and 4320 minutes (60 seconds to 72 hours).").waitFor();

      await page.getByLabel("Name", { exact: true }).fill("Billing sync");
      await page.getByRole("button", { name: "Create API key" }).click();
      const key = await page.getByTestId("once-secret").textContent();
      expect(key).toMatch(/^ask_/);
      await page.getByRole("button", { name: "Revoke key Billing sync" }).click();
      await page
        .getByRole("dialog", { name: "Revoke the API key Billing sync?" })
        .getByRole("button", { name: "Revoke" })
        .click();
      await page.getByRole("cell", { name: "revoked" }).waitFor();
      const refused = await page.request.get(`${server.origin}/api/projects/${project.projectId}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(refused.status()).toBe(401);

      await page.reload();
      await page.getByRole("cell", { name: "revoked" }).waitFor();
      expect(await page.getByTestId("once-secret").count()).toBe(0);

      await page.getByLabel("URL", { exact: true }).fill("http://127.0.0.1:9/assent");
      await page.getByRole("button", { name: "Add endpoint" }).click();
      expect(await page.getByTestId("once-secret").textContent()).toMatch(/^whsec_/);
      await page.getByRole("button", { name: "Disable http://127.0.0.1:9/assent" }).click();
      await page.getByRole("button", { name: "Enable http://127.0.0.1:9/assent" }).waitFor();
      await page.getByRole("button", { name: "Delete http://127.0.0.1:9/assent" }).click();
      await page
        .getByRole("dialog", { name: "Delete the endpoint http://127.0.0.1:9/assent?" })
        .getByRole("button", { name: "Delete" })
        .click();
      await page.getByText("No webhook endpoints.").waitFor();
    });

    it("every main screen has no serious accessibility violation, at 1280 and 768 pixels", async () => {
      const line = await makeSubscription(server.deps, project);
      const { request } = await pendingRequest(line, { type: "simReplacement", sim: "auto" });
      for (const width of [1280, 768]) {
        const page = await logIn(server, owner, width);
        const base = `${server.origin}/projects/${project.projectId}`;
        const screens: [string, string, string][] = [
          ["overview", base, "Overview"],
          ["subscriptions", `${base}/subscriptions`, "Subscriptions"],
          [
            "subscription-page",
            `${base}/subscriptions/${line.subscription.id}`,
            `Subscription ${line.subscription.phone_number}`,
          ],
          ["consent-requests", `${base}/consent-requests`, "Consent Requests"],
          [
            "consent-request",
            `${base}/consent-requests/${request.id}`,
            `Consent request ${request.id}`,
          ],
          ["events", `${base}/events`, "Events"],
          ["settings", `${base}/settings`, "Settings"],
        ];
        for (const [name, url, heading] of screens) {
          await page.goto(url);
          await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
          await page.waitForLoadState("networkidle");
          await captureScreen(page, `${name}-${width}`);
          const overflow = await page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          );
          expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        }
        await page.context().close();
      }
      const loginPage = await server.browser.newPage();
      await loginPage.goto(`${server.origin}/login`);
      await loginPage.getByRole("heading", { name: "Log in to Assent" }).waitFor();
      await captureScreen(loginPage, "login");
      expect(pageErrors).toEqual([]);
    }, 180_000);
  },
);
