/**
 * The sender against the LINE stand-in, through the real SDK client: retry keys reused on retry,
 * backoff on 429/5xx and timeouts, 409 counted as sent, multicast chunks, reply-token fallback,
 * and failures logged with LINE's request ID.
 */
import type { LineStandin } from "line-standin";
import { createLineApiClient, type LineApiClient } from "../../src/line/line-api-client";
import { createMemoryLogger } from "../../src/logs";
import { randomIds } from "../../src/ids";
import { createSender, type Sender } from "../../src/line/sender";
import { createManualDeadlines, type ManualDeadlines } from "../support/manual-deadlines";
import { STANDIN_TOKEN, startStandinServer } from "../support/standin-server";

const USER = "U" + "1".repeat(32);
const hello = [{ type: "text" as const, text: "สวัสดีค่ะ" }];
/** A retry key derived from a webhook event, as the event processor passes it. */
const EVENT_KEY = "0f0e0d0c-0b0a-5908-8706-050403020100";

describe("sender", () => {
  let standin: LineStandin;
  let baseUrl: string;
  let closeStandin: () => Promise<void>;
  let sender: Sender;
  let logger: ReturnType<typeof createMemoryLogger>;
  let sleeps: number[];
  let deadlines: ManualDeadlines;

  beforeAll(async () => {
    ({ standin, baseUrl, close: closeStandin } = await startStandinServer());
  });
  afterAll(() => closeStandin());

  beforeEach(() => {
    standin.state.reset();
    logger = createMemoryLogger();
    sleeps = [];
    deadlines = createManualDeadlines();
    sender = createSender({
      client: createLineApiClient({ channelAccessToken: STANDIN_TOKEN, baseURL: baseUrl }),
      logger,
      ids: randomIds,
      baseDelayMs: 5,
      timeoutMs: 300,
      deadlines,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
  });

  const pushes = () => standin.state.calls.filter((c) => c.endpoint === "push");

  it("pushes with a UUID retry key", async () => {
    const result = await sender.push(USER, hello);
    expect(result.status).toBe("sent");
    expect(pushes()).toHaveLength(1);
    expect(pushes()[0]?.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(pushes()[0]?.retryKey).toBe(result.retryKey);
  });

  it.each([500, 503, 429])("retries after %i with the same retry key and delivers once", async (status) => {
    standin.state.failNext(2, { status, path: /push/ });
    const result = await sender.push(USER, hello);
    expect(result.status).toBe("sent");
    expect(pushes()).toHaveLength(1);
    expect(sleeps).toHaveLength(2);
    // Exponential: the second wait is at least twice the base delay (5 ms), the first at least once.
    expect(sleeps[0]).toBeGreaterThanOrEqual(5);
    expect(sleeps[1]).toBeGreaterThanOrEqual(10);
    const retries = logger.records.filter((r) => r.event === "line.send.retrying");
    expect(retries.map((r) => r.retryKey)).toEqual([result.retryKey, result.retryKey]);
  });

  it("counts LINE's 409 for a key it already accepted as sent: the answer was lost, not the message", async () => {
    standin.state.failNext(1, { status: 500, afterAccept: true, path: /push/ });
    const result = await sender.push(USER, hello);
    expect(result.status).toBe("sent");
    expect(pushes()).toHaveLength(1);
    expect(logger.records.some((r) => r.event === "line.send.already_accepted")).toBe(true);
  });

  it("retries a call that times out, and the retry key keeps it from arriving twice", async () => {
    const client = createLineApiClient({ channelAccessToken: STANDIN_TOKEN, baseURL: baseUrl });
    const calls: Array<Promise<unknown>> = [];
    const watched: LineApiClient = Object.assign(Object.create(client) as typeof client, {
      pushMessage: (...args: Parameters<typeof client.pushMessage>) => {
        const call = client.pushMessage(...args);
        calls.push(call.catch((error: unknown) => error));
        return call;
      },
    });
    const timing = createSender({ client: watched, logger, ids: randomIds, baseDelayMs: 5, timeoutMs: 300, deadlines, sleep: async () => undefined });
    let answerLate!: () => void;
    standin.state.failNext(1, { until: new Promise<void>((resolve) => (answerLate = resolve)), path: /push/ });

    const pushing = timing.push(USER, hello);
    await deadlines.started();
    expect(deadlines.expire(300)).toBe(1); // LINE has not answered the first call in time
    const result = await pushing;
    expect(result.status).toBe("sent");
    // LINE now answers the first call: the retry's acceptance of the same key makes it a 409.
    answerLate();
    expect(await calls[0]).toMatchObject({ status: 409 });
    expect(calls).toHaveLength(2);
    expect(pushes()).toHaveLength(1);
  });

  it("gives up after the last attempt and logs the status and LINE's request id", async () => {
    standin.state.failNext(10, { status: 500, path: /push/ });
    const result = await sender.push(USER, hello);
    expect(result.status).toBe("failed");
    expect(result.error?.status).toBe(500);
    const failed = logger.records.find((r) => r.event === "line.send.failed");
    expect(failed).toMatchObject({ status: 500, endpoint: "push" });
    expect(failed?.lineRequestId).toMatch(/[0-9a-f-]{36}/);
    standin.state.reset();
  });

  it("does not retry a 400: the request itself is wrong", async () => {
    const result = await sender.push(USER, [{ type: "text", text: "" }]);
    expect(result.status).toBe("failed");
    expect(result.error?.status).toBe(400);
    expect(sleeps).toHaveLength(0);
  });

  it("multicasts in chunks of at most 500, each with its own retry key", async () => {
    const to = Array.from({ length: 1201 }, (_, i) => "U" + i.toString(16).padStart(32, "0"));
    const results = await sender.multicast(to, hello);
    expect(results.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
    const calls = standin.state.calls.filter((c) => c.endpoint === "multicast");
    expect(calls.map((c) => c.to.length)).toEqual([500, 500, 201]);
    expect(new Set(calls.map((c) => c.retryKey)).size).toBe(3);
    expect(calls.flatMap((c) => c.to).sort()).toEqual([...to].sort());
  });

  it("replies with a valid token, and falls back to push when the token no longer works", async () => {
    const sent = await standin.sendAsUser(USER, { type: "text", text: "hi" });
    expect(sent.replyToken).toBeDefined();
    expect((await sender.reply(sent.replyToken!, hello)).status).toBe("sent");
    const again = await sender.reply(sent.replyToken!, hello);
    expect(again.status).toBe("failed");
    const fallback = await sender.reply(sent.replyToken!, hello, { chat: { to: USER, retryKey: EVENT_KEY }, pushIfTokenRefused: true });
    expect(fallback.status).toBe("sent");
    expect(standin.state.calls.map((c) => [c.endpoint, c.retryKey])).toEqual([["reply", undefined], ["push", EVENT_KEY]]);
    // The same fallback again (a further redelivery of the event) is refused by LINE as a duplicate.
    expect((await sender.reply(sent.replyToken!, hello, { chat: { to: USER, retryKey: EVENT_KEY }, pushIfTokenRefused: true })).status).toBe("sent");
    expect(pushes()).toHaveLength(1);
  });

  it("sends more than five messages as a reply followed by a push, losing none", async () => {
    const sent = await standin.sendAsUser(USER, { type: "text", text: "hi" });
    const seven = Array.from({ length: 7 }, (_, i) => ({ type: "text" as const, text: `ข้อความ ${i + 1}` }));
    expect((await sender.reply(sent.replyToken!, seven, { chat: { to: USER, retryKey: EVENT_KEY } })).status).toBe("sent");
    expect(standin.state.calls.map((c) => [c.endpoint, c.messages.length])).toEqual([["reply", 5], ["push", 2]]);
  });

  describe("a reply whose first attempt got no definite answer", () => {
    const reply = async (fault: Parameters<LineStandin["state"]["failNext"]>[1], count = 1) => {
      const { replyToken } = await standin.sendAsUser(USER, { type: "text", text: "hi" });
      standin.state.failNext(count, { ...fault, path: "/v2/bot/message/reply" });
      return sender.reply(replyToken!, hello, { chat: { to: USER, retryKey: EVENT_KEY }, pushIfTokenRefused: true });
    };

    it("counts LINE's later 'Invalid reply token' as delivered after a 5xx, and pushes nothing", async () => {
      const result = await reply({ status: 500, afterAccept: true });
      expect(result).toMatchObject({ status: "sent", uncertain: true });
      expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["reply"]);
      expect(standin.state.botMessages(USER)).toHaveLength(1);
      expect(logger.records.some((r) => r.event === "line.reply.presumed_delivered")).toBe(true);
    });

    it("counts LINE's later 'Invalid reply token' as delivered after a timeout, and pushes nothing", async () => {
      let answer!: () => void;
      const replying = reply({ afterAccept: true, until: new Promise<void>((resolve) => (answer = resolve)) });
      await deadlines.started();
      deadlines.expire(); // LINE took the reply but has not answered in time
      expect(await replying).toMatchObject({ status: "sent", uncertain: true });
      answer();
      expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["reply"]);
      expect(standin.state.botMessages(USER)).toHaveLength(1);
    });

    it("reports a reply that got 5xx to the last attempt as failed and uncertain, and pushes nothing", async () => {
      const result = await reply({ status: 500 }, 4);
      expect(result).toMatchObject({ status: "failed", uncertain: true });
      expect(standin.state.calls).toEqual([]);
    });
  });

  it("pushes more than five messages in batches whose retry keys follow from the given key", async () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ type: "text" as const, text: `ข้อความ ${i + 1}` }));
    expect((await sender.push(USER, seven, { retryKey: EVENT_KEY })).status).toBe("sent");
    // Pushed again with the same key (a retry after a crash): LINE refuses both batches as duplicates.
    expect((await sender.push(USER, seven, { retryKey: EVENT_KEY })).status).toBe("sent");
    expect(pushes().map((c) => c.messages.length)).toEqual([5, 2]);
    expect(pushes()[0]?.retryKey).toBe(EVENT_KEY);
  });
});
