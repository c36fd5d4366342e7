import { mkdtempSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { startServerProcess } from "../support/server-process.js";

/**
 * Found by the soak: a server asked to stop while a client (a browser, a load balancer) had a
 * request under way on a keep-alive connection answered it, then waited for the client to close
 * that connection, a minute at most, and was cut off after 20 seconds with jobs still held.
 */
it("SIGTERM answers the request under way and exits 0 at once, though its client keeps the connection alive", async () => {
  const dir = mkdtempSync(join(tmpdir(), "assent-sigterm-"));
  const { child, baseUrl, exited } = await startServerProcess({
    DATABASE_URL: `sqlite:${join(dir, "assent.db")}`,
    LOG_LEVEL: "info",
    SEED_DEMO: "0",
  });
  const port = Number(new URL(baseUrl).port);

  // A login is hashed (a fraction of a second): it is under way when the signal arrives.
  const agent = new Agent({ keepAlive: true });
  const answered = new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/api/session",
        method: "POST",
        agent,
        headers: { "content-type": "application/json" },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ email: "nobody@example.test", password: "not-the-password" }));
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  const asked = performance.now();
  child.kill("SIGTERM");

  expect(await answered).toBe(401);
  expect(await exited).toBe(0);
  expect(performance.now() - asked).toBeLessThan(10_000);
  agent.destroy();
}, 60_000);
