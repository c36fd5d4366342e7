import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { longestRetryDelayMs } from "../../src/jobs/backoff.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { followUpConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from "../support/smtp-sink.js";
import { jobsOf, requestConsent, runUntilIdle, transportsFor, workerFor } from "./support.js";

describe.each(testDatabaseKinds)("what the user receives by email on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let sink: SmtpSink;
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    handle = await freshDatabase(kind);
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await sink.close();
    await handle.close();
  });

  async function setUp(options: SmtpSinkOptions = {}, smtpUrl?: (sink: SmtpSink) => string) {
    sink = await startSmtpSink(options);
    const deps: TestDeps = testDeps(handle);
    const transports = transportsFor(deps, { SMTP_URL: smtpUrl ? smtpUrl(sink) : sink.url });
    closers.push(() => transports.close());
    return { deps, worker: workerFor(deps, transports) };
  }

  it("comes from the project's name, says what is asked, and has a Review button, the link in plain text and the validity", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const { user, token } = await requestConsent(deps, project);
    await runUntilIdle(worker);

    const [mail] = await sink.waitForMessages(1);
    const link = `${deps.publicUrl}/consent/${token}`;
    expect(mail?.envelopeTo).toEqual([user.email]);
    expect(mail?.fromName).toBe("Acme Mobile");
    expect(mail?.fromAddress).toBe("no-reply@assent.test");
    expect(mail?.subject).toBe("Approve your SIM replacement");
    expect(mail?.text).toContain(`Review: ${link}`);
    expect(mail?.text).toContain("Hello Jane Doe,");
    expect(mail?.text).toContain("a new eSIM replaces it");
    expect(mail?.text).toContain("valid for 3 hours, until January 1, 2026 at 3:00 AM UTC");
    expect(mail?.text).toMatch(/Did not ask for this\? .*contact Acme Mobile support/);
    // The button: a link to the review page whose label is "Review".
    expect(mail?.html).toMatch(
      new RegExp(`<a href="${link}"[^>]*>(?:(?!</a>).)*>Review</span>(?:(?!</a>).)*</a>`, "s"),
    );
    expect(mail?.html).toContain('lang="en"');
  });

  it.each([
    ["es", "Aprueba el cambio de tu SIM", "Revisar: ", "válido durante 3 horas"],
    ["de-AT", "Bestätigen Sie den Austausch Ihrer SIM-Karte", "Prüfen: ", "3 Stunden gültig"],
    ["fr", "Approuvez le remplacement de votre carte SIM", "Vérifier: ", "valable 3 heures"],
    ["pt-BR", "Approve your SIM replacement", "Review: ", "valid for 3 hours"],
  ])(
    "is written in the user's preferred language (%s), English otherwise",
    async (locale, subject, review, validity) => {
      const { deps, worker } = await setUp();
      const project = await makeProject(deps);
      await requestConsent(deps, project, { locale });
      await runUntilIdle(worker);

      const [mail] = await sink.waitForMessages(1);
      // Languages that keep a number and its unit together use a no-break space.
      const text = mail?.text.replace(/\s/g, " ");
      expect(mail?.subject).toBe(subject);
      expect(text).toContain(review);
      expect(text).toContain(validity);
      expect(mail?.html).toContain(
        `lang="${locale.slice(0, 2) === "pt" ? "en" : locale.slice(0, 2)}"`,
      );
    },
  );

  it("keeps one Message-ID per message, derived from its job, across a retry after a failure", async () => {
    const { deps, worker } = await setUp({
      reply: (attempt) => (attempt === 1 ? { code: 451, message: "4.4.1 Timeout" } : "accept"),
    });
    const project = await makeProject(deps);
    await requestConsent(deps, project);
    await runUntilIdle(worker);
    deps.clock.advance(longestRetryDelayMs(1));
    await runUntilIdle(worker);

    const [job] = await jobsOf(deps);
    expect(sink.attemptMessageIds).toEqual([
      `<${job?.id}@assent.test>`,
      `<${job?.id}@assent.test>`,
    ]);
    expect(sink.messages[0]?.messageId).toBe(`<${job?.id}@assent.test>`);
  });

  it("cannot be made to carry extra headers or recipients through a project or user name", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps, {
      name: "Acme\r\nBcc: victim@evil.test\r\nX-Injected: yes",
    });
    const { user, subscription } = await makeSubscription(deps, project);
    await deps.db
      .updateTable("users")
      .set({ full_name: "Jane\r\nBcc: other@evil.test" })
      .where("id", "=", user.id)
      .execute();
    await performAction(deps, project.actor, project.projectId, subscription.id, {
      type: "simReplacement",
      sim: "auto",
    });
    await runUntilIdle(worker);

    const [mail] = await sink.waitForMessages(1);
    expect(mail?.envelopeTo).toEqual([user.email]);
    expect(mail?.headers.has("bcc")).toBe(false);
    expect(mail?.headers.has("x-injected")).toBe(false);
    const headerBlock = mail?.raw.split("\r\n\r\n")[0] ?? "";
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(mail?.fromName).toBe("Acme Bcc: victim@evil.test X-Injected: yes");
    expect(mail?.html).not.toContain("<br>Bcc");
  });

  it("uses STARTTLS when the server offers it, and the credentials of SMTP_URL", async () => {
    const { deps, worker } = await setUp(
      { starttls: true, auth: { user: "mailer", pass: "s3cret" } },
      (s) => `smtp://mailer:s3cret@127.0.0.1:${s.port}/?tls.rejectUnauthorized=false`,
    );
    const project = await makeProject(deps);
    await requestConsent(deps, project);
    await runUntilIdle(worker);

    const [mail] = await sink.waitForMessages(1);
    expect(mail?.secure).toBe(true);
    expect(mail?.user).toBe("mailer");
  });

  it("tells the user after a SIM replacement what was done, in their language", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const { token } = await requestConsent(deps, project, { locale: "fr" });
    await runUntilIdle(worker);
    await decideByToken(deps, token, "approve");
    await runUntilIdle(worker);

    const [, notice] = await sink.waitForMessages(2);
    expect(sink.messages).toHaveLength(2);
    expect(notice?.subject).toBe("Votre carte SIM a été remplacée");
    expect(notice?.fromName).toBe("Acme Mobile");
    expect(notice?.text.replace(/\s/g, " ")).toMatch(/a été remplacée le 1 janvier 2026/);
    expect(notice?.text).toContain("contactez immédiatement le service client de Acme Mobile");
    expect(notice?.link).toBeNull();
  });

  it("tells the user port-out credentials were issued, never with the PIN", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps);
    const { subscription } = await makeSubscription(deps, project);
    const asked = await performAction(deps, project.actor, project.projectId, subscription.id, {
      type: "portOutCredentials",
    });
    if (asked.kind !== "consentRequest") throw new Error("expected a consent request");
    await runUntilIdle(worker);
    await decideByToken(deps, asked.linkToken, "approve");
    const { outcome } = await followUpConsentRequest(
      deps,
      project.actor,
      project.projectId,
      asked.request.id,
    );
    const pin = outcome.ok ? outcome.credentials?.pin : undefined;
    expect(pin).toMatch(/^\d{6}$/);
    await runUntilIdle(worker);

    const [, notice] = await sink.waitForMessages(2);
    expect(sink.messages).toHaveLength(2);
    expect(notice?.subject).toBe("Your number transfer details were issued");
    expect(notice?.raw).not.toContain(pin);
    expect(notice?.text).not.toContain(pin);
  });
});
