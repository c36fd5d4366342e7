import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewRoutes } from "../../src/review/routes.js";
import { runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { formTokenOf, postDecision, textOf } from "../review/support.js";
import { testDatabaseKinds } from "../support/databases.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import { call, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { makeSide, pendingRequest, type Side } from "./support/world.js";

/** F5: the evidence of a consent request, as JSON and as a printable page. */
describe.each(testDatabaseKinds)("consent evidence on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;
  let sink: SmtpSink;

  beforeAll(async () => {
    side = await makeSide(api());
    sink = await startSmtpSink();
  });
  afterAll(async () => sink.close());

  const evidenceOf = (id: string, headers: Record<string, string> = {}, query = {}) =>
    call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}/consentRequests/${id}/evidence`,
      as: { apiKey: side.apiKey },
      headers,
      query,
    });

  /** A request mailed through a real SMTP server and declined on the review page. */
  async function declinedThroughThePage() {
    const { deps } = api();
    const { request, linkToken } = await pendingRequest(api(), side.project, {
      deliveryMethod: "email",
    });
    const worker = workerFor(deps, transportsFor(deps, { SMTP_URL: sink.url }));
    await runUntilIdle(worker);
    await worker.stop();
    const [mail] = (await sink.waitForMessages(sink.messages.length)).slice(-1);
    // The review page is served by the same app in production; here it gets its own.
    const { buildApp } = await import("../../src/http/app.js");
    const review = await buildApp(deps, { plugins: [reviewRoutes(deps)] });
    const page = await review.inject({
      method: "GET",
      url: `/consent/${linkToken}`,
      remoteAddress: "203.0.113.7",
    });
    await postDecision(
      review,
      linkToken,
      { decision: "decline", formToken: formTokenOf(page.body) },
      {
        address: "203.0.113.7",
        headers: {
          "sec-fetch-site": "same-origin",
          origin: "null",
          "user-agent": "Mozilla/5.0 (Evidence test)",
        },
      },
    );
    await review.close();
    return { request, mail, pageText: textOf(page.body) };
  }

  it("names who asked, where the link went with the server's message id, the page's words and their hash, the decision with its client, and the events", async () => {
    const { request, mail } = await declinedThroughThePage();
    const res = await evidenceOf(request.id);
    expect(res.statusCode, res.body).toBe(200);
    const evidence = res.json();
    expect(evidence).toMatchObject({
      object: "consentEvidence",
      consentRequest: { id: request.id, status: "declined" },
      line: { subscription: request.subscription_id },
      requestedBy: { type: "apiKey", id: side.project.actor.id },
      delivery: { method: "email", transport: "smtp", messageId: mail?.messageId },
      page: { locale: "en", textVersion: expect.any(String) },
      decision: {
        outcome: "declined",
        clientAddress: "203.0.113.7",
        userAgent: "Mozilla/5.0 (Evidence test)",
      },
    });
    expect(evidence.line.phoneNumber).not.toContain(request.recipient);
    expect(evidence.delivery.recipient).not.toBe(request.recipient);
    expect(evidence.delivery.acceptedAt).not.toBeNull();
    expect(evidence.page.openedAt).not.toBeNull();
    expect(evidence.page.sha256).toBe(
      createHash("sha256").update(evidence.page.text).digest("hex"),
    );
    expect(evidence.page.text).toContain("Did you ask for this?");
    const types = evidence.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        "consentRequest.created",
        "consentRequest.sent",
        "consentRequest.opened",
        "consentRequest.declined",
        "fraud.suspected",
      ]),
    );
    for (const event of evidence.events) expect(event).toHaveProperty("hash");
  });

  it("the page's words are the same for the same request, locale and version", async () => {
    const { request } = await declinedThroughThePage();
    const first = (await evidenceOf(request.id)).json().page;
    api().deps.clock.advance(60_000);
    const again = (await evidenceOf(request.id)).json().page;
    expect(again).toEqual(first);
  });

  it("with Accept: text/html or format=html it is a printable page without script", async () => {
    const { request } = await declinedThroughThePage();
    for (const res of [
      await evidenceOf(request.id, { accept: "text/html" }),
      await evidenceOf(request.id, {}, { format: "html" }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).not.toMatch(/<script/i);
      expect(res.body).toContain("@media print");
      expect(textOf(res.body)).toContain(request.id);
      expect(textOf(res.body)).toContain("Mozilla/5.0 (Evidence test)");
    }
  });

  it("the OpenAPI document describes the printable page beside the JSON", async () => {
    const doc = (await call(api(), { method: "GET", url: "/api/openapi.json" })).json();
    const ok =
      doc.paths["/api/projects/{projectId}/consentRequests/{consentRequestId}/evidence"].get
        .responses["200"];
    expect(Object.keys(ok.content)).toEqual(["application/json", "text/html"]);
    expect(ok.content["text/html"].schema.type).toBe("string");
  });

  it("another project's request is not found", async () => {
    const other = await makeSide(api());
    const res = await call(api(), {
      method: "GET",
      url: `/api/projects/${other.projectId}/consentRequests/${side.pendingRequestId}/evidence`,
      as: { apiKey: other.apiKey },
    });
    expectError(res, 404, "notFound");
  });
});
