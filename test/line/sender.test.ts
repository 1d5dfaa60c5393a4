/**
 * The sender against the LINE stand-in, through the real SDK client: retry keys reused on retry,
 * backoff on 429/5xx and timeouts, 409 counted as sent, multicast chunks, reply-token fallback,
 * and failures logged with LINE's request ID.
 */
import type { LineStandin } from "line-standin";
import { createLineApiClient } from "../../src/line/line-api-client";
import { createMemoryLogger } from "../../src/logs";
import { randomIds } from "../../src/ids";
import { createSender, type Sender } from "../../src/line/sender";
import { STANDIN_TOKEN, startStandinServer } from "../support/standin-server";

const USER = "U" + "1".repeat(32);
const hello = [{ type: "text" as const, text: "สวัสดีค่ะ" }];

describe("sender", () => {
  let standin: LineStandin;
  let baseUrl: string;
  let closeStandin: () => Promise<void>;
  let sender: Sender;
  let logger: ReturnType<typeof createMemoryLogger>;
  let sleeps: number[];

  beforeAll(async () => {
    ({ standin, baseUrl, close: closeStandin } = await startStandinServer());
  });
  afterAll(() => closeStandin());

  beforeEach(() => {
    standin.state.reset();
    logger = createMemoryLogger();
    sleeps = [];
    sender = createSender({
      client: createLineApiClient({ channelAccessToken: STANDIN_TOKEN, baseURL: baseUrl }),
      logger,
      ids: randomIds,
      baseDelayMs: 5,
      timeoutMs: 300,
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
    standin.state.failNext(1, { delayMs: 600, path: /push/ });
    const result = await sender.push(USER, hello);
    expect(result.status).toBe("sent");
    await new Promise((r) => setTimeout(r, 500));
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
    const fallback = await sender.reply(sent.replyToken!, hello, { fallbackPushTo: USER });
    expect(fallback.status).toBe("sent");
    expect(standin.state.calls.map((c) => c.endpoint)).toEqual(["reply", "push"]);
  });

  it("sends more than five messages as a reply followed by a push, losing none", async () => {
    const sent = await standin.sendAsUser(USER, { type: "text", text: "hi" });
    const seven = Array.from({ length: 7 }, (_, i) => ({ type: "text" as const, text: `ข้อความ ${i + 1}` }));
    expect((await sender.reply(sent.replyToken!, seven, { fallbackPushTo: USER })).status).toBe("sent");
    expect(standin.state.calls.map((c) => [c.endpoint, c.messages.length])).toEqual([["reply", 5], ["push", 2]]);
  });
});
