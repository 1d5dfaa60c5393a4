/**
 * The whole bot over real HTTP for tests: the app from `createApp` on a loopback port, the LINE
 * stand-in on another (the bot reaches it through the real SDK client and `baseURL`), and the
 * embedded Firestore in a project of the test file's own. Nothing here is a fake of
 * firebase-admin or of the SDK.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createApp, type AppDeps, type BotApp } from "../../src/app";
import type { QuestionAnswerer } from "../../src/bot/route-event";
import { systemClock, type Clock } from "../../src/clock";
import { randomIds } from "../../src/ids";
import { createLineApiClient } from "../../src/line/line-api-client";
import { createContentFetcher } from "../../src/line/message-content";
import { createMemoryLogger } from "../../src/logs";
import { createQuestionAnswerer } from "../../src/qa/question-answerer";
import { loadDefaultPlan, type Answerer } from "../../src/qa/answerer";
import type { PlansToAnswerFrom } from "../../src/plan/plan-answerer";
import { createLineStandin, signWebhookBody, type LineStandin } from "line-standin";
import { openTestFirestore, type TestFirestore } from "./firestore";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalEvidenceStore } from "../../src/progress/evidence-store";
import { createRichMenuLinker } from "../../src/rich-menus/linker";
import { createManualDeadlines, type ManualDeadlines } from "./manual-deadlines";

export const TEST_SECRET = "test-channel-secret";
export const TEST_TOKEN = "test-channel-access-token";

export const CITIZEN = "U" + "c".repeat(32);
export const OFFICER = "U" + "0".repeat(31) + "f";
export const ADMIN = "U" + "a".repeat(32);

let sharedQuestions: ReturnType<typeof createQuestionAnswerer> | undefined;
/** The real answerer over the shipped plan, built once per test file (it is read-only). */
export function realQuestions(): ReturnType<typeof createQuestionAnswerer> {
  sharedQuestions ??= createQuestionAnswerer();
  return sharedQuestions;
}

const planAnswerers = new Map<string, Answerer>();
/**
 * The real answerer over the plans the bot holds, as the app builds it; the shipped plan's alone in
 * its own year is the shared one, so most files build one index.
 */
export function planQuestions(plans: PlansToAnswerFrom): Answerer {
  const shipped = loadDefaultPlan();
  if (!plans.others.length && plans.thisYear === shipped.fiscalYear && JSON.stringify(plans.plan) === JSON.stringify(shipped)) return realQuestions();
  const key = JSON.stringify(plans);
  let answerer = planAnswerers.get(key);
  if (!answerer) {
    answerer = createQuestionAnswerer(plans);
    planAnswerers.set(key, answerer);
  }
  return answerer;
}

