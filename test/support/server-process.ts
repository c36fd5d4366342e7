import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export type ServerProcess = {
  child: ChildProcessWithoutNullStreams;
  /** Where it listens: http://127.0.0.1:<port>. */
  baseUrl: string;
  /** What it has written to standard output and standard error so far. */
  output(): string;
  /** Its exit code, once it has ended. */
  exited: Promise<number | null>;
};

/**
 * `src/main.ts` in a process of its own, with `env` over this process's environment and a port
 * of the system's choosing. Resolves once it listens and `ready` finds what it waits for in its
 * output; rejects with that output if the process ends first.
 */
export function startServerProcess(
  env: NodeJS.ProcessEnv,
  ready: (output: string) => boolean = () => true,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src", "main.ts")], {
    cwd: root,
    env: { ...process.env, PORT: "0", ...env },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening?.[1] && ready(output)) {
        clearInterval(timer);
        resolve({ child, baseUrl: listening[1], output: () => output, exited });
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}
