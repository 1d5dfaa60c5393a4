/**
 * The whole bot against a bare echo bot built from the same SDK and express, side by side, each in
 * its own process started from compiled JavaScript:
 * - throughput and latency (median, p99) of question messages through the full stack: signature,
 *   dedupe in Firestore (the embedded emulator, in a process of its own as Firestore is in
 *   production), answering, reply to the LINE stand-in;
 * - cold start: process start to the first answered webhook;
 * - memory (resident set) after the load;
 * - CPU time per request of each process during the load: the bot, the Firestore emulator (a
 *   service elsewhere in production, but here it shares this machine's cores with the bot) and
 *   this process (load generator and LINE stand-in). Throughput on a small machine is bounded by
 *   their sum, so these say which part to work on.
 * The load comes from the LINE stand-in in this process (real signed webhook requests), on
 * loopback only, bounded in count. Figures are printed, never asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { freePort } from "../src/dev/free-port";
import { createLineStandin, type LineStandin } from "line-standin";
import { type BenchModule, type BenchRow, summarize } from "./bench-module";

const SECRET = "bench-channel-secret";
const TOKEN = "bench-channel-access-token";
const REQUESTS = 1000;
const WARMUP = 100;
const CONCURRENCY = 20;
const USERS = 50;
const root = join(__dirname, "..");

const QUESTIONS = [
  "คะแนน ITA ปี 2567 ได้เท่าไหร่",
  "ข้อ e8 ทำไมไม่ผ่าน",
  "ประเด็นที่ 3 ใครรับผิดชอบ",
  "มาตรการป้องกันการทุจริตมีขั้นตอนอะไรบ้าง",
  "ระยะเวลาดำเนินการคือช่วงไหน",
  "ถนนหน้าบ้านเป็นหลุม",
  "สวัสดีค่ะ",
  "ข้อ i๕ ได้กี่คะแนน",
];

const userId = (i: number) => "U" + (0xbe00 + (i % USERS)).toString(16).padStart(32, "0");

/**
 * With BENCH_CPU_PROFILE_DIR set, each process writes a V8 CPU profile there when it exits (open
 * it in Chrome DevTools): how the figures below were taken apart.
 */
function profiling(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${join(dir, name.replace(/\W+/g, "-"))}`] : [];
}

interface Target {
  name: string;
  command: string[];
  env: Record<string, string>;
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticksPerSecond = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function residentMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

async function measure(target: Target, standin: LineStandin, setWebhook: (url: string) => void, firestorePid?: number): Promise<BenchRow> {
  const port = await freePort();
  setWebhook(`http://127.0.0.1:${port}/webhook`);
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...profiling(target.name), ...target.command], {
    cwd: root,
    env: { ...process.env, ...target.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    // Cold start: until the first webhook is answered 200 (and its reply sent).
    let first = 0;
    while (first !== 200) {
      first = (await standin.sendAsUser(userId(0), { type: "text", text: "สวัสดีค่ะ" })).status;
      if (child.exitCode !== null) throw new Error(`${target.name} exited with ${child.exitCode}`);
      if (first !== 200) await new Promise((r) => setTimeout(r, 10));
    }
    const coldStartMs = performance.now() - started;

    const run = async (count: number): Promise<{ samples: number[]; seconds: number; errors: number }> => {
      const samples: number[] = [];
      let errors = 0;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < count) {
            const i = next++;
            const t = performance.now();
            const r = await standin.sendAsUser(userId(i), { type: "text", text: QUESTIONS[i % QUESTIONS.length]! });
            samples.push(performance.now() - t);
            if (r.status !== 200) errors++;
          }
        }),
      );
      return { samples, seconds: (performance.now() - t0) / 1000, errors };
    };
    await run(WARMUP);
    const cpuBefore = { bot: cpuMs(child.pid), firestore: cpuMs(firestorePid), load: process.cpuUsage() };
    const { samples, seconds, errors } = await run(REQUESTS);
    const load = process.cpuUsage(cpuBefore.load);
    const perRequest = (ms: number) => Math.round((ms / REQUESTS) * 100) / 100;
    const s = summarize(samples);
    return {
      label: target.name,
      "req/s": Math.round(REQUESTS / seconds),
      "median ms": Math.round(s.median * 100) / 100,
      "p99 ms": Math.round(s.p99 * 100) / 100,
      "cold start ms": Math.round(coldStartMs),
      "RSS MB": residentMb(child.pid),
      "bot CPU ms/req": perRequest(cpuMs(child.pid) - cpuBefore.bot),
      "Firestore CPU ms/req": firestorePid ? perRequest(cpuMs(firestorePid) - cpuBefore.firestore) : 0,
      "load+LINE CPU ms/req": perRequest((load.user + load.system) / 1000),
      errors,
    };
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

export const webhookBench: BenchModule = {
  name: `webhook: full bot vs echo bot (${REQUESTS} text messages, ${CONCURRENCY} at a time, loopback)`,
  async run() {
    let webhookUrl = "";
    const standin = createLineStandin({ channelSecret: SECRET, channelAccessToken: TOKEN, webhookUrl: () => webhookUrl });
    const linePort = await freePort();
    const server: Server = await new Promise((resolve) => {
      const s = express().use(standin.router).listen(linePort, "127.0.0.1", () => resolve(s));
    });
    const dataDir = mkdtempSync(join(tmpdir(), "ita-bench-"));
    const firestorePort = await freePort();
    const firestore = spawn(process.execPath, [...profiling("firestore"), join(root, "bench", "firestore-server.js")], {
      cwd: root,
      env: { ...process.env, PORT: String(firestorePort) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((resolve) => firestore.stdout?.once("data", resolve));
    const env = { LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: `http://127.0.0.1:${linePort}` };
    try {
      const echo = await measure({ name: "echo bot", command: [join(root, "bench", "echo-bot.js")], env }, standin, (u) => (webhookUrl = u));
      const ours = await measure(
        { name: "full bot", command: [join(root, "lib", "src", "dev", "start.js")], env: { ...env, LOCAL_DATA_DIR: dataDir, FIRESTORE_EMULATOR_HOST: `127.0.0.1:${firestorePort}` } },
        standin,
        (u) => (webhookUrl = u),
        firestore.pid,
      );
      const ratio = (a: number | string | undefined, b: number | string | undefined) => Math.round((Number(a) / Number(b)) * 100) / 100;
      return [
        echo,
        ours,
        {
          label: "full / echo",
          "req/s": ratio(ours["req/s"], echo["req/s"]),
          "median ms": ratio(ours["median ms"], echo["median ms"]),
          "p99 ms": ratio(ours["p99 ms"], echo["p99 ms"]),
          "cold start ms": ratio(ours["cold start ms"], echo["cold start ms"]),
          "RSS MB": ratio(ours["RSS MB"], echo["RSS MB"]),
          errors: "",
        },
      ];
    } finally {
      firestore.kill("SIGTERM");
      await new Promise((r) => server.close(r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
