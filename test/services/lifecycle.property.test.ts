import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFinal } from "../../src/domain/consent-rules.js";
import { AppError, type ErrorType } from "../../src/errors.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import {
  type ActionInput,
  cancelConsentRequest,
  followUpConsentRequest,
  performAction,
  resendConsentRequest,
} from "../../src/services/consent-requests.js";
import { expireDueRequests } from "../../src/services/expiry.js";
import {
  createSubscription,
  createUser,
  endSubscription,
  getSim,
  getSubscription,
} from "../../src/services/inventory.js";
import { freshDatabase } from "../support/databases.js";
import {
  makeProject,
  makeSim,
  makeSubscription,
  type TestDeps,
  type TestProject,
  testDeps,
  testPhoneNumber,
} from "../support/factories.js";
import {
  addRequest,
  cancel,
  decide,
  endLine,
  fulfil,
  type Model,
  type ModelRequest,
  type ModelSim,
  predictAction,
  predictCancel,
  predictResend,
  sweep,
} from "./lifecycle-model.js";
import { stateChangeEventTypes } from "./use-case-support.js";

/** The actions this model knows; lock removal has its own properties. */
const actionTypes = ["simReplacement", "providerChange", "portOutCredentials"] as const;

/**
 * Random sequences of what agents, users, lines and time do, run against the real use cases on
 * SQLite beside a plain model of the spec. After every step: each request is where the model
 * says, a final state never changes, never two pending or two approved of one type on one line,
 * lines and SIMs are exactly what fulfilment of the approved details makes them, port-out PINs
 * exist only as hashes, and every state change has exactly one event.
 */
const linkTtlSeconds = 3600;
const linkTtlMs = linkTtlSeconds * 1000;
const providers = ["p7", "p9"] as const;

/** `auto`, or a SIM of the project: one of those available (so that two requests may want the
 * same one, C7), or any at all (taken and retired ones too). */
type SimPick = "auto" | { available: boolean; index: number };

type Command =
  | {
      op: "perform";
      line: number;
      type: (typeof actionTypes)[number];
      sim: SimPick;
      provider: string;
    }
  | { op: "approve" | "decline" | "cancel" | "resend" | "followUp"; request: number }
  | { op: "end"; line: number }
  | { op: "advance"; ms: number }
  | { op: "sweep" }
  | { op: "stock"; provider: string }
  | { op: "openLine"; sim: number };

const line = fc.nat({ max: 3 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constant("perform" as const),
      line,
      type: fc.constantFrom(...actionTypes),
      sim: fc.oneof(
        fc.constant("auto" as const),
        fc.record({ available: fc.boolean(), index: fc.nat({ max: 9 }) }),
      ),
      provider: fc.constantFrom(...providers),
    }),
  },
  {
    weight: 16,
    arbitrary: fc.record({
      op: fc.constantFrom("approve", "decline", "cancel", "resend", "followUp"),
      // Counted back from the newest request, so that recent ones are decided most often.
      request: fc.nat({ max: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("end" as const), line }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("advance" as const),
      // Small steps, and steps that land just before, at and past a request's expiry.
      ms: fc.constantFrom(1000, 60_000, linkTtlMs / 2 - 1, linkTtlMs / 2, linkTtlMs),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: "sweep" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("stock" as const),
      provider: fc.constantFrom(...providers),
    }),
  },
  // A new line takes an available SIM, perhaps one that a pending request wants (C7).
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("openLine" as const), sim: fc.nat({ max: 9 }) }),
  },
);

type World = { deps: TestDeps; project: TestProject; model: Model; finals: Map<string, string> };

async function outcomeOf<T>(work: Promise<T>): Promise<{ ok: T } | { refused: ErrorType }> {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof AppError) return { refused: error.type };
    throw error;
  }
}

function expectRefused<T>(actual: { ok: T } | { refused: ErrorType }, expected: ErrorType | null) {
  if (expected) expect(actual).toEqual({ refused: expected });
  else expect(actual).not.toHaveProperty("refused");
  return "ok" in actual ? actual.ok : undefined;
}

/** The eSIM an `auto` fulfilment issued: new, of the line's provider, active. */
async function issuedSim(world: World, lineIndex: number) {
  const { deps, project, model } = world;
  const row = await getSubscription(deps.db, project.projectId, model.lines[lineIndex]?.id ?? "");
  const sim = await getSim(deps.db, project.projectId, row.sim_id);
  return () => {
    expect(model.sims.some((s) => s.id === sim.id)).toBe(false);
    expect(sim).toMatchObject({ type: "eSIM", status: "active", provider: row.provider });
    return sim.id;
  };
}

