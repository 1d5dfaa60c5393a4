import express from "express";
import type { AddressInfo } from "node:net";
import { HTTPFetchError, messagingApi } from "@line/bot-sdk";
import { callApi, CHANNEL_ACCESS_TOKEN, GROUP_ID, startHarness, USER_ID, type Harness } from "./standin-harness";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("profiles and content", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it("answers a known profile and 404 Not found for an unknown one", async () => {
    expect(await h.client.getProfile(USER_ID)).toMatchObject({ userId: USER_ID, displayName: "สมชาย (ประชาชน)" });
    const error = await h.client.getProfile("U00000000000000000000000000000000").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPFetchError);
    expect((error as HTTPFetchError).status).toBe(404);
    expect(JSON.parse((error as HTTPFetchError).body)).toEqual({ message: "Not found" });
  });

  it("answers group member profiles", async () => {
    expect(await h.client.getGroupMemberProfile(GROUP_ID, USER_ID)).toEqual({
      displayName: "สมชาย (ประชาชน)",
      userId: USER_ID,
      pictureUrl: "https://example.com/somchai.png",
    });
  });

  it("serves the bytes of an image a user sent through the blob client", async () => {
    const bytes = Buffer.from("not really a jpeg");
    await h.standin.sendAsUser(USER_ID, { type: "image", bytes, contentType: "image/jpeg" });
    const messageId = (h.received[0]?.body.events[0]?.["message"] as { id: string }).id;
    expect(await streamBytes(await h.blobClient.getMessageContent(messageId))).toEqual(bytes);
    await expect(h.blobClient.getMessageContent("1")).rejects.toBeInstanceOf(HTTPFetchError);
  });
});

describe("rich menus", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  const menu: messagingApi.RichMenuRequest = {
    size: { width: 2500, height: 843 },
    selected: true,
    name: "เมนูประชาชน",
    chatBarText: "เมนู",
    areas: [{ bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: "message", label: "ถาม", text: "ถาม" } }],
  };

  it("creates, uploads, links, aliases and lists menus like LINE", async () => {
    const { richMenuId } = await h.client.createRichMenu(menu);
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/);

    const tooEarly = await h.client.linkRichMenuIdToUser(USER_ID, richMenuId).catch((e: unknown) => e);
    expect((tooEarly as HTTPFetchError).status).toBe(400);

    await h.blobClient.setRichMenuImage(richMenuId, new Blob([PNG], { type: "image/png" }));
    await h.client.setDefaultRichMenu(richMenuId);
    await h.client.linkRichMenuIdToUser(USER_ID, richMenuId);
    await h.client.createRichMenuAlias({ richMenuAliasId: "citizen", richMenuId });

    expect(await h.client.getRichMenuIdOfUser(USER_ID)).toEqual({ richMenuId });
    expect(await h.client.getDefaultRichMenuId()).toEqual({ richMenuId });
    expect((await h.client.getRichMenuList()).richmenus).toEqual([{ richMenuId, ...menu }]);
    expect(await h.client.getRichMenuAliasList()).toEqual({ aliases: [{ richMenuAliasId: "citizen", richMenuId }] });
    expect(h.standin.state.richMenus.menuFor(USER_ID)).toBe(richMenuId);

    await h.client.unlinkRichMenuIdFromUser(USER_ID);
    expect(h.standin.state.richMenus.userLinks.has(USER_ID)).toBe(false);
  });

  it("refuses an invalid menu and a bad alias ID", async () => {
    const error = await h.client.createRichMenu({ ...menu, chatBarText: "ก".repeat(15) }).catch((e: unknown) => e);
    expect(JSON.parse((error as HTTPFetchError).body).details[0].property).toBe("chatBarText");
    const { richMenuId } = await h.client.createRichMenu(menu);
    const alias = await h.client.createRichMenuAlias({ richMenuAliasId: "Citizen Menu", richMenuId }).catch((e: unknown) => e);
    expect((alias as HTTPFetchError).status).toBe(400);
  });
});

describe("mounting", () => {
  it("works under a path prefix for plain HTTP clients", async () => {
    const h = await startHarness({}, "/line-api");
    try {
      const response = await callApi(h.origin, `/line-api/v2/bot/profile/${USER_ID}`, { method: "GET" });
      expect(response).toMatchObject({ status: 200, json: { displayName: "สมชาย (ประชาชน)" } });
      const dev = await fetch(`${h.origin}/line-api/__standin/chats`);
      expect(dev.status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it("documents why the local server must mount it at the root: the SDK drops a path in baseURL", async () => {
    const h = await startHarness({}, "/line-api");
    try {
      const client = new messagingApi.MessagingApiClient({
        channelAccessToken: CHANNEL_ACCESS_TOKEN,
        baseURL: `${h.origin}/line-api`,
      });
      const error = await client.getProfile(USER_ID).catch((e: unknown) => e);
      expect((error as HTTPFetchError).status).toBe(404);
    } finally {
      await h.close();
    }
  });

  it("leaves other routes, and the webhook's raw body, to the rest of the app", async () => {
    const { createLineStandin } = await import("../src");
    const standin = createLineStandin({ channelSecret: "s", channelAccessToken: "t", webhookUrl: "http://127.0.0.1:9/webhook" });
    const app = express();
    app.use(standin.router);
    app.post("/webhook", express.raw({ type: () => true }), (req, res) => {
      res.send(Buffer.isBuffer(req.body) ? req.body.toString("utf8") : "already parsed");
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const body = '{ "events" : [] }';
      const response = await fetch(`${origin}/webhook`, { method: "POST", body, headers: { "content-type": "application/json" } });
      expect(await response.text()).toBe(body);
    } finally {
      server.close();
    }
  });
});
