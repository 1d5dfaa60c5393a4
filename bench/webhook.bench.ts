/**
 * The whole bot against the floor, each in its own process started from compiled JavaScript:
 * - the *minimal correct bot* (bench/minimal-bot.js): the same SDK, express and firebase-admin;
 *   checks the signature, claims each event with one Firestore create(), replies. What any bot
 *   that dedupes in Firestore pays at least;
 * - the echo bot (bench/echo-bot.js): no storage at all, a second reference;
 * - the full bot as Cloud Functions composes it (bench/full-bot.js → src/production.ts).
 *
 * Three parts, all printed, never asserted:
 * 1. load: 1,000 signed text webhooks, 20 in flight, over loopback, Firestore (the embedded
 *    emulator, a process of its own as Firestore is a service of its own) reached directly:
 *    throughput, median, p99, memory, and the CPU time per request of each process. CPU per
 *    request is the figure a busy shared machine disturbs least.
 * 2. distance: reply latency by kind of event (a plan question, a message that opens a ticket, one
 *    step of a progress report), one at a time, with Firestore behind the delay proxy at 0 ms and
 *    at DISTANCE_MS; the difference gives the round trips before the reply (reply-latency.ts).
 * 3. cold start: process start to the first answered webhook, several starts each, alternating.
 */
import type { Server } from "node:http";
import express from "express";
import { freePort } from "../src/dev/free-port";
import { createLineStandin, type LineStandin } from "line-standin";
import { createPeopleStore } from "../src/people/people-store";
import { createProgressService } from "../src/progress/progress-service";
import { ACTIONS } from "../src/progress/render";
import { postbackData } from "../src/bot/postback-data";
import { openFirestore } from "../src/store/firestore";
import { loadDefaultPlan } from "../src/qa/answerer";
import { deleteApp } from "firebase-admin/app";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleFullBot } from "./bundle";
import { type BenchContext, type BenchModule, type BenchRow, load1, median, quantile, round, summarize } from "./bench-module";
import { cpuMs, residentMb, ROOT, startProcess, type Started } from "./processes";
import { prepare, timeOne, type KindScenario, type Sample, type Timed, type UserInput } from "./reply-latency";

const SECRET = "bench-channel-secret";
const TOKEN = "bench-channel-access-token";
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const REQUESTS = num("BENCH_REQUESTS", 1000);
const WARMUP = 100;
const CONCURRENCY = 20;
const USERS = 50;
/** Round-trip time the delay proxy adds in part 2: Cloud Run to Firestore in one region is 5–20 ms. */
const DISTANCE_MS = 20;
const SAMPLES_PER_KIND = num("BENCH_SAMPLES", 21);
const COLD_STARTS = num("BENCH_COLD_STARTS", 5);

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
/** Plan questions for part 2: each answered from the plan. */
const PLAN_QUESTIONS = QUESTIONS.filter((q) => /ITA|ข้อ|ประเด็น|มาตรการ|ระยะเวลา/.test(q));
const TICKET_MESSAGE = "ไฟส่องสว่างหน้าบ้านดับ ช่วยมาซ่อมด้วยค่ะ";

const userId = (n: number) => "U" + (0xbe00 + n).toString(16).padStart(32, "0");

interface Bot {
  name: string;
  script: string;
  /** Project in the emulator: each bot its own, so their data stay apart. */
  projectId?: string;
  /** More environment for this variant (a bundle to load, a compile cache). */
  env?: () => Record<string, string>;
}

const ECHO: Bot = { name: "echo bot", script: "bench/echo-bot.js" };
const MINIMAL: Bot = { name: "minimal bot", script: "bench/minimal-bot.js", projectId: "demo-bench-minimal" };
const FULL: Bot = { name: "full bot", script: "bench/full-bot.js", projectId: "demo-bench-full" };
/** Cold-start variants: Node 22's compile cache (a directory warmed by an unmeasured start), and one bundle. */
const compileCache = join(tmpdir(), `ita-bench-compile-cache-${process.pid}`);
const FULL_CACHED: Bot = { ...FULL, name: "full bot + compile cache", env: () => ({ NODE_COMPILE_CACHE: compileCache }) };
const MINIMAL_CACHED: Bot = { ...MINIMAL, name: "minimal bot + compile cache", env: () => ({ NODE_COMPILE_CACHE: compileCache }) };
let bundlePath = "";
const FULL_BUNDLED: Bot = { ...FULL, name: "full bot, esbuild bundle", env: () => ({ BENCH_BOT_MODULE: bundlePath }) };

