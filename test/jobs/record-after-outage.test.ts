import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventsOf, jobsOf, requestConsent, transportsFor, workerFor } from "../delivery/support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

/**
 * Found by the soak: during a short database outage, messages the mail server had accepted could
 * not be recorded; their jobs stayed claimed until the lease ran out and were sent again. The
 * worker now records such an end once the database answers again, within half its lease.
 */
describe.each(testDatabaseKinds)("a job's end recorded after a short outage on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink;
  let refusals = 0;

  // The database refuses the first `refusals` attempts to record a job's end, as if unreachable.
  const outage: KyselyPlugin = {
    transformQuery({ node }) {
      const text = JSON.stringify(node as RootOperationNode);
      if (
        refusals > 0 &&
        node.kind === "UpdateQueryNode" &&
        text.includes('"jobs"') &&
        text.includes('"finished_at"')
      ) {
        refusals -= 1;
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
          code: "ECONNREFUSED",
        });
      }
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps({ ...handle, db: handle.db.withPlugin(outage) });
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await sink.close();
    await handle.close();
  });

  it("a message accepted while the database was briefly away is recorded once it is back, and sent once", async () => {
    const transports = transportsFor(deps, { SMTP_URL: sink.url });
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    refusals = 2;

    await workerFor(deps, transports).runDueJobs();

    expect(refusals).toBe(0);
    expect(sink.messages).toHaveLength(1);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "done", attempts: 1 });
    await transports.close();
  });
});
