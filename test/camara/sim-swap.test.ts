import { beforeAll, describe, expect, it } from "vitest";
import { swappedWithin } from "../../src/domain/sim-swap.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { performAction } from "../../src/services/consent-requests.js";
import { createSubscription, endSubscription } from "../../src/services/inventory.js";
import { useApi } from "../api/support/harness.js";
import { eventsOf, pendingRequest } from "../api/support/world.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSim, makeSubscription, type TestProject } from "../support/factories.js";
import {
  ask,
  checkUrl,
  expectCamaraError,
  keyWithRole,
  latestSimChange,
  makeKey,
  retrieveDateUrl,
  swapped,
} from "./support.js";

const hour = 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

describe("swappedWithin", () => {
  it("counts a change exactly maxAge hours ago as inside the period, and one a millisecond older as outside", () => {
    const now = Date.UTC(2026, 5, 1);
    expect(swappedWithin(now - 24 * hour, 24, now)).toBe(true);
    expect(swappedWithin(now - 24 * hour - 1, 24, now)).toBe(false);
    expect(swappedWithin(now, 1, now)).toBe(true);
    // Another instance's clock may run a little ahead: such a change is as recent as can be.
    expect(swappedWithin(now + 500, 1, now)).toBe(true);
  });
});

describe.each(testDatabaseKinds)("CAMARA SIM swap answers on %s", (kind) => {
  const api = useApi(kind);
  let project: TestProject;
  let bankKey: string;

  beforeAll(async () => {
    project = await makeProject(api().deps);
    bankKey = await keyWithRole(api(), project.projectId, "simSwapCheck");
  });

  /** Approves a request through its link; a SIM replacement or provider change is fulfilled (C4). */
  async function approved(
    made: Awaited<ReturnType<typeof pendingRequest>>,
    outcome: "fulfilled" | "approved" = "fulfilled",
  ) {
    const decided = await decideByToken(api().deps, made.linkToken, "approve");
    expect(decided?.outcome).toBe(outcome);
  }

  it("follows a line from activation through a SIM replacement and a provider change", async () => {
    const { deps } = api();
    const line = await makeSubscription(deps, project);
    const number = line.subscription.phone_number;
    const activatedAt = deps.clock.now();

    // A new subscription counts as a SIM change.
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(activatedAt));
    expect(await swapped(api(), bankKey, number)).toBe(true);
    deps.clock.advance(240 * hour + 1);
    expect(await swapped(api(), bankKey, number)).toBe(false);
    expect(await swapped(api(), bankKey, number, 241)).toBe(true);

    // A SIM replacement counts when it is carried out, not when it is asked for.
    const replacement = await pendingRequest(api(), project, { subscription: line });
    deps.clock.advance(2 * hour);
    expect(await swapped(api(), bankKey, number, 1)).toBe(false);
    await approved(replacement);
    const replacedAt = deps.clock.now();
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(replacedAt));
    expect(await swapped(api(), bankKey, number, 1)).toBe(true);
    deps.clock.advance(hour + 1);
    expect(await swapped(api(), bankKey, number, 1)).toBe(false);
    expect(await swapped(api(), bankKey, number, 2)).toBe(true);

    // A provider change moves the number to another SIM too.
    deps.clock.advance(30 * 24 * hour);
    const providerChange = await pendingRequest(api(), project, {
      subscription: line,
      action: { type: "providerChange", provider: "p9" },
    });
    await approved(providerChange);
    const changedAt = deps.clock.now();
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(changedAt));
    expect(await swapped(api(), bankKey, number, 1)).toBe(true);
    deps.clock.advance(2400 * hour + 1);
    expect(await swapped(api(), bankKey, number, 2400)).toBe(false);
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(changedAt));
  });

  it("a SIM replacement carried out directly, without consent, counts as well", async () => {
    const { deps } = api();
    const direct = await makeProject(deps, { consent: null });
    const key = await keyWithRole(api(), direct.projectId, "simSwapCheck");
    const line = await makeSubscription(deps, direct);
    deps.clock.advance(48 * hour);
    const result = await performAction(deps, direct.actor, direct.projectId, line.subscription.id, {
      type: "simReplacement",
      sim: "auto",
    });
    expect(result.kind).toBe("performed");
    const number = line.subscription.phone_number;
    expect(await latestSimChange(api(), key, number)).toBe(iso(deps.clock.now()));
    expect(await swapped(api(), key, number, 1)).toBe(true);
  });

  it("a port-out credential, a declined or a pending request is no SIM change", async () => {
    const { deps } = api();
    const line = await makeSubscription(deps, project);
    const number = line.subscription.phone_number;
    const activatedAt = deps.clock.now();
    deps.clock.advance(hour);
    const portOut = await pendingRequest(api(), project, {
      subscription: line,
      action: { type: "portOutCredentials" },
    });
    await approved(portOut, "approved");
    const declined = await pendingRequest(api(), project, { subscription: line });
    await decideByToken(deps, declined.linkToken, "decline");
    await pendingRequest(api(), project, { subscription: line });
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(activatedAt));
  });

  it("an ended line answers IDENTIFIER_NOT_FOUND, and so does a number no line has", async () => {
    const { deps } = api();
    const line = await makeSubscription(deps, project);
    await endSubscription(deps, project.actor, project.projectId, line.subscription.id);
    for (const url of [retrieveDateUrl, checkUrl]) {
      const ended = await ask(
        api(),
        url,
        { phoneNumber: line.subscription.phone_number },
        { apiKey: bankKey },
      );
      expectCamaraError(ended, "IDENTIFIER_NOT_FOUND");
      const unknown = await ask(api(), url, { phoneNumber: "+4915100000000" }, { apiKey: bankKey });
      expectCamaraError(unknown, "IDENTIFIER_NOT_FOUND");
    }
  });

  it("a number given to a new line answers for the new line, from its activation", async () => {
    const { deps } = api();
    const old = await makeSubscription(deps, project);
    const number = old.subscription.phone_number;
    deps.clock.advance(24 * hour);
    await endSubscription(deps, project.actor, project.projectId, old.subscription.id);
    deps.clock.advance(90 * 24 * hour);
    const sim = await makeSim(deps, project);
    const reassignedAt = deps.clock.now();
    await createSubscription(deps, project.actor, project.projectId, {
      user: old.user.id,
      phoneNumber: number,
      provider: "p7",
      sim: sim.id,
    });
    expect(await latestSimChange(api(), bankKey, number)).toBe(iso(reassignedAt));
    expect(await swapped(api(), bankKey, number, 1)).toBe(true);
  });

  it("answers only about the key's own project: another project's number is not found", async () => {
    const other = await makeProject(api().deps);
    const theirs = await makeSubscription(api().deps, other);
    const res = await ask(
      api(),
      retrieveDateUrl,
      { phoneNumber: theirs.subscription.phone_number },
      { apiKey: bankKey },
    );
    expectCamaraError(res, "IDENTIFIER_NOT_FOUND");
  });

  it("records every question as simSwap.checked with the key, the masked number and the answer", async () => {
    const { deps } = api();
    const watcher = await makeProject(deps);
    const { id: keyId, secret: key } = await makeKey(api(), watcher.projectId, "simSwapCheck");
    const line = await makeSubscription(deps, watcher);
    const number = line.subscription.phone_number;
    const answeredDate = await latestSimChange(api(), key, number);
    await swapped(api(), key, number, 12);
    await ask(api(), checkUrl, { phoneNumber: "+4915100000001" }, { apiKey: key });

    const events = await eventsOf(api(), watcher.projectId, "simSwap.checked");
    expect(events.map((e) => [e.actor_type, e.actor_id, e.subject])).toEqual([
      ["apiKey", keyId, line.subscription.id],
      ["apiKey", keyId, line.subscription.id],
      ["apiKey", keyId, keyId],
    ]);
    expect(events.map((e) => JSON.parse(e.data))).toEqual([
      {
        operation: "retrieveDate",
        phoneNumber: `${number.slice(0, 2)}•••••${number.slice(-4)}`,
        subscription: line.subscription.id,
        answer: { latestSimChange: answeredDate },
      },
      {
        operation: "check",
        phoneNumber: `${number.slice(0, 2)}•••••${number.slice(-4)}`,
        maxAge: 12,
        subscription: line.subscription.id,
        answer: { swapped: true },
      },
      {
        operation: "check",
        phoneNumber: "+4•••••0001",
        maxAge: 240,
        subscription: null,
        answer: { code: "IDENTIFIER_NOT_FOUND" },
      },
    ]);
    for (const event of events) {
      expect(event.data).not.toContain(number);
      expect(event.data).not.toContain("+4915100000001");
    }
  });
});
