import { startHarness, USER_ID, type Harness } from "./standin-harness";

interface SseMessage {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

/** Reads a Server-Sent Events stream until `count` messages arrived, then hangs up. */
async function readSse(url: string, count: number, headers: Record<string, string> = {}): Promise<SseMessage[]> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let buffer = "";
  while (messages.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block.split("\n").filter((line) => !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
      );
      if (fields["data"] !== undefined) {
        messages.push({ event: fields["event"] ?? "message", data: JSON.parse(fields["data"]), ...(fields["id"] ? { id: fields["id"] } : {}) });
      }
    }
  }
  controller.abort();
  return messages;
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  const seen = new Set<unknown>();
  h.onWebhook(async ({ body }, _req, res) => {
    const event = body.events[0];
    if (event?.["replyToken"] && !seen.has(event["webhookEventId"])) {
      seen.add(event["webhookEventId"]);
      await h.client.replyMessage({ replyToken: event["replyToken"] as string, messages: [{ type: "text", text: "รับทราบค่ะ" }] });
    }
    res.status(200).end();
  });
});
afterEach(() => h.close());

const send = (body: unknown, userId = USER_ID) =>
  fetch(`${h.origin}/__standin/chats/${userId}/send`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("developer routes", () => {
  it("acts as a user and returns the webhook's answer", async () => {
    const response = await send({ type: "text", text: "สวัสดี" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 200, webhookEventId: expect.any(String) });
    const transcript = (await (await fetch(`${h.origin}/__standin/chats/${USER_ID}`)).json()) as { entries: Array<{ from: string }> };
    expect(transcript.entries.map((entry) => entry.from)).toEqual(["user", "bot"]);
  });

  it("sends images given as base64 and serves them back to the page", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await send({ type: "image", base64: bytes.toString("base64"), contentType: "image/jpeg" });
    const messageId = (h.received[0]?.body.events[0]?.["message"] as { id: string }).id;
    const content = await fetch(`${h.origin}/__standin/content/${messageId}`);
    expect(content.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await content.arrayBuffer())).toEqual(bytes);
  });

  it("refuses invalid input and user IDs with 400", async () => {
    expect((await send({ type: "text", text: "" })).status).toBe(400);
    expect((await send({ type: "dance" })).status).toBe(400);
    expect((await send({ type: "text", text: "ก" }, "Usomchai")).status).toBe(400);
    expect((await send({ type: "join" })).status).toBe(400);
    expect(h.received).toHaveLength(0);
  });

  it("redelivers over HTTP", async () => {
    const { webhookEventId } = (await (await send({ type: "text", text: "ก" })).json()) as { webhookEventId: string };
    const response = await fetch(`${h.origin}/__standin/deliveries/${webhookEventId}/redeliver`, { method: "POST" });
    expect(await response.json()).toMatchObject({ status: 200, webhookEventId });
    expect(h.received[1]?.body.events[0]?.["deliveryContext"]).toEqual({ isRedelivery: true });
  });

  it("streams the transcript so far, then new entries, deliveries and loading as SSE", async () => {
    await send({ type: "text", text: "ก่อนเปิด" });
    const streamed = readSse(`${h.origin}/__standin/chats/${USER_ID}/events`, 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await h.client.showLoadingAnimation({ chatId: USER_ID, loadingSeconds: 5 });
    await send({ type: "text", text: "หลังเปิด" });
    const messages = await streamed;

    expect(messages.map((m) => m.event)).toEqual(["entry", "entry", "loading", "entry", "entry", "delivery"]);
    expect(messages.map((m) => m.id)).toEqual(["1", "2", undefined, "3", "4", undefined]);
    expect(messages[3]?.data).toMatchObject({ chatId: USER_ID, entry: { from: "user", event: { message: { text: "หลังเปิด" } } } });
    expect(messages[4]?.data).toMatchObject({ entry: { from: "bot", message: { text: "รับทราบค่ะ" } } });
    expect(messages[5]?.data).toMatchObject({ delivery: { status: 200, isRedelivery: false } });
  });

  it("resumes a stream after Last-Event-ID", async () => {
    await send({ type: "text", text: "หนึ่ง" });
    await send({ type: "text", text: "สอง" });
    const messages = await readSse(`${h.origin}/__standin/chats/${USER_ID}/events`, 2, { "last-event-id": "2" });
    expect(messages.map((m) => m.id)).toEqual(["3", "4"]);
  });
});
