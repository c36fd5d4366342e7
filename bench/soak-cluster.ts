/**
 * The soak's cluster: a fresh PostgreSQL database on the local server (dropped at the end) and
 * server processes (`tsx src/main.ts`) on loopback ports, each with its workers, which the run
 * kills with SIGKILL, restarts, or stops with SIGTERM. Nothing here reaches beyond 127.0.0.1.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import {
  createPostgresDatabase,
  onPostgres,
  type PostgresDatabase,
} from "../test/support/databases.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

export const postgresAdminUrl =
  process.env.SOAK_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
    throw new Error(`The soak runs on loopback only; ${host} is not a loopback address`);
  }
}

export async function createSoakDatabase(): Promise<PostgresDatabase> {
  assertLoopback(postgresAdminUrl);
  const database = await createPostgresDatabase(postgresAdminUrl, "assent_soak");
  return {
    ...database,
    drop: async () => {
      // The run may have closed it to new connections; a forced drop needs them allowed.
      await onPostgres(postgresAdminUrl, (admin) =>
        admin.query(`alter database ${database.name} allow_connections true`),
      ).catch(() => {});
      await database.drop();
    },
  };
}

/** A free port on loopback, for an instance to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Instance = {
  name: string;
  port: number;
  url: string;
  /** Whether the process runs and answered /readyz since it last started. */
  readonly up: boolean;
  readonly pid: number | undefined;
  start(): Promise<void>;
  /** SIGKILL: no drain, no goodbye. */
  kill(): Promise<void>;
  /** SIGTERM: resolves with the exit code once the process has drained and exited. */
  terminate(timeoutMs?: number): Promise<number | null>;
  /** The process's output, for a failure's report. */
  tail(): string;
  /** Exits the run did not cause (a crash), with the output before each. */
  readonly crashes: string[];
};

export function createInstance(name: string, port: number, env: NodeJS.ProcessEnv): Instance {
  let child: ChildProcess | null = null;
  let up = false;
  let output = "";
  let exited: Promise<number | null> = Promise.resolve(null);
  let stopping = false;
  const crashes: string[] = [];
  const url = `http://127.0.0.1:${port}`;

  async function waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!child || child.exitCode !== null) {
        throw new Error(`${name} exited at start:\n${output.slice(-2000)}`);
      }
      try {
        const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${output.slice(-2000)}`);
  }

  return {
    name,
    port,
    url,
    get up() {
      return up;
    },
    get pid() {
      return child?.pid;
    },
    async start() {
      output = "";
      stopping = false;
      const started = spawn(process.execPath, ["--import", "tsx", join(root, "src", "main.ts")], {
        cwd: root,
        env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString("utf8")).slice(-20_000);
      };
      started.stdout?.on("data", keep);
      started.stderr?.on("data", keep);
      exited = new Promise((resolve) => started.once("exit", (code) => resolve(code)));
      void exited.then((code) => {
        if (child === started) up = false;
        if (!stopping) {
          crashes.push(
            `${name} (pid ${started.pid}) exited by itself with ${code} at ${new Date().toISOString()}:\n${output.slice(-3000)}`,
          );
        }
      });
      await waitReady(60_000);
      up = true;
    },
    async kill() {
      up = false;
      stopping = true;
      child?.kill("SIGKILL");
      await exited;
    },
    async terminate(timeoutMs = 30_000) {
      up = false;
      stopping = true;
      child?.kill("SIGTERM");
      const timer = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), timeoutMs).unref(),
      );
      const code = await Promise.race([exited, timer]);
      if (code === "timeout") {
        child?.kill("SIGKILL");
        await exited;
        throw new Error(`${name} did not exit within ${timeoutMs} ms of SIGTERM`);
      }
      return code;
    },
    tail: () => output,
    crashes,
  };
}

/**
 * A PostgreSQL outage. `restart` restarts the local cluster (every database on it: use it on a
 * machine of its own); `block` keeps the soak's database alone from accepting connections and
 * ends the ones it has, for the same time, so that other users of the server are not disturbed.
 */
export type PostgresFault = "restart" | "block";

export async function postgresOutage(
  kind: PostgresFault,
  database: PostgresDatabase,
  downMs: number,
): Promise<void> {
  if (kind === "restart") {
    const versions = (await run("ls", ["/etc/postgresql"])).stdout.trim().split(/\s+/);
    const version = versions.at(-1) ?? "";
    const ctl = (action: string) =>
      run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", action]);
    await ctl("stop");
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await ctl("start");
    return;
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`alter database ${database.name} allow_connections false`);
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [database.name],
    );
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await admin.query(`alter database ${database.name} allow_connections true`);
  } finally {
    await admin.end();
  }
}
