import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { testAppSecret } from "../support/factories.js";
import { testSmtpFrom } from "./support.js";

const fixture = fileURLToPath(new URL("./fixtures/worker-process.ts", import.meta.url));

export type WorkerProcess = {
  child: ChildProcess;
  output: () => string;
  /** Stops it with SIGTERM and answers how many messages it had sent. */
  stop(): Promise<number>;
  /** Kills it at once, as a crash would. */
  kill(): Promise<void>;
};

/** Starts test/delivery/fixtures/worker-process.ts and waits until it runs. */
export async function startWorkerProcess(env: {
  databaseUrl: string;
  smtpUrl: string;
  clockMs: number;
  leaseMs?: number;
}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", fixture], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      SMTP_URL: env.smtpUrl,
      SMTP_FROM: testSmtpFrom,
      CLOCK_MS: String(env.clockMs),
      LEASE_MS: String(env.leaseMs ?? 120_000),
      APP_SECRET: testAppSecret,
      PUBLIC_URL: "http://assent.test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 20_000);
    const check = () => {
      if (!output.includes("ready")) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`worker exited before it was ready:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      const match = /accepted (\d+)/.exec(output);
      if (!match) throw new Error(`worker did not report what it sent:\n${output}`);
      return Number(match[1]);
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
