/**
 * A new instance starts loading the plans and the FAQ entries and building the answer index on its
 * first request, beside that request rather than in front of it, once, and only when asked to
 * (production); a failure there is logged and costs no request its answer.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createApp } from "../../src/app";
import { systemClock } from "../../src/clock";
import { onFirstRequest } from "../../src/http/first-request";
import { randomIds } from "../../src/ids";
import { createLineApiClient } from "../../src/line/line-api-client";
import { createMemoryLogger } from "../../src/logs";
import type { PlansToAnswerFrom } from "../../src/plan/plan-answerer";
import type { Answerer } from "../../src/qa/answerer";
import { planQuestions } from "../support/bot-harness";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer(app).listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/** Lets pending I/O callbacks and promise continuations run, without waiting on the clock. */
const turn = () => new Promise((r) => setImmediate(r));

/** Turns the event loop until `done()`, at most a bounded number of turns (no clock involved). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200_000 && !done(); i++) await turn();
}

describe("onFirstRequest", () => {
  it("starts its work once, on the first request, and does not make that request wait for it", async () => {
    const logger = createMemoryLogger();
    let starts = 0;
    let finish!: () => void;
    const work = new Promise<void>((r) => (finish = r));
    const app = express()
      .use(onFirstRequest(() => (starts++, work), logger))
      .get("/", (_req, res) => res.send("ok"));
    const { server, url } = await listen(app);
    try {
      expect(starts).toBe(0);
      // Answered while the work is still pending (it never finishes before `finish`).
      expect(await (await fetch(url)).text()).toBe("ok");
      expect(await (await fetch(url)).text()).toBe("ok");
      expect(starts).toBe(1);
      finish();
    } finally {
      server.close();
    }
  });

  it("logs a failure of the work and still answers", async () => {
    const logger = createMemoryLogger();
    const app = express()
      .use(onFirstRequest(() => Promise.reject(new Error("firestore unreachable")), logger))
      .get("/", (_req, res) => res.send("ok"));
    const { server, url } = await listen(app);
    try {
      expect((await fetch(url)).status).toBe(200);
      await until(() => logger.records.some((r) => r.event === "app.first_request_work_failed"));
      expect(logger.records.find((r) => r.event === "app.first_request_work_failed")?.severity).toBe("WARN");
    } finally {
      server.close();
    }
  });
});

describe("createApp with prepareOnFirstRequest", () => {
  let fs: TestFirestore;
  beforeEach(() => (fs = openTestFirestore()));
  afterEach(() => fs.close());

  /** An app on the test Firestore whose answerer builds are counted. */
  function app(prepareOnFirstRequest: boolean) {
    const builds: PlansToAnswerFrom[] = [];
    const logger = createMemoryLogger();
    const { app, services } = createApp({
      channelSecret: "s",
      adminUserIds: [],
      db: fs.db,
      line: createLineApiClient({ channelAccessToken: "t", baseURL: "http://127.0.0.1:9" }),
      questions: (plans): Answerer => (builds.push(plans), planQuestions(plans)),
      logger,
      clock: systemClock,
      ids: randomIds,
      prepareOnFirstRequest,
    });
    return { app, services, builds, logger };
  }

  it("loads the plans and the FAQ entries and builds the answerer after the first request, once", async () => {
    const bot = app(true);
    const { server, url } = await listen(bot.app);
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      await until(() => bot.builds.length > 0);
      expect(bot.builds).toHaveLength(1);
      expect(bot.logger.records.map((r) => r.event)).toEqual(expect.arrayContaining(["plans.loaded", "faq.loaded"]));
      expect(bot.builds[0]?.plan.id).toBe(bot.services.plans.latest.plan.id);
      // The answer uses what was built; the second request starts nothing more.
      expect(bot.services.questions.answer("ประเด็นที่ 3 ใครรับผิดชอบ").answered).toBe(true);
      await fetch(`${url}/healthz`);
      expect(bot.builds).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it("without it, a request builds nothing", async () => {
    const bot = app(false);
    const { server, url } = await listen(bot.app);
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      for (let i = 0; i < 20; i++) await turn();
      expect(bot.builds).toHaveLength(0);
      expect(bot.logger.records.map((r) => r.event)).not.toContain("plans.loaded");
    } finally {
      server.close();
    }
  });
});