export interface BotHarness {
  standin: LineStandin;
  fs: TestFirestore;
  logger: ReturnType<typeof createMemoryLogger>;
  webhookUrl: string;
  lineBaseUrl: string;
  /** The app's services (outbox runner, stores…), for running jobs as Cloud Functions would. */
  services: BotApp["services"];
  /**
   * Every deadline the app starts (webhook, LINE calls, pages). None passes unless the test
   * expires it, so a slow machine cannot make a request time out.
   */
  deadlines: ManualDeadlines;
  /** POSTs a raw body to the webhook, signed correctly unless `signature` is given. */
  post(body: string | Buffer, opts?: { signature?: string | null }): Promise<{ status: number; body: string }>;
  /** The messages the bot sent to a chat, in order. */
  botMessages(chatId: string): Array<{ type: string; text?: string; altText?: string; quickReply?: unknown }>;
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port. The backlog is raised from Node's 511 so that a burst of a
 * thousand simultaneous connections (test/load) queues instead of being reset.
 */
function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer(app).listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

export async function startBotHarness(
  opts: { adminUserIds?: string[]; clock?: Clock; questions?: QuestionAnswerer; deps?: Partial<AppDeps> } = {},
): Promise<BotHarness> {
  const fs = openTestFirestore();
  const logger = createMemoryLogger();
  let webhookUrl = "";
  const standin = createLineStandin({
    channelSecret: TEST_SECRET,
    channelAccessToken: TEST_TOKEN,
    webhookUrl: () => webhookUrl,
    now: () => (opts.clock ?? systemClock).now(),
    profiles: {
      [CITIZEN]: { displayName: "สมชาย" },
      [OFFICER]: { displayName: "สมศรี" },
      [ADMIN]: { displayName: "ปลัด" },
    },
  });
  const line = await listen(express().use(standin.router));
  const deadlines = createManualDeadlines();
  const { app, services } = createApp({
    channelSecret: TEST_SECRET,
    adminUserIds: opts.adminUserIds ?? [ADMIN],
    db: fs.db,
    line: createLineApiClient({ channelAccessToken: TEST_TOKEN, baseURL: line.url }),
    fetchContent: createContentFetcher({ channelAccessToken: TEST_TOKEN, baseURL: line.url }),
    questions: opts.questions ?? planQuestions,
    logger,
    clock: opts.clock ?? systemClock,
    ids: randomIds,
    sending: { baseDelayMs: 1 },
    deadlines,
    evidence: createLocalEvidenceStore(join(tmpdir(), `ita-evidence-${fs.projectId}`)),
    richMenus: createRichMenuLinker(createLineApiClient({ channelAccessToken: TEST_TOKEN, baseURL: line.url }), logger),
    publicBaseUrl: "http://reports.test",
    ...opts.deps,
  });
  // What a deployment does once in its life (hold its first plan) and each instance once (build the
  // answerer) happens here, as building the answerer always did, not inside a test's first event.
  await services.plans.current();
  services.questions.answer("");
  const bot = await listen(app);
  webhookUrl = `${bot.url}/webhook`;

  return {
    standin,
    fs,
    logger,
    webhookUrl,
    lineBaseUrl: line.url,
    services,
    deadlines,
    async post(raw, o = {}) {
      const body = raw.toString();
      const headers: Record<string, string> = { "content-type": "application/json" };
      const signature = o.signature === undefined ? signWebhookBody(TEST_SECRET, body) : o.signature;
      if (signature !== null) headers["x-line-signature"] = signature;
      const res = await fetch(webhookUrl, { method: "POST", headers, body });
      return { status: res.status, body: await res.text() };
    },
    botMessages(chatId) {
      return standin.state.botMessages(chatId) as ReturnType<BotHarness["botMessages"]>;
    },
    async close() {
      await new Promise((r) => bot.server.close(r));
      await new Promise((r) => line.server.close(r));
      await fs.close();
    },
  };
}

/** Sends `input` as `user` (the webhook must answer 200) and returns what the bot sent that chat because of it. */
export async function exchange<M = ReturnType<BotHarness["botMessages"]>[number]>(
  h: BotHarness,
  user: string,
  input: Parameters<LineStandin["sendAsUser"]>[1],
): Promise<M[]> {
  const before = h.botMessages(user).length;
  const res = await h.standin.sendAsUser(user, input);
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  return h.botMessages(user).slice(before) as M[];
}

/** A LINE webhook body with one event, shaped exactly as LINE sends it. */
export function webhookBody(events: unknown[]): string {
  return JSON.stringify({ destination: "U" + "d".repeat(32), events });
}

let seq = 0;
/** A LINE message event from a user; `message` gets a fresh ID unless it has one. */
export function messageEvent(userId: string, message: object, extra: object = {}): object {
  seq++;
  return {
    type: "message",
    mode: "active",
    timestamp: Date.now(),
    source: { type: "user", userId },
    webhookEventId: `01TESTEVENT${String(seq).padStart(15, "0")}`,
    deliveryContext: { isRedelivery: false },
    replyToken: "x".repeat(32),
    message: { id: String(100000 + seq), ...message },
    ...extra,
  };
}

/** A LINE text-message event from a user. */
export function textEvent(userId: string, text: string, extra: object = {}): object {
  return messageEvent(userId, { type: "text", quoteToken: "q", text }, extra);
}
