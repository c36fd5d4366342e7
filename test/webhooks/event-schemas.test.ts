import { Ajv2020 } from "ajv/dist/2020.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Transports } from "../../src/delivery/transport.js";
import { decideByToken, openByToken } from "../../src/services/consent-decisions.js";
import {
  cancelConsentRequest,
  followUpConsentRequest,
  resendConsentRequest,
} from "../../src/services/consent-requests.js";
import { eventTypeList } from "../../src/services/event-catalogue.js";
import { expireDueRequests } from "../../src/services/expiry.js";
import { endSubscription } from "../../src/services/inventory.js";
import { runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { askConsent } from "../services/use-case-support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import {
  makeProject,
  makeSubscription,
  type TestDeps,
  type TestProject,
  testDeps,
} from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

/**
 * W6: the JSON Schema that GET /api/eventTypes publishes for each type validates the data the
 * code actually records, for events recorded through the real use cases (a receiver generating
 * types or validators from the catalogue must not reject what it is sent).
 */
describe.each(testDatabaseKinds)("the published event schemas on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let project: TestProject;
  let sink: SmtpSink;
  let transports: Transports;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    deps.clock.set(Date.now());
    project = await makeProject(deps);
    sink = await startSmtpSink();
    transports = transportsFor(deps, { SMTP_URL: sink.url });
  });
  afterEach(async () => {
    await transports.close();
    await sink.close();
    await handle.close();
  });

  const deliverMail = () => runUntilIdle(workerFor(deps, transports));

  it("validate the data of every consent request and subscription event the use cases record", async () => {
    // Approved and carried out: a SIM replacement, a provider change, port-out credentials.
    const first = await makeSubscription(deps, project);
    const replaced = await askConsent(deps, project, first.subscription.id);
    await deliverMail();
    await openByToken(deps, replaced.token);
    await decideByToken(deps, replaced.token, "approve");
    const moved = await askConsent(deps, project, first.subscription.id, {
      type: "providerChange",
      provider: "p9",
    });
    await decideByToken(deps, moved.token, "approve");
    const untouched = await makeSubscription(deps, project);
    const portOut = await askConsent(deps, project, untouched.subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, portOut.token, "approve");
    await followUpConsentRequest(deps, project.actor, project.projectId, portOut.request.id);

    // Declined, canceled, resent, expired; a line ended with a request open.
    const second = await makeSubscription(deps, project);
    const declined = await askConsent(deps, project, second.subscription.id);
    await decideByToken(deps, declined.token, "decline");
    const canceled = await askConsent(deps, project, second.subscription.id);
    await resendConsentRequest(deps, project.actor, project.projectId, canceled.request.id, {});
    const third = await makeSubscription(deps, project);
    const toCancel = await askConsent(deps, project, third.subscription.id);
    await cancelConsentRequest(deps, project.actor, project.projectId, toCancel.request.id);
    await askConsent(deps, project, third.subscription.id);
    deps.clock.advance(24 * 3_600_000);
    await expireDueRequests(deps);
    const fourth = await makeSubscription(deps, project, { email: "nobody@invalid.test" });
    await askConsent(deps, project, fourth.subscription.id);
    await endSubscription(deps, project.actor, project.projectId, fourth.subscription.id);
    await deliverMail();

    const ajv = new Ajv2020({ strict: false });
    const validators = new Map(
      eventTypeList().map((entry) => [entry.type, ajv.compile(entry.dataSchema)]),
    );
    const events = await deps.db
      .selectFrom("events")
      .select(["type", "data"])
      .where("project_id", "=", project.projectId)
      .execute();
    const invalid = events.flatMap((event) => {
      const validate = validators.get(event.type);
      if (!validate) return [`${event.type}: no catalogue entry`];
      return validate(JSON.parse(event.data))
        ? []
        : [`${event.type} ${event.data}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);

    const recorded = new Set(events.map((event) => event.type));
    for (const type of [
      "consentRequest.created",
      "consentRequest.sent",
      "consentRequest.opened",
      "consentRequest.approved",
      "consentRequest.declined",
      "consentRequest.fulfilled",
      "consentRequest.canceled",
      "consentRequest.expired",
      "subscription.created",
      "subscription.simReplaced",
      "subscription.providerChanged",
      "subscription.ended",
      "portOutCredentials.issued",
    ]) {
      expect(recorded, type).toContain(type);
    }
  });
});
