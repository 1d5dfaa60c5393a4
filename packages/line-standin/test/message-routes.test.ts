import { HTTPFetchError, type messagingApi } from "@line/bot-sdk";
import {
  callApi,
  lastReplyToken,
  OTHER_USER_ID,
  startHarness,
  USER_ID,
  type Harness,
} from "./standin-harness";

const RETRY_KEY = "123e4567-e89b-42d3-a456-426614174000";
const hello: messagingApi.Message[] = [{ type: "text", text: "สวัสดีค่ะ" }];

async function lineError(promise: Promise<unknown>): Promise<HTTPFetchError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HTTPFetchError)) throw new Error(`expected an HTTPFetchError, got ${String(error)}`);
  return error;
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("reply", () => {
  it("accepts a fresh reply token once and records the reply in the user's chat", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ถามหน่อย" });
    const response = await h.client.replyMessage({ replyToken: lastReplyToken(h.received), messages: hello });

    expect(response.sentMessages).toHaveLength(1);
    expect(response.sentMessages[0]?.id).toMatch(/^\d{18}$/);
    expect(response.sentMessages[0]?.quoteToken).toEqual(expect.any(String));
    expect(h.standin.state.transcript(USER_ID).map((entry) => entry.from)).toEqual(["user", "bot"]);
    expect(h.standin.state.botMessages(USER_ID)).toEqual(hello);
    expect(h.standin.state.calls).toMatchObject([{ endpoint: "reply", to: [USER_ID], messages: hello }]);
  });

  it("lets the bot reply while it is still answering the webhook, as a real bot does", async () => {
    h.onWebhook(async ({ body }, _req, res) => {
      const token = body.events[0]?.["replyToken"] as string;
      await h.client.replyMessage({ replyToken: token, messages: hello });
      res.status(200).end();
    });
    const result = await h.standin.sendAsUser(USER_ID, { type: "text", text: "สวัสดี" });
    expect(result.status).toBe(200);
    expect(h.standin.state.botMessages(USER_ID)).toEqual(hello);
  });

  it("refuses a reply token used before", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ถามหน่อย" });
    const replyToken = lastReplyToken(h.received);
    await h.client.replyMessage({ replyToken, messages: hello });

    const error = await lineError(h.client.replyMessage({ replyToken, messages: hello }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({ message: "Invalid reply token" });
    expect(h.standin.state.botMessages(USER_ID)).toHaveLength(1);
  });

  it("refuses a reply token after one minute but not before", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ก" });
    const early = lastReplyToken(h.received);
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ข" });
    const late = lastReplyToken(h.received);
    h.advance(59_000);
    await expect(h.client.replyMessage({ replyToken: early, messages: hello })).resolves.toBeDefined();
    h.advance(2_000);
    const error = await lineError(h.client.replyMessage({ replyToken: late, messages: hello }));
    expect(JSON.parse(error.body)).toEqual({ message: "Invalid reply token" });
  });

  it("does not burn the token when the messages are invalid", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ก" });
    const replyToken = lastReplyToken(h.received);
    await lineError(h.client.replyMessage({ replyToken, messages: [{ type: "text", text: "" }] }));
    await expect(h.client.replyMessage({ replyToken, messages: hello })).resolves.toBeDefined();
  });

  it("refuses a retry key on reply", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ก" });
    const { status } = await callApi(h.origin, "/v2/bot/message/reply", {
      body: JSON.stringify({ replyToken: lastReplyToken(h.received), messages: hello }),
      headers: { "x-line-retry-key": RETRY_KEY },
    });
    expect(status).toBe(400);
  });
});

