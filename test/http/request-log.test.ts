import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { call, startApi } from "../api/support/harness.js";
import { makeSide } from "../api/support/world.js";

/**
 * An operator follows one request through the log by its id: a line a request writes of its own
 * (a failure) carries the same `reqId` as its access line.
 */
describe("request log lines", () => {
  it("a failing request's own line carries its id, as its access line does", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split("\n")) {
            if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
          }
          done();
        },
      }),
    });
    const api = await startApi("sqlite", { logger });
    const side = await makeSide(api);
    const before = lines.length;
    try {
      const ok = await call(api, {
        method: "GET",
        url: `/api/projects/${side.projectId}/users`,
        as: { apiKey: side.apiKey },
      });
      expect(ok.statusCode).toBe(200);
      // The database goes away under the running server.
      await api.deps.db.destroy();
      const failed = await call(api, {
        method: "GET",
        url: `/api/projects/${side.projectId}/users`,
        as: { apiKey: side.apiKey },
      });
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
    } finally {
      await api.app.close().catch(() => {});
    }
    const written = lines.slice(before);
    const access = written.filter((line) => line.msg === "request");
    expect(access.map((line) => line.status)).toEqual([200, expect.any(Number)]);
    const own = written.filter((line) => line.msg !== "request" && Number(line.level) >= 40);
    expect(own).toHaveLength(1);
    expect(own[0]?.reqId).toBe(access[1]?.reqId);
    expect(access[0]?.reqId).not.toBe(access[1]?.reqId);
  });
});
