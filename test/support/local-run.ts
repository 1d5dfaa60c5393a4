/**
 * Starts `src/dev/start.ts` (what `npm start` runs) in a child process, the way a newcomer runs it,
 * on a free port with its own data folder, and stops it again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../../src/dev/free-port";

const root = join(__dirname, "..", "..");

export interface LocalRun {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startLocalRun(env: Record<string, string> = {}): Promise<LocalRun> {
  // The local run must start its own embedded Firestore, not use the test run's.
  const { FIRESTORE_EMULATOR_HOST: _shared, ...parentEnv } = process.env;
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "src/dev/start.ts"], {
    cwd: root,
    env: { ...parentEnv, ...env, PORT: port },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  // Started once it prints its banner, however long that takes on a busy machine (the test's own
  // timeout stops a hang); an exit before that is a failure to start.
  await new Promise<void>((resolve, reject) => {
    const read = (d: Buffer) => {
      out += d;
      if (out.includes("chat page")) resolve();
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", () => reject(new Error(`local run did not start:\n${out}`)));
  });
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