describe("authentication and plumbing", () => {
  it("answers 401 with LINE's message to a wrong bearer token, with a request ID", async () => {
    const response = await callApi(h.origin, "/v2/bot/message/push", {
      body: JSON.stringify({ to: USER_ID, messages: hello }),
      token: "wrong",
    });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({
      message: "Authentication failed. Confirm that the access token in the authorization header is valid.",
    });
    expect(response.headers.get("x-line-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers 401 through the SDK too", async () => {
    const { messagingApi } = await import("@line/bot-sdk");
    const client = new messagingApi.MessagingApiClient({ channelAccessToken: "nope", baseURL: h.origin });
    expect((await lineError(client.pushMessage({ to: USER_ID, messages: hello }))).status).toBe(401);
  });

  it("answers unknown paths with 404 Not found and malformed JSON with 400", async () => {
    const unknown = await callApi(h.origin, "/v2/bot/no-such-thing", { method: "GET" });
    expect(unknown).toMatchObject({ status: 404, json: { message: "Not found" } });
    const malformed = await callApi(h.origin, "/v2/bot/message/push", { body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(h.standin.state.calls).toHaveLength(0);
  });
});

describe("push and retry keys", () => {
  it("answers a repeated retry key with 409 naming the first request, and sends once", async () => {
    const first = await h.client.pushMessageWithHttpInfo({ to: USER_ID, messages: hello }, RETRY_KEY);
    const firstRequestId = first.httpResponse.headers.get("x-line-request-id");
    expect(first.body.sentMessages).toHaveLength(1);

    const error = await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY));
    expect(error.status).toBe(409);
    expect(error.headers.get("x-line-accepted-request-id")).toBe(firstRequestId);
    expect(JSON.parse(error.body)).toMatchObject({ message: "The retry key is already accepted" });
    expect(h.standin.state.calls).toHaveLength(1);
    expect(h.standin.state.calls[0]).toMatchObject({ endpoint: "push", retryKey: RETRY_KEY, requestId: firstRequestId });
  });

  it("forgets a retry key after 24 hours", async () => {
    await h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY);
    h.advance(24 * 60 * 60 * 1000);
    await expect(h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY)).resolves.toBeDefined();
  });

  it("refuses a retry key that is not a UUID", async () => {
    const error = await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }, "retry-1"));
    expect(error.status).toBe(400);
  });

  it("does not remember the key of a request it refused", async () => {
    await lineError(h.client.pushMessage({ to: USER_ID, messages: [] }, RETRY_KEY));
    await expect(h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY)).resolves.toBeDefined();
  });

  it("refuses a push to a user who blocked the bot", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "unfollow" });
    const error = await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({ message: "Failed to send messages" });
  });

  it("refuses a push to something that is not a LINE ID", async () => {
    expect((await lineError(h.client.pushMessage({ to: "สมชาย", messages: hello }))).status).toBe(400);
  });
});

