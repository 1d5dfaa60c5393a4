import { OTHER_USER_ID, startHarness, USER_ID, type Harness } from "./standin-harness";

interface SseMessage {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

/** Reads a Server-Sent Events stream until `count` messages arrived, then hangs up. */
async function readSse(url: string, count: number, headers: Record<string, string> = {}, onMessage?: (received: number) => void): Promise<SseMessage[]> {
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
        onMessage?.(messages.length);
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

  it("streams the transcript so far, marks its end, then new entries, deliveries and loading as SSE", async () => {
    await send({ type: "text", text: "ก่อนเปิด" });
    let caughtUp!: () => void;
    const replayed = new Promise<void>((resolve) => (caughtUp = resolve));
    const streamed = readSse(`${h.origin}/__standin/chats/${USER_ID}/events`, 7, {}, (received) => received === 3 && caughtUp());
    // The stream is open once it has replayed the transcript so far and marked its end (a fixed wait was a guess).
    await replayed;
    await h.client.showLoadingAnimation({ chatId: USER_ID, loadingSeconds: 5 });
    await send({ type: "text", text: "หลังเปิด" });
    const messages = await streamed;

    expect(messages.map((m) => m.event)).toEqual(["entry", "entry", "replayed", "loading", "entry", "entry", "delivery"]);
    expect(messages.map((m) => m.id)).toEqual(["1", "2", undefined, undefined, "3", "4", undefined]);
    expect(messages[4]?.data).toMatchObject({ chatId: USER_ID, entry: { from: "user", event: { message: { text: "หลังเปิด" } } } });
    expect(messages[5]?.data).toMatchObject({ entry: { from: "bot", message: { text: "รับทราบค่ะ" } } });
    expect(messages[6]?.data).toMatchObject({ delivery: { status: 200, isRedelivery: false } });
  });

  it("resumes a stream after Last-Event-ID", async () => {
    await send({ type: "text", text: "หนึ่ง" });
    await send({ type: "text", text: "สอง" });
    const messages = await readSse(`${h.origin}/__standin/chats/${USER_ID}/events`, 2, { "last-event-id": "2" });
    expect(messages.map((m) => m.id)).toEqual(["3", "4"]);
  });
});

/** An SSE stream read one message at a time, so a test can act between messages. */
async function openSse(url: string): Promise<{ next(): Promise<SseMessage>; close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const queue: SseMessage[] = [];
  let buffer = "";
  return {
    async next() {
      while (queue.length === 0) {
        const { done, value } = await reader.read();
        if (done) throw new Error("stream ended");
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]));
          if (fields["data"] !== undefined) queue.push({ event: fields["event"] ?? "message", data: JSON.parse(fields["data"]) });
        }
      }
      return queue.shift()!;
    },
    close: () => controller.abort(),
  };
}

describe("developer routes: the rich menu a user is shown", () => {
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082", "hex");
  const menuBody = (chatBarText: string) => ({
    size: { width: 2500, height: 843 },
    selected: true,
    name: chatBarText,
    chatBarText,
    areas: [
      { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: "message", label: "ก", text: "ก" } },
      { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: "richmenuswitch", richMenuAliasId: "tab-b", data: "tab=b" } },
    ],
  });
  async function menuWithImage(chatBarText: string): Promise<string> {
    const { richMenuId } = await h.client.createRichMenu(menuBody(chatBarText) as never);
    await h.blobClient.setRichMenuImage(richMenuId, new Blob([png], { type: "image/png" }));
    return richMenuId;
  }
  const shown = (userId = USER_ID) => fetch(`${h.origin}/__standin/users/${userId}/richmenu`);

  it("is the user's linked menu, else the default, else none; with its areas, chat bar text and image", async () => {
    expect((await shown()).status).toBe(404);
    const fallback = await menuWithImage("ค่าเริ่มต้น");
    await h.client.setDefaultRichMenu(fallback);
    expect(await (await shown()).json()).toMatchObject({ richMenuId: fallback, chatBarText: "ค่าเริ่มต้น", linked: false });

    const own = await menuWithImage("ของฉัน");
    await h.client.linkRichMenuIdToUser(USER_ID, own);
    const menu = (await (await shown()).json()) as { richMenuId: string; linked: boolean; size: unknown; areas: unknown[] };
    expect(menu).toMatchObject({ richMenuId: own, linked: true, size: { width: 2500, height: 843 } });
    expect(menu.areas).toHaveLength(2);
    expect(await (await shown(OTHER_USER_ID)).json()).toMatchObject({ richMenuId: fallback });

    const image = await fetch(`${h.origin}/__standin/richmenus/${own}/image`);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png);
    expect((await fetch(`${h.origin}/__standin/richmenus/richmenu-nothing/image`)).status).toBe(404);
  });

  it("resolves an alias, as a richmenuswitch action needs", async () => {
    const b = await menuWithImage("แท็บ B");
    expect((await fetch(`${h.origin}/__standin/richmenu-aliases/tab-b`)).status).toBe(404);
    await h.client.createRichMenuAlias({ richMenuAliasId: "tab-b", richMenuId: b });
    expect(await (await fetch(`${h.origin}/__standin/richmenu-aliases/tab-b`)).json()).toMatchObject({ richMenuId: b, chatBarText: "แท็บ B" });
  });

  it("tells the user's chat stream when their menu changes, and every stream when the default does", async () => {
    await send({ type: "text", text: "สวัสดี" });
    const mine = await openSse(`${h.origin}/__standin/chats/${USER_ID}/events`);
    const other = await openSse(`${h.origin}/__standin/chats/${OTHER_USER_ID}/events`);
    while ((await mine.next()).event !== "replayed"); // the transcript so far: the stream is listening now
    expect((await other.next()).event).toBe("replayed");
    const own = await menuWithImage("ของฉัน");
    await h.client.linkRichMenuIdToUser(USER_ID, own);
    let next = await mine.next();
    while (next.event !== "richmenu") next = await mine.next();
    expect(next.data).toEqual({ chatId: USER_ID });

    await h.client.setDefaultRichMenu(own);
    expect(await other.next()).toEqual({ event: "richmenu", data: { chatId: "*" } });
    mine.close();
    other.close();
  });
});