async function expectPinOnlyHashed(world: World, pin: string | undefined) {
  const { deps, project } = world;
  expect(pin).toMatch(/^\d{6}$/);
  const events = await deps.db
    .selectFrom("events")
    .select("data")
    .where("project_id", "=", project.projectId)
    .execute();
  for (const event of events) expect(event.data).not.toContain(pin);
  return pin as string;
}

function pickSim(model: Model, pick: SimPick): string {
  if (pick === "auto") return "auto";
  const available = model.sims.filter((s) => s.status === "available");
  const from = pick.available && available.length > 0 ? available : model.sims;
  return (from[pick.index % from.length] as ModelSim).id;
}

async function step(world: World, command: Command): Promise<void> {
  const { deps, project, model } = world;
  const { actor, projectId } = project;
  const c = "line" in command ? { ...command, line: command.line % model.lines.length } : command;
  if (c.op === "perform") {
    const sim = pickSim(model, c.sim);
    const predicted = predictAction(model, { ...c, sim });
    const input: ActionInput =
      c.type === "portOutCredentials"
        ? { type: c.type }
        : c.type === "simReplacement"
          ? { type: c.type, sim }
          : { type: c.type, provider: c.provider, sim };
    const lineId = model.lines[c.line]?.id as string;
    const actual = await outcomeOf(performAction(deps, actor, projectId, lineId, input));
    const result = expectRefused(actual, "refused" in predicted ? predicted.refused : null);
    if (result?.kind !== "consentRequest" || "refused" in predicted) return;
    const { id } = result.request;
    addRequest(model, { ...c, id, token: result.linkToken, details: predicted.details });
    return;
  }
  if (c.op === "end") {
    const lineId = model.lines[c.line]?.id as string;
    const active = model.lines[c.line]?.status === "active";
    const actual = await outcomeOf(endSubscription(deps, actor, projectId, lineId));
    expectRefused(actual, active ? null : "subscriptionNotActive");
    if (active) endLine(model, c.line);
    return;
  }
  if (c.op === "advance") {
    deps.clock.advance(c.ms);
    model.now += c.ms;
    return;
  }
  if (c.op === "sweep") {
    expect(await expireDueRequests(deps)).toBe(sweep(model));
    return;
  }
  if (c.op === "openLine") {
    const available = model.sims.filter((s) => s.status === "available");
    const wanted = available.filter((s) =>
      model.requests.some((r) => r.details.sim === s.id && !isFinal(r.status)),
    );
    const from = c.sim % 2 === 0 && wanted.length > 0 ? wanted : available;
    const sim = from[c.sim % Math.max(1, from.length)];
    if (!sim) return;
    const user = await createUser(deps, actor, projectId, {
      fullName: "Al",
      email: "al@example.com",
    });
    const opened = await createSubscription(deps, actor, projectId, {
      user: user.id,
      phoneNumber: testPhoneNumber(),
      provider: sim.provider,
      sim: sim.id,
    });
    sim.status = "active";
    model.lines.push({ id: opened.id, status: "active", provider: sim.provider, simId: sim.id });
    return;
  }
  if (c.op === "stock") {
    const sim = await makeSim(deps, project, { provider: c.provider });
    model.sims.push({ id: sim.id, provider: c.provider, status: "available" });
    return;
  }
  const count = model.requests.length;
  const request = model.requests[count - 1 - (c.request % Math.max(1, count))] as ModelRequest;
  if (!request) return;
  if (c.op === "approve" || c.op === "decline") {
    const result = await decideByToken(deps, request.token, c.op);
    const autoSim = await issuedSim(world, request.line);
    expect(result?.outcome).toBe(decide(model, request, c.op, autoSim));
  } else if (c.op === "cancel") {
    const predicted = predictCancel(model, request);
    expectRefused(
      await outcomeOf(cancelConsentRequest(deps, actor, projectId, request.id)),
      predicted,
    );
    if (!predicted) cancel(request);
  } else if (c.op === "resend") {
    const predicted = predictResend(model, request);
    const actual = await outcomeOf(resendConsentRequest(deps, actor, projectId, request.id, {}));
    const result = expectRefused(actual, predicted);
    if (!result || predicted) return;
    expect(result.request.resent_from).toBe(request.id);
    const { id } = result.request;
    addRequest(model, { ...request, id, token: result.linkToken });
  } else {
    const predicted = request.status === "approved" ? null : "consentRequestNotFulfillable";
    const actual = await outcomeOf(followUpConsentRequest(deps, actor, projectId, request.id));
    const result = expectRefused(actual, predicted);
    if (!result || predicted) return;
    const expected = fulfil(model, request, await issuedSim(world, request.line));
    expect(result.outcome.ok).toBe(expected === "fulfilled");
    if (request.type === "portOutCredentials" && result.outcome.ok) {
      const pin = await expectPinOnlyHashed(world, result.outcome.credentials?.pin);
      const lineRow = await getSubscription(deps.db, projectId, result.request.subscription_id);
      expect(await deps.sealer.pinMatches(lineRow.id, pin, lineRow.port_out_pin_hash ?? "")).toBe(
        true,
      );
    }
  }
}