describe("message validation over HTTP", () => {
  it("answers 400 with details for an oversized text", async () => {
    const error = await lineError(h.client.pushMessage({ to: USER_ID, messages: [{ type: "text", text: "ก".repeat(5001) }] }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({
      message: "The request body has 1 error(s)",
      details: [{ message: "Length must be between 0 and 5000", property: "messages[0].text" }],
    });
  });

  it("answers 400 for six messages and for a long quick-reply label", async () => {
    const six = Array.from({ length: 6 }, () => hello[0]!);
    const tooMany = await lineError(h.client.pushMessage({ to: USER_ID, messages: six }));
    expect(JSON.parse(tooMany.body).details).toEqual([{ message: "Size must be between 1 and 5", property: "messages" }]);

    const label = await lineError(
      h.client.pushMessage({
        to: USER_ID,
        messages: [
          {
            type: "text",
            text: "เลือก",
            quickReply: { items: [{ type: "action", action: { type: "message", label: "ก".repeat(21), text: "ก" } }] },
          },
        ],
      }),
    );
    expect(JSON.parse(label.body).details[0].property).toBe("messages[0].quickReply.items[0].action.label");
  });

  it("keeps what it refused (and records no send for it), but not what it was asked to validate", async () => {
    const body = { to: USER_ID, messages: [{ type: "text" as const, text: "" }] };
    await lineError(h.client.pushMessage(body));
    await lineError(h.client.validatePush({ messages: body.messages }));
    expect(h.standin.state.refused).toEqual([
      { requestId: expect.any(String), endpoint: "push", body, problems: [{ message: "May not be empty", property: "messages[0].text" }], at: expect.any(Date) },
    ]);
    expect(h.standin.state.calls).toEqual([]);
    expect(h.standin.state.botMessages(USER_ID)).toEqual([]);
  });

  it("serves the validate endpoints", async () => {
    await expect(h.client.validatePush({ messages: hello })).resolves.toBeDefined();
    const error = await lineError(h.client.validateReply({ messages: [{ type: "text", text: "" }] }));
    expect(JSON.parse(error.body).details).toEqual([{ message: "May not be empty", property: "messages[0].text" }]);
  });
});

describe("multicast, broadcast, narrowcast", () => {
  const users = (n: number): string[] => Array.from({ length: n }, (_, i) => `U${i.toString(16).padStart(32, "0")}`);

  it("accepts 500 recipients and refuses 501", async () => {
    await expect(h.client.multicast({ to: users(500), messages: hello })).resolves.toBeDefined();
    const error = await lineError(h.client.multicast({ to: users(501), messages: hello }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body).details).toEqual([{ message: "Size must be between 1 and 500", property: "to" }]);
    expect(h.standin.state.calls).toHaveLength(1);
  });

  it("skips blocked users in a multicast and reaches only friends in a broadcast", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "follow" });
    await h.standin.sendAsUser(OTHER_USER_ID, { type: "unfollow" });
    await h.client.multicast({ to: [USER_ID, OTHER_USER_ID], messages: hello }, RETRY_KEY);
    await h.client.broadcast({ messages: hello });
    const narrowcast = await h.client.narrowcastWithHttpInfo({ messages: hello });
    expect(narrowcast.httpResponse.status).toBe(202);
    expect(h.standin.state.calls.map((call) => call.to)).toEqual([[USER_ID], [USER_ID], [USER_ID]]);
    expect(h.standin.state.botMessages(OTHER_USER_ID)).toEqual([]);
    expect(await h.client.getMessageQuotaConsumption()).toEqual({ totalUsage: 3 });
  });
});

describe("fault injection", () => {
  it("fails the next matching calls, then behaves again", async () => {
    h.standin.state.failNext(2, { status: 500, path: "/v2/bot/message/push" });
    await expect(h.client.getProfile(USER_ID)).resolves.toBeDefined();
    expect((await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }))).status).toBe(500);
    expect((await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }))).status).toBe(500);
    await expect(h.client.pushMessage({ to: USER_ID, messages: hello })).resolves.toBeDefined();
    expect(h.standin.state.calls).toHaveLength(1);
  });

  it("answers 429 with LINE's rate-limit message", async () => {
    h.standin.state.failNext(1, { status: 429 });
    const error = await lineError(h.client.getProfile(USER_ID));
    expect(error.status).toBe(429);
    expect(JSON.parse(error.body).message).toMatch(/rate limit/);
  });

  it("delays an answer", async () => {
    h.standin.state.failNext(1, { delayMs: 150 });
    const started = Date.now();
    await h.client.getProfile(USER_ID);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("can lose the answer after accepting, so a retry with the same key gets 409", async () => {
    h.standin.state.failNext(1, { status: 500, afterAccept: true });
    expect((await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY))).status).toBe(500);
    expect((await lineError(h.client.pushMessage({ to: USER_ID, messages: hello }, RETRY_KEY))).status).toBe(409);
    expect(h.standin.state.botMessages(USER_ID)).toEqual(hello);
  });
});

describe("loading animation and quota", () => {
  it("accepts 5..60 seconds in steps of 5 and refuses others", async () => {
    const ok = await h.client.showLoadingAnimationWithHttpInfo({ chatId: USER_ID, loadingSeconds: 10 });
    expect(ok.httpResponse.status).toBe(202);
    const error = await lineError(h.client.showLoadingAnimation({ chatId: USER_ID, loadingSeconds: 7 }));
    expect(JSON.parse(error.body).details[0].property).toBe("loadingSeconds");
  });

  it("answers the quota", async () => {
    expect(await h.client.getMessageQuota()).toEqual({ type: "none" });
  });
});
