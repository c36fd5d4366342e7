import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, isDatabaseUnavailable, openDatabase } from "../../src/db/database.js";
import type { App } from "../../src/http/app.js";
import { serverFor } from "../api/support/harness.js";
import { freshDatabase, postgresAdminUrl, postgresAvailable } from "../support/databases.js";
import { makeProject, type TestProject, testDeps } from "../support/factories.js";

/**
 * A TCP relay between the pool and PostgreSQL that the test can cut: `down` refuses and drops
 * every connection (the server is gone), `silent` accepts connections and never answers (a
 * server or network that hangs), `up` relays again. The real server stays untouched.
 */
async function startRelay(target: { host: string; port: number }) {
  let mode: "up" | "down" | "silent" = "up";
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const listen = () =>
    new Promise<void>((resolve) => {
      const listening = createServer((client) => {
        track(client);
        if (mode === "silent") return;
        const upstream = tcpConnect(target.port, target.host);
        track(upstream);
        // Either side gone, the other goes too: a server connection reset by the server (an
        // administrator ending it) must not leave the pool's side open with nobody behind it.
        upstream.on("close", () => client.destroy());
        client.on("close", () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      });
      server = listening;
      listening.listen(port, "127.0.0.1", () => {
        port = (listening.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  };
  await listen();
  return {
    port: () => port,
    async down() {
      mode = "down";
      await cut();
    },
    async silent() {
      await cut();
      mode = "silent";
      await listen();
    },
    async up() {
      await cut();
      mode = "up";
      await listen();
    },
    close: cut,
  };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * §8: a PostgreSQL restart, an administrator ending connections, or a server that stops
 * answering must not end the process nor hang requests: requests answer 503 serviceUnavailable
 * with Retry-After meanwhile, /readyz says so, and both recover on their own.
 */
describe.skipIf(!postgresAvailable)("the server through a PostgreSQL outage", () => {
  const connectionTimeoutMs = 1_000;
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let handle: DatabaseHandle;
  let app: App;
  let project: TestProject;
  const lost: Error[] = [];

  beforeAll(async () => {
    fresh = await freshDatabase("postgres");
    const direct = new URL(fresh.url);
    relay = await startRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
    const relayed = new URL(fresh.url);
    relayed.host = `127.0.0.1:${relay.port()}`;
    handle = openDatabase(relayed.toString(), 5, {
      connectionTimeoutMs,
      onConnectionError: (error) => lost.push(error),
    });
    const deps = testDeps(handle);
    app = await serverFor(deps, relayed.toString());
    project = await makeProject(deps);
  });
  afterAll(async () => {
    await relay?.up();
    await app?.close();
    await handle?.close();
    await relay?.close();
    await fresh?.close();
  });

  const getProject = () =>
    app.inject({
      method: "GET",
      url: `/api/projects/${project.projectId}`,
      headers: { authorization: `Bearer ${project.apiKey}` },
    });
  const ready = () => app.inject({ method: "GET", url: "/readyz" });

  /** Requests until one answers 200; every answer before must be 503 with Retry-After. */
  async function answersAgain(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const res = await getProject();
      if (res.statusCode === 200) return;
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers["retry-after"]).toBeDefined();
    }
    throw new Error("the server never answered 200 again");
  }

  async function terminateBackends(): Promise<number> {
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    const { rows } = await admin.query(
      "select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [new URL(fresh.url).pathname.slice(1)],
    );
    await admin.end();
    return rows.length;
  }

  it("a connection ended in the middle of a transaction fails that transaction as unavailable, and nothing else", async () => {
    let resume = () => {};
    const paused = new Promise<void>((resolve) => {
      resume = resolve;
    });
    let entered = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const work = handle.db.transaction().execute(async (tx) => {
      await sql`select 1`.execute(tx);
      entered();
      await paused;
      await sql`select 1`.execute(tx);
    });
    await inside;
    const before = lost.length;

    expect(await terminateBackends()).toBeGreaterThan(0);
    await until(() => lost.length > before, "the pool to report the lost connection");
    resume();

    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    await answersAgain();
  });

  it("when an administrator terminates the pool's connections, the loss is logged, the process lives and requests answer again", async () => {
    // Several requests at once, so that the pool holds several connections.
    const warm = await Promise.all(Array.from({ length: 5 }, () => getProject()));
    expect(warm.map((res) => res.statusCode)).toEqual([200, 200, 200, 200, 200]);

    const before = lost.length;
    expect(await terminateBackends()).toBeGreaterThan(0);

    await until(() => lost.length > before, "the pool to report the lost connections");
    expect(lost.map((error) => error.message).join("\n")).toMatch(
      /terminat|administrator command/i,
    );
    await answersAgain();
    expect((await ready()).statusCode).toBe(200);
  });

  it("while the database is down, API requests, review pages and /readyz answer 503 with Retry-After at once; once it is back, 200 without a restart", async () => {
    await relay.down();

    const started = performance.now();
    const res = await getProject();
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json()).toMatchObject({ object: "error", type: "serviceUnavailable" });
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect((await ready()).statusCode).toBe(503);
    const page = await app.inject({ method: "GET", url: `/consent/${"x".repeat(43)}` });
    expect(page.statusCode).toBe(503);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(Number(page.headers["retry-after"])).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(4 * connectionTimeoutMs);

    await relay.up();
    await until(async () => (await ready()).statusCode === 200, "/readyz to answer 200");
    await answersAgain();
  });

  it("a database that takes connections but never answers gets 503 after the connection wait, not a hang", async () => {
    await relay.silent();

    const started = performance.now();
    const res = await getProject();
    const waited = performance.now() - started;
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json()).toMatchObject({ type: "serviceUnavailable" });
    expect(waited).toBeLessThan(3 * connectionTimeoutMs);
    expect((await ready()).statusCode).toBe(503);

    await relay.up();
    await until(async () => (await ready()).statusCode === 200, "/readyz to answer 200");
    await answersAgain();
  });
});
