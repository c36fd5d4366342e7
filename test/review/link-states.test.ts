import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.js";
import { newSecretToken } from "../../src/secrets.js";
import { cancelConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { endSubscription } from "../../src/services/inventory.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { testDeps } from "../support/factories.js";
import { decide, eventTypesOf, pendingLink, reviewApp, textOf } from "./support.js";

/** The SQL a database handle runs, in order, without its parameters. */
function recordingQueries(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      statements.push(db.getExecutor().compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), statements };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

describe.each(testDatabaseKinds)("what each state of a link shows on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  it("an expired link says so, names whom to contact, and records nothing", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    deps.clock.advance(3 * 60 * 60 * 1000);

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.statusCode).toBe(404);
    const text = textOf(res.body);
    expect(text).toContain("This link has expired");
    expect(text).toContain("contact Acme Mobile support to get a new link");
    expect(res.body).not.toContain("<form");
    expect(await eventTypesOf(deps, link.requestId)).toEqual(["consentRequest.created"]);
    await app.close();
  });

  it("a link the agent canceled says the request was canceled", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await cancelConsentRequest(deps, link.project.actor, link.project.projectId, link.requestId);

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain("This request was canceled");
    expect(res.body).not.toContain("<form");
    await app.close();
  });

  it("a link whose line has ended says the request was canceled", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await endSubscription(deps, link.project.actor, link.project.projectId, link.subscriptionId);

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(textOf(res.body)).toContain("This request was canceled");
    await app.close();
  });

  it("a superseded link says a newer link was sent, and the newer link works", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const newer = await performAction(
      deps,
      link.project.actor,
      link.project.projectId,
      link.subscriptionId,
      { type: "simReplacement", sim: "auto" },
    );
    if (newer.kind !== "consentRequest") throw new Error("expected a consent request");

    const old = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const fresh = await app.inject({ method: "GET", url: `/consent/${newer.linkToken}` });

    expect(textOf(old.body)).toContain("A newer link was sent to you");
    expect(old.body).not.toContain("<form");
    expect(fresh.body).toContain("<form");
    await app.close();
  });

  it("an approved link says it was already approved and what happens now", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const sim = await pendingLink(deps);
    const portOut = await pendingLink(deps, { type: "portOutCredentials" });
    await decide(app, sim.token, "approve");
    await decide(app, portOut.token, "approve");

    const simPage = textOf(
      (await app.inject({ method: "GET", url: `/consent/${sim.token}` })).body,
    );
    const portOutPage = textOf(
      (await app.inject({ method: "GET", url: `/consent/${portOut.token}` })).body,
    );

    expect(simPage).toContain("You already approved this request");
    expect(simPage).toContain("Your SIM card has been replaced.");
    expect(portOutPage).toContain("You already approved this request");
    expect(portOutPage).toContain("Our support team will share your account number and PIN");
    await app.close();
  });

  it("a declined link says the user already told us, and whom to contact", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, undefined, { locale: "fr" });
    await decide(app, link.token, "decline");

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    const text = textOf(res.body);
    expect(text).toContain("Vous nous avez déjà indiqué ne pas avoir fait cette demande");
    expect(text).toContain("contactez le service client de Acme Mobile");
    await app.close();
  });

  it("an unknown link says it is not valid, in the browser's language", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);

    const res = await app.inject({
      method: "GET",
      url: `/consent/${newSecretToken()}`,
      headers: { "accept-language": "it;q=0.9, de-CH;q=0.8, en;q=0.5" },
    });

    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<html lang="de">');
    expect(textOf(res.body)).toContain("Dieser Link ist ungültig");
    await app.close();
  });

  it("a mangled link with an overlong token gets the same not-valid page", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);

    const res = await app.inject({ method: "GET", url: `/consent/${"x".repeat(300)}` });

    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(textOf(res.body)).toContain("This link is not valid");
    await app.close();
  });

  it("a HEAD request is not recorded as the first view", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const { requestId, token } = await pendingLink(deps);

    const res = await app.inject({ method: "HEAD", url: `/consent/${token}` });

    expect(res.statusCode).toBe(200);
    const row = await deps.db
      .selectFrom("consent_requests")
      .select("opened_at")
      .where("id", "=", requestId)
      .executeTakeFirstOrThrow();
    expect(row.opened_at).toBeNull();
    await app.close();
  });

  it("an unknown link and an expired one answer the same status after the same database work", async () => {
    const recorder = recordingQueries(handle.db);
    const deps = testDeps(handle, { db: recorder.db });
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    deps.clock.advance(3 * 60 * 60 * 1000);

    recorder.statements.length = 0;
    const expired = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const expiredWork = recorder.statements.splice(0);
    const unknown = await app.inject({ method: "GET", url: `/consent/${newSecretToken()}` });
    const unknownWork = recorder.statements.splice(0);

    expect(unknown.statusCode).toBe(expired.statusCode);
    expect(expiredWork).toHaveLength(1);
    expect(unknownWork).toEqual(expiredWork);
    await app.close();
  });

  it("a canceled, declined, approved or expired link takes about as long to answer as an unknown one", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const canceled = await pendingLink(deps);
    await cancelConsentRequest(
      deps,
      canceled.project.actor,
      canceled.project.projectId,
      canceled.requestId,
    );
    const declined = await pendingLink(deps);
    await decide(app, declined.token, "decline");
    // A port-out request stays approved until a member follows up (C8).
    const approved = await pendingLink(deps, { type: "portOutCredentials" });
    await decide(app, approved.token, "approve");
    const expired = await pendingLink(deps);
    deps.clock.advance(3 * 60 * 60 * 1000);

    const states = {
      canceled: () => canceled.token,
      declined: () => declined.token,
      approved: () => approved.token,
      expired: () => expired.token,
      unknown: () => newSecretToken(),
    };
    const names = Object.keys(states) as (keyof typeof states)[];
    const timed = async (token: string) => {
      const start = process.hrtime.bigint();
      const res = await app.inject({ method: "GET", url: `/consent/${token}` });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      expect(res.statusCode).toBeLessThan(500);
      return ms;
    };
    for (let i = 0; i < 20; i++) for (const name of names) await timed(states[name]());

    // Interleaved, each round starting at another state, so that drift in the machine's load
    // and the cost of going first fall on every state alike.
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
      (typeof names)[number],
      number[]
    >;
    for (let round = 0; round < 150; round++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(round + j) % names.length] as (typeof names)[number];
        samples[name].push(await timed(states[name]()));
      }
    }

    // Medians, and a wide band: it catches a path that does extra work (a second query, a
    // transaction) for a real token, not the noise of a shared machine.
    const unknown = median(samples.unknown);
    for (const name of names) {
      const real = median(samples[name]);
      const bound = Math.max(0.5 * Math.max(real, unknown), 0.5);
      expect(
        Math.abs(real - unknown),
        `${name}: median ${real.toFixed(3)} ms, unknown ${unknown.toFixed(3)} ms`,
      ).toBeLessThanOrEqual(bound);
    }
    await app.close();
  });
});
