import { describe, expect, it } from "vitest";
import type { DemoSeed } from "../../src/seed.js";
import { startupBanner } from "../../src/startup-banner.js";

const demo: DemoSeed = {
  organizationId: "org_1",
  projectId: "prj_1",
  projectName: "Acme Mobile",
  apiKey: "ask_secret",
  ownerEmail: "owner@demo.test",
  supportEmail: "support@demo.test",
  viewerEmail: "viewer@demo.test",
  ownerPassword: "pw-123",
};

/** T8: what `npm start` prints for the person at the terminal. */
describe("the start-up block", () => {
  const dashboardUrl = "http://localhost:3000";

  it("names the dashboard, the three demo logins with the password, the owner key and the Outbox", () => {
    const text = startupBanner({
      dashboardUrl,
      demo,
      emptyWithoutDemo: false,
      kept: ["email", "sms"],
    });
    expect(text).toContain("Assent is running: http://localhost:3000/");
    expect(text).toMatch(/Owner +owner@demo\.test +password pw-123/);
    expect(text).toMatch(/Support +support@demo\.test/);
    expect(text).toMatch(/Viewer +viewer@demo\.test/);
    expect(text).toMatch(/API key +ask_secret +\(owner\)/);
    expect(text).toContain("http://localhost:3000/outbox");
    expect(text).toContain("Nothing leaves this machine");
  });

  it("does not promise an Outbox that keeps nothing once transports are configured", () => {
    const text = startupBanner({ dashboardUrl, demo, emptyWithoutDemo: false, kept: [] });
    expect(text).not.toContain("/outbox");
    expect(text).not.toContain("Nothing leaves this machine");
    const sms = startupBanner({ dashboardUrl, demo, emptyWithoutDemo: false, kept: ["sms"] });
    expect(sms).toContain("Text messages to users are kept in the Outbox");
  });

  it("without the demo, says only where the dashboard is, or how to begin on an empty database", () => {
    const plain = startupBanner({
      dashboardUrl,
      demo: undefined,
      emptyWithoutDemo: false,
      kept: [],
    });
    expect(plain.trim()).toBe("Assent is running: http://localhost:3000/");
    const empty = startupBanner({
      dashboardUrl,
      demo: undefined,
      emptyWithoutDemo: true,
      kept: [],
    });
    expect(empty).toContain("SEED_DEMO=1");
  });
});