interface Rig {
  ctx: BenchContext;
  standin: LineStandin;
  setWebhook(url: string): void;
  linePort: number;
  firestore: Started & { host: string };
}

function botEnv(rig: Rig, bot: Bot, firestoreHost: string, port: number): Record<string, string> {
  return {
    PORT: String(port),
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    LINE_API_BASE_URL: `http://127.0.0.1:${rig.linePort}`,
    ...(bot.projectId ? { GCLOUD_PROJECT: bot.projectId, FIRESTORE_EMULATOR_HOST: firestoreHost } : {}),
    ...bot.env?.(),
  };
}

/**
 * Starts a bot and waits for its first answered webhook; returns it with its cold start. With
 * `countRpcs` (a bot that uses Firestore), bench/rpc-counter.js counts its Firestore calls.
 */
async function startBot(rig: Rig, bot: Bot, firestoreHost = rig.firestore.host, countRpcs = false): Promise<Started & { coldStartMs: number; coldStartCpuMs: number }> {
  const port = await freePort();
  rig.setWebhook(`http://127.0.0.1:${port}/webhook`);
  rig.ctx.log(`start ${bot.name} on ${port}, Firestore at ${firestoreHost}`);
  const counting = countRpcs && bot.projectId !== undefined;
  const started = await startProcess(bot.name, [join(ROOT, bot.script)], {
    env: botEnv(rig, bot, firestoreHost, port),
    logFd: rig.ctx.logFd,
    ...(counting ? { nodeArgs: ["--require", join(ROOT, "bench", "rpc-counter.js")], ipc: true } : {}),
  });
  // Until the first webhook is answered 200 (its reply is sent before that).
  for (;;) {
    const { status } = await rig.standin.sendAsUser(userId(0), { type: "text", text: "สวัสดีค่ะ" });
    if (status === 200) break;
    if (started.child.exitCode !== null) throw new Error(`${bot.name} exited with ${started.child.exitCode}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { ...started, coldStartMs: performance.now() - started.spawnedAt, coldStartCpuMs: cpuMs(started.child.pid) };
}

/** The Firestore calls a bot started with `countRpcs` has made so far, all methods together. */
function rpcCount(bot: Started): Promise<number> {
  if (!bot.child.send) return Promise.resolve(0);
  return new Promise((resolve) => {
    bot.child.once("message", (m: { rpcs: Record<string, number> }) => resolve(Object.values(m.rpcs).reduce((a, b) => a + b, 0)));
    bot.child.send("rpcs");
  });
}

/** Part 1: closed-loop load, CPU per request of each process. */
async function load(rig: Rig, bot: Bot, texts: readonly string[] = QUESTIONS, label = bot.name): Promise<BenchRow> {
  const started = await startBot(rig, bot, rig.firestore.host, true);
  const pid = started.child.pid;
  try {
    const run = async (count: number) => {
      const samples: number[] = [];
      let errors = 0;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < count) {
            const i = next++;
            const t = performance.now();
            const r = await rig.standin.sendAsUser(userId(i % USERS), { type: "text", text: texts[i % texts.length]! });
            samples.push(performance.now() - t);
            if (r.status !== 200) errors++;
          }
        }),
      );
      return { samples, seconds: (performance.now() - t0) / 1000, errors };
    };
    await run(WARMUP);
    const before = { bot: cpuMs(pid), firestore: cpuMs(rig.firestore.child.pid), load: process.cpuUsage(), rpcs: await rpcCount(started) };
    const { samples, seconds, errors } = await run(REQUESTS);
    const loadCpu = process.cpuUsage(before.load);
    const rpcs = (await rpcCount(started)) - before.rpcs;
    const perRequest = (ms: number) => round(ms / REQUESTS);
    const s = summarize(samples);
    return {
      label,
      "req/s": Math.round(REQUESTS / seconds),
      "median ms": round(s.median),
      "p99 ms": round(s.p99),
      "RSS MB": residentMb(pid),
      "bot CPU ms/req": perRequest(cpuMs(pid) - before.bot),
      "Firestore calls/req": round(rpcs / REQUESTS),
      "Firestore CPU ms/req": bot.projectId ? perRequest(cpuMs(rig.firestore.child.pid) - before.firestore) : 0,
      "load+LINE CPU ms/req": perRequest((loadCpu.user + loadCpu.system) / 1000),
      errors,
      load: load1(),
    };
  } finally {
    await started.stop();
  }
}

/**
 * The full bot's data for part 2: an officer of the unit of one of the plan's activities (as an
 * admin's link code would make them), so a progress report can be timed.
 */
async function seedOfficer(rig: Rig, officerId: string): Promise<string> {
  const { db, app } = openFirestore({ projectId: FULL.projectId, emulatorHost: rig.firestore.host });
  try {
    const activities = await createProgressService(db, loadDefaultPlan()).activities();
    const activity = activities.find((a) => a.unitId);
    if (!activity) throw new Error("the plan has no activity with a unit");
    await createPeopleStore(db, { adminUserIds: [] }).setRole(officerId, "officer", activity.unitId);
    return activity.id;
  } finally {
    await deleteApp(app);
  }
}

/** The three kinds of event part 2 times; each sample is a pair of events, one for each delay. */
function scenarios(run: number, activityId: string, officerId: string): KindScenario<[Sample, Sample]>[] {
  const hello: UserInput = { type: "text", text: "สวัสดีค่ะ" };
  const citizen = userId(1000 + run);
  const ticketUsers = Array.from({ length: 2 * SAMPLES_PER_KIND }, (_, i) => userId(2000 + run * 1000 + i));
  const question = (i: number): Sample => ({ userId: citizen, input: { type: "text", text: PLAN_QUESTIONS[i % PLAN_QUESTIONS.length]! } });
  const status: Sample = { userId: officerId, input: { type: "postback", data: postbackData(ACTIONS.status, { id: activityId, s: "in_progress" }) } };
  const pairs = <T>(f: (i: number) => T): [T, T][] => Array.from({ length: SAMPLES_PER_KIND }, (_, i) => [f(2 * i), f(2 * i + 1)]);
  return [
    {
      kind: "question",
      description: "a citizen's plan question, answered from the plan",
      expect: /^(?!ขออภัย)/,
      prepare: [{ userId: citizen, input: hello }],
      samples: pairs(question),
    },
    {
      kind: "ticket",
      description: "a citizen's request that opens a ticket (each from another citizen known to the bot)",
      expect: /รับเรื่อง|เลขที่เรื่อง|ได้รับแล้ว/,
      prepare: ticketUsers.map((u) => ({ userId: u, input: hello })),
      samples: pairs((i) => ({ userId: ticketUsers[i]!, input: { type: "text", text: TICKET_MESSAGE } })),
    },
    {
      kind: "report",
      description: "an officer's tap on a status button in a progress report draft",
      expect: /เปอร์เซ็นต์|ได้รับแล้ว/,
      prepare: [{ userId: officerId, input: { type: "postback", data: postbackData(ACTIONS.report, { id: activityId }) } }],
      samples: pairs(() => status),
    },
  ];
}

/** Tells the delay proxy (a child process with an IPC channel) its round-trip time, once in force. */
function setRtt(proxy: Started, rttMs: number): Promise<void> {
  return new Promise((resolve) => {
    proxy.child.once("message", () => resolve());
    proxy.child.send({ rttMs });
  });
}

/**
 * Part 2: reply latency by kind, Firestore behind the delay proxy, the delay alternating between
 * 0 and DISTANCE_MS event by event on the same bot process (see reply-latency.ts).
 */
async function distance(rig: Rig, activityId: string, officerId: string): Promise<{ rows: BenchRow[]; rtts: Record<string, number> }> {
  const rows: BenchRow[] = [];
  const rtts: Record<string, number> = {};
  const proxy = await startProcess("delay proxy", ["--import", "tsx", join(ROOT, "bench", "delay-proxy.ts"), "0", rig.firestore.host, "0"], {
    logFd: rig.ctx.logFd,
    readyLine: "listening",
    ipc: true,
  });
  try {
    const proxyHost = `127.0.0.1:${proxy.ready.split(" ")[1]}`;
    for (const [b, bot] of [MINIMAL, FULL].entries()) {
      const started = await startBot(rig, bot, proxyHost);
      try {
        const kinds = scenarios(b, activityId, officerId);
        // Connections, caches and the FAQ version settle before anything is timed (another citizen).
        const warm = scenarios(10 + b, activityId, officerId)[0]!;
        await prepare(rig.standin, warm);
        for (const rtt of [DISTANCE_MS, 0]) {
          await setRtt(proxy, rtt);
          for (const [sample] of warm.samples.slice(0, 3)) await timeOne(rig.standin, sample, /./, rig.ctx.log);
        }
        for (const scenario of kinds) {
          await setRtt(proxy, 0);
          await prepare(rig.standin, scenario);
          const at: Record<number, Timed[]> = { 0: [], [DISTANCE_MS]: [] };
          const differences: number[] = [];
          let errors = 0;
          for (const [i, pair] of scenario.samples.entries()) {
            // Which delay goes first alternates, so a drift in the machine's load favours neither.
            const order = i % 2 === 0 ? [0, DISTANCE_MS] : [DISTANCE_MS, 0];
            const timed: Record<number, Timed | undefined> = {};
            for (const [j, rtt] of order.entries()) {
              await setRtt(proxy, rtt);
              timed[rtt] = await timeOne(rig.standin, pair[j]!, bot === FULL ? scenario.expect : /./, rig.ctx.log);
            }
            const [near, far] = [timed[0], timed[DISTANCE_MS]];
            if (!near || !far) {
              errors++;
              continue;
            }
            at[0]!.push(near);
            at[DISTANCE_MS]!.push(far);
            differences.push(far.replyMs - near.replyMs);
          }
          const trips = median(differences) / DISTANCE_MS;
          for (const rtt of [0, DISTANCE_MS])
            rows.push({
              label: `${bot.name}: ${scenario.kind}`,
              "Firestore RTT ms": rtt,
              "reply median ms": round(median(at[rtt]!.map((t) => t.replyMs)), 1),
              "reply p90 ms": round(quantile(at[rtt]!.map((t) => t.replyMs), 0.9), 1),
              "webhook median ms": round(median(at[rtt]!.map((t) => t.webhookMs)), 1),
              ...(rtt === 0 ? {} : { "round trips": round(trips, 1) }),
              pairs: differences.length,
              errors,
              load: load1(),
            });
          if (bot === FULL) rtts[`${scenario.kind}_rtts`] = Math.round(trips);
        }
      } finally {
        await started.stop();
      }
    }
  } finally {
    await proxy.stop();
  }
  return { rows, rtts };
}

/**
 * Part 3: cold starts, alternating bots so that the machine's load falls on each alike. Besides
 * the wall time, the CPU time the bot used until then: on loopback a start waits on little but the
 * CPU, so on a quiet machine the two agree, and on a busy one the CPU time is the steadier figure.
 * The variants: Node 22's compile cache (NODE_COMPILE_CACHE, warmed by one unmeasured start), and
 * the full bot bundled by esbuild (bundle.ts).
 */
async function coldStarts(rig: Rig): Promise<{ rows: BenchRow[]; ratio: number; notes: string[] }> {
  const bundle = await bundleFullBot();
  bundlePath = bundle.path;
  const bots = [ECHO, MINIMAL, FULL, MINIMAL_CACHED, FULL_CACHED, FULL_BUNDLED];
  const wall = new Map<Bot, number[]>(bots.map((b) => [b, []]));
  const cpu = new Map<Bot, number[]>(bots.map((b) => [b, []]));
  rmSync(compileCache, { recursive: true, force: true });
  for (const warm of [MINIMAL_CACHED, FULL_CACHED]) await (await startBot(rig, warm)).stop();
  try {
    for (let i = 0; i < COLD_STARTS; i++)
      for (const bot of bots) {
        const started = await startBot(rig, bot);
        wall.get(bot)!.push(started.coldStartMs);
        cpu.get(bot)!.push(started.coldStartCpuMs);
        await started.stop();
      }
  } finally {
    rmSync(compileCache, { recursive: true, force: true });
  }
  const floor = (m: Map<Bot, number[]>) => median(m.get(MINIMAL)!);
  const rows = bots.map((bot) => ({
    label: bot.name,
    "wall median ms": Math.round(median(wall.get(bot)!)),
    "wall / minimal": round(median(wall.get(bot)!) / floor(wall)),
    "CPU median ms": Math.round(median(cpu.get(bot)!)),
    "CPU / minimal": round(median(cpu.get(bot)!) / floor(cpu)),
    "wall, each start": wall.get(bot)!.map((t) => Math.round(t)).join(" "),
    load: load1(),
  }));
  return {
    rows,
    ratio: round(median(wall.get(FULL)!) / floor(wall)),
    notes: [
      `cold_ratio is full bot / minimal bot, wall time, both as deployed (no cache, no bundle). Bundling took ${Math.round(bundle.buildMs)} ms.`,
      "The compile cache is warm here (one unmeasured start wrote it); a new Cloud Functions instance starts with an empty /tmp, so it helps there only if the deploy ships a cache made by the same Node version.",
    ],
  };
}

export const webhookBench: BenchModule = {
  name: "webhook: full bot against the minimal correct bot (and an echo bot)",
  async run(ctx) {
    let webhookUrl = "";
    const standin = createLineStandin({ channelSecret: SECRET, channelAccessToken: TOKEN, webhookUrl: () => webhookUrl });
    const linePort = await freePort();
    const server: Server = await new Promise((resolve) => {
      const s = express().use(standin.router).listen(linePort, "127.0.0.1", () => resolve(s));
    });
    const firestorePort = await freePort();
    const firestore = await startProcess("firestore", [join(ROOT, "bench", "firestore-server.js")], {
      env: { PORT: String(firestorePort) },
      logFd: ctx.logFd,
      readyLine: "listening",
    });
    const rig: Rig = { ctx, standin, setWebhook: (u) => (webhookUrl = u), linePort, firestore: { ...firestore, host: `127.0.0.1:${firestorePort}` } };
    try {
      const officerId = userId(3000);
      const activityId = await seedOfficer(rig, officerId);
      const echo = await load(rig, ECHO);
      const minimal = await load(rig, MINIMAL);
      const full = await load(rig, FULL);
      const fullQuestions = await load(rig, FULL, PLAN_QUESTIONS, "full bot, plan questions only");
      const ratio = (key: string) => round(Number(full[key]) / Number(minimal[key]));
      const cpuRatio = ratio("bot CPU ms/req");
      const { rows: distanceRows, rtts } = await distance(rig, activityId, officerId);
      const cold = await coldStarts(rig);
      return {
        tables: [
          {
            title: `1. load: ${REQUESTS} text messages, ${CONCURRENCY} in flight, Firestore on loopback`,
            rows: [
              echo,
              minimal,
              full,
              fullQuestions,
              { label: "full / minimal", "req/s": ratio("req/s"), "median ms": ratio("median ms"), "p99 ms": ratio("p99 ms"), "RSS MB": ratio("RSS MB"), "bot CPU ms/req": cpuRatio },
            ],
            notes: [
              "Closed loop (20 in flight): median and p99 are queueing and follow throughput, which the CPU of all processes on these 2 cores bounds.",
              "bot CPU ms/req is each bot's own process: the figure the machine's other load disturbs least.",
              "The mix is 8 texts in turn: plan questions, a greeting and a request that opens a ticket (refused once the sender's hourly limit is reached).",
              "Firestore calls/req: RPCs the bot made (bench/rpc-counter.js); each costs the client CPU whatever it carries (gRPC, protobuf, promises).",
            ],
          },
          {
            title: `2. distance: reply latency by kind of event, one at a time, Firestore behind a proxy adding 0 or ${DISTANCE_MS} ms per round trip`,
            rows: distanceRows,
            notes: [
              "reply = webhook posted → reply received by LINE; webhook = → webhook answered (completion written, after the reply).",
              `round trips = (median at ${DISTANCE_MS} ms − median at 0 ms) / ${DISTANCE_MS}: Firestore calls made one after another before the reply.`,
            ],
          },
          { title: `3. cold start: process start → first answered webhook (${COLD_STARTS} starts each, alternating)`, rows: cold.rows, notes: cold.notes },
        ],
        figures: { cpu_ratio: cpuRatio, ...rtts, cold_ratio: cold.ratio },
      };
    } finally {
      await firestore.stop();
      await new Promise((r) => server.close(r));
    }
  },
};
