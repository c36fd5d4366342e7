import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskPhone } from "../../src/domain/formats.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeSim, testDeps } from "../support/factories.js";
import {
  decide,
  eventTypesOf,
  pendingLink,
  requestRow,
  reviewApp,
  sameOriginHeaders,
  textOf,
} from "./support.js";

describe.each(testDatabaseKinds)("the review page on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  it("shows the brand, what was asked and what it will do, the masked line, the times and both buttons", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, { type: "simReplacement", sim: "auto" });
    const subscription = await deps.db
      .selectFrom("subscriptions")
      .select("phone_number")
      .where("id", "=", link.subscriptionId)
      .executeTakeFirstOrThrow();

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    const text = textOf(res.body);
    expect(text).toContain("Acme Mobile");
    expect(text).toContain("Acme Mobile received a request to replace the SIM card of your line.");
    expect(text).toContain(
      "your current SIM card will stop working and a new eSIM will replace it",
    );
    expect(text).toContain(maskPhone(subscription.phone_number));
    expect(res.body).not.toContain(subscription.phone_number);
    // Created at the clock's start; valid for the project's 3 hours.
    expect(text).toContain("Requested January 1, 2026 at 12:00 AM UTC");
    expect(text).toContain("Link valid until January 1, 2026 at 3:00 AM UTC");
    expect(res.body).toMatch(/<button type="submit" name="decision" value="approve"[^>]*>Approve</);
    expect(res.body).toMatch(
      /<button type="submit" name="decision" value="decline"[^>]*>I did not ask for this</,
    );
    await app.close();
  });

  it("describes the consequence of each kind of action", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const first = await pendingLink(deps, { type: "simReplacement", sim: "auto" });
    const sim = await makeSim(deps, first.project, { type: "pSIM" });
    const cases = [
      {
        link: await pendingLink(
          deps,
          { type: "simReplacement", sim: sim.id },
          { project: first.project },
        ),
        says: "your current SIM card will stop working and a new SIM card will replace it",
      },
      {
        link: await pendingLink(deps, { type: "providerChange", provider: "p9", sim: "auto" }),
        says: "your line will move to another network and you will need the new SIM",
      },
      {
        link: await pendingLink(deps, { type: "portOutCredentials" }),
        says: "you will get the account number and PIN to move your number to another provider",
      },
    ];
    for (const { link, says } of cases) {
      const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });
      expect(textOf(res.body)).toContain(says);
    }
    await app.close();
  });

  it.each([
    ["es", "Aprobar", "No he pedido esto", "Línea"],
    ["de", "Zustimmen", "Das habe ich nicht angefordert", "Anschluss"],
    ["fr", "Accepter", "Je n’ai pas fait cette demande", "Ligne"],
    ["en", "Approve", "I did not ask for this", "Line"],
  ])("speaks the user's language (%s)", async (locale, approve, decline, line) => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, undefined, { locale });

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.body).toContain(`<html lang="${locale}">`);
    const text = textOf(res.body);
    expect(text).toContain(approve);
    expect(text).toContain(decline);
    expect(text).toContain(line);
    await app.close();
  });

  it("falls back to English for a language it does not speak", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, undefined, { locale: "it-IT" });

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.body).toContain('<html lang="en">');
    expect(textOf(res.body)).toContain("Did you ask for this?");
    await app.close();
  });

  it("viewing records the first view once and leaves the request pending and the link usable", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const firstViewAt = deps.clock.now() + 60_000;

    for (let i = 0; i < 5; i++) {
      deps.clock.set(firstViewAt + i * 60_000);
      const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });
      expect(res.statusCode).toBe(200);
    }

    const row = await requestRow(deps, link.requestId);
    expect(row.status).toBe("pending");
    expect(Number(row.opened_at)).toBe(firstViewAt);
    expect(row.approved_at).toBeNull();
    expect(await eventTypesOf(deps, link.requestId)).toEqual([
      "consentRequest.created",
      "consentRequest.opened",
    ]);
    const approved = await decide(app, link.token, "approve");
    expect(approved.statusCode).toBe(200);
    expect((await requestRow(deps, link.requestId)).status).toBe("fulfilled");
    await app.close();
  });

  it("escapes the project's name", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, undefined, { projectName: `Acme <i>"Mobile"</i>` });

    const res = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(res.body).not.toContain("<i>");
    expect(res.body).toContain("Acme &lt;i&gt;&quot;Mobile&quot;&lt;/i&gt;");
    await app.close();
  });

  it("never writes the link token to the log", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const deps = testDeps(handle, { logger: pino({ level: "trace" }, sink) });
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);

    await app.inject({ method: "GET", url: `/consent/${link.token}` });
    await decide(app, link.token, "decline");
    await app.inject({
      method: "POST",
      url: `/consent/${link.token}`,
      headers: { ...sameOriginHeaders, "content-type": "application/x-www-form-urlencoded" },
      payload: "decision=approve&formToken=forged",
    });

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(link.token);
    await app.close();
  });
});
