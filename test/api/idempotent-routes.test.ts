import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { type Api, call, startApi } from "./support/harness.js";
import { fillPath, prepare, servedApiRoutes } from "./support/routes.js";
import { makeSide, type Side } from "./support/world.js";

/**
 * T5 for every POST under a project, read from the router so that a route added later is held to
 * it: its Idempotency-Key record commits with its effects (through answerOnce), never after them,
 * and a retry is answered the stored answer.
 */
const posts = (await servedApiRoutes()).filter(
  (route) => route.method === "POST" && route.path.startsWith("/api/projects/"),
);

describe.each(testDatabaseKinds)("idempotent POSTs on %s", (kind) => {
  const warnings: string[] = [];
  let api: Api & { close(): Promise<void> };
  let mine: Side;
  beforeAll(async () => {
    const logger = pino({ level: "warn" }, { write: (line: string) => warnings.push(line) });
    api = await startApi(kind, { logger });
    mine = await makeSide(api);
  });
  afterAll(async () => api?.close());

  describe.each(posts)("$method $path", (route) => {
    it("stores its answer in the action's own transaction, and answers a retry with it", async () => {
      const { ids, payload, status } = await prepare(api, mine, route);
      const request = {
        method: route.method,
        url: fillPath(route.path, ids),
        payload,
        as: { apiKey: mine.apiKey },
        headers: { "idempotency-key": `every-route ${route.path}` },
      } as const;
      warnings.length = 0;
      const first = await call(api, request);
      expect(first.statusCode, first.body).toBe(status);
      expect(warnings.filter((line) => line.includes("without answerOnce"))).toEqual([]);
      const retry = await call(api, request);
      expect(retry.statusCode, retry.body).toBe(status);
      expect(retry.headers["idempotent-replayed"]).toBe("true");
    });
  });
});