async function checkInvariants(world: World): Promise<void> {
  const { deps, project, model, finals } = world;
  const rows = await deps.db
    .selectFrom("consent_requests")
    .selectAll()
    .where("project_id", "=", project.projectId)
    .execute();
  expect(rows).toHaveLength(model.requests.length);
  for (const status of ["pending", "approved"] as const) {
    const keys = rows.filter((r) => r.status === status).map((r) => r.subscription_id + r.type);
    expect(new Set(keys).size, `two ${status} of one type on one line`).toBe(keys.length);
  }
  const events = await deps.db
    .selectFrom("events")
    .select(["type", "subject"])
    .where("project_id", "=", project.projectId)
    .execute();
  for (const request of model.requests) {
    const row = rows.find((r) => r.id === request.id);
    expect({ status: row?.status, reason: row?.cancellation_reason }).toEqual({
      status: request.status,
      reason: request.cancellationReason,
    });
    expect(JSON.parse(row?.details ?? "")).toMatchObject(request.details);
    const about = events.filter((e) => e.subject === request.id).map((e) => e.type);
    const changes = about.filter((t) => (stateChangeEventTypes as readonly string[]).includes(t));
    expect(changes.sort()).toEqual([...request.changes].sort());
    expect(about.filter((t) => t === "consentRequest.created")).toHaveLength(1);
    const failures = about.filter((t) => t === "consentRequest.fulfillmentFailed");
    expect(failures).toHaveLength(request.fulfilmentFailures);
  }
  // A final request never changes again, in any column.
  for (const row of rows) {
    const snapshot = JSON.stringify(row);
    const first = finals.get(row.id);
    if (first) expect(snapshot).toBe(first);
    else if (isFinal(row.status)) finals.set(row.id, snapshot);
  }
  for (const modelLine of model.lines) {
    const row = await getSubscription(deps.db, project.projectId, modelLine.id);
    expect({ status: row.status, provider: row.provider, sim: row.sim_id }).toEqual({
      status: modelLine.status,
      provider: modelLine.provider,
      sim: modelLine.simId,
    });
  }
  const sims = await deps.db
    .selectFrom("sims")
    .select(["id", "provider", "status"])
    .where("project_id", "=", project.projectId)
    .orderBy("id")
    .execute();
  expect(sims).toEqual([...model.sims].sort((a, b) => (a.id < b.id ? -1 : 1)));
}

async function runScenario(commands: Command[]): Promise<void> {
  const handle = await freshDatabase("sqlite");
  try {
    const deps = testDeps(handle);
    const project = await makeProject(deps, {
      // The model knows no port-out cooldown (F3); line-locks.property.test.ts covers it.
      consent: {
        deliveryMethods: ["email"],
        linkTtlSeconds,
        whenUnavailable: "performDirectly",
        portOutCooldownSeconds: 0,
      },
    });
    const lines = [await makeSubscription(deps, project), await makeSubscription(deps, project)];
    const stock = [];
    for (const provider of providers) {
      stock.push(await makeSim(deps, project, { provider }));
    }
    const model: Model = {
      now: deps.clock.now(),
      linkTtlMs,
      lines: lines.map(({ subscription }) => ({
        id: subscription.id,
        status: "active",
        provider: subscription.provider,
        simId: subscription.sim_id,
      })),
      sims: [...lines.map((l) => l.sim), ...stock].map((s) => ({
        id: s.id,
        provider: s.provider,
        status: lines.some((l) => l.sim.id === s.id) ? "active" : "available",
      })),
      requests: [],
    };
    const world: World = { deps, project, model, finals: new Map() };
    for (const c of commands) {
      await step(world, c);
      await checkInvariants(world);
    }
  } finally {
    await handle.close();
  }
}

describe("the consent lifecycle under random sequences, on SQLite", () => {
  it("every use case answers as the spec's model says, and the invariants of C3–C8 hold after every step", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 40, size: "large" }),
        runScenario,
      ),
      { numRuns: 40 },
    );
  });
});
