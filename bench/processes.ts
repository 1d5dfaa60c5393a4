/**
 * The processes `npm run bench` runs beside itself (the Firestore emulator, the delay proxy, the
 * bots), each started from this repository with the same Node as the bench, their output sent to
 * the bench's log file, and what /proc says about them: CPU time used and resident memory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");

/**
 * With BENCH_CPU_PROFILE_DIR set, each process writes a V8 CPU profile there when it exits (open
 * it in Chrome DevTools): how the figures were taken apart.
 */
function profiling(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${join(dir, name.replace(/\W+/g, "-"))}`] : [];
}

export interface Started {
  child: ChildProcess;
  /** performance.now() just before the process was spawned. */
  spawnedAt: number;
  stop(): Promise<void>;
}

/**
 * Starts `args` (a script and its arguments) with this Node; output goes to `logFd`. With
 * `readyLine`, resolves once the process has printed a line starting with it (returned as `ready`).
 */
export async function startProcess(
  name: string,
  args: string[],
  opts: { env?: Record<string, string>; logFd: number; nodeArgs?: string[]; readyLine?: string; ipc?: boolean },
): Promise<Started & { ready: string }> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...profiling(name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", opts.readyLine ? "pipe" : opts.logFd, opts.logFd, ...(opts.ipc ? ["ipc" as const] : [])],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  let ready = "";
  if (opts.readyLine) {
    const readyLine = opts.readyLine;
    ready = await new Promise<string>((resolve, reject) => {
      let out: string | undefined = "";
      child.stdout?.on("data", (d: Buffer) => {
        writeSync(opts.logFd, d);
        if (out === undefined) return;
        out += d.toString();
        const line = out.split("\n").find((l) => l.startsWith(readyLine));
        if (line !== undefined) {
          out = undefined;
          resolve(line);
        }
      });
      child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it was ready: ${out}`)));
    });
  }
  return { child, spawnedAt, stop, ready };
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticksPerSecond = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Resident memory of a process in MB, from /proc. */
export function residentMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}
