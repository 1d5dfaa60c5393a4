import { middleware, validateSignature, type webhook } from "@line/bot-sdk";
import express from "express";
import type { AddressInfo } from "node:net";
import { createLineStandin, ImpossibleInputError } from "../src";
import { ulidTime } from "../src/ulid";
import { CHANNEL_SECRET, GROUP_ID, START, startHarness, USER_ID, type Harness } from "./standin-harness";

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

function onlyEvent(index = -1): Record<string, unknown> {
  const event = h.received.at(index)?.body.events[0];
  if (!event) throw new Error("no event received");
  return event;
}

describe("sendAsUser", () => {
  it("posts a body signed with the channel secret over its exact bytes", async () => {
    const result = await h.standin.sendAsUser(USER_ID, { type: "text", text: "คะแนน ITA ปี 2567 เท่าไหร่ 😀" });
    const received = h.received[0]!;
    expect(result.status).toBe(200);
    expect(validateSignature(received.raw, CHANNEL_SECRET, received.signature ?? "")).toBe(true);
    expect(validateSignature(received.raw, "another-secret", received.signature ?? "")).toBe(false);
  });

  it("builds a text event in LINE's exact shape", async () => {
    const result = await h.standin.sendAsUser(USER_ID, { type: "text", text: "สวัสดี" });
    const { destination, events } = h.received[0]!.body;
    expect(destination).toBe(h.standin.botUserId);
    expect(destination).toMatch(/^U[0-9a-f]{32}$/);
    expect(events).toHaveLength(1);
    const event = events[0] as webhook.MessageEvent;
    expect(event).toEqual({
      type: "message",
      message: { type: "text", id: expect.stringMatching(/^\d{18}$/), quoteToken: expect.any(String), text: "สวัสดี" },
      webhookEventId: result.webhookEventId,
      deliveryContext: { isRedelivery: false },
      timestamp: START.getTime(),
      source: { type: "user", userId: USER_ID },
      replyToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      mode: "active",
    });
    expect(result.webhookEventId).toMatch(ULID);
    expect(ulidTime(result.webhookEventId)).toBe(START.getTime());
    expect(result.replyToken).toBe(event.replyToken);
  });

  it("passes the SDK's own webhook middleware", async () => {
    const seen: webhook.Event[] = [];
    const app = express();
    app.post("/webhook", middleware({ channelSecret: CHANNEL_SECRET }), (req, res) => {
      seen.push(...(req.body as webhook.CallbackRequest).events);
      res.status(200).end();
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
      const standin = createLineStandin({ channelSecret: CHANNEL_SECRET, channelAccessToken: "t", webhookUrl: url });
      expect((await standin.sendAsUser(USER_ID, { type: "sticker", packageId: "446", stickerId: "1988" })).status).toBe(200);
      expect(seen[0]).toMatchObject({ type: "message", message: { type: "sticker", packageId: "446", stickerId: "1988" } });
      const wrong = createLineStandin({ channelSecret: "wrong", channelAccessToken: "t", webhookUrl: url });
      expect((await wrong.sendAsUser(USER_ID, { type: "text", text: "x" })).status).not.toBe(200);
      expect(seen).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it("sends postbacks without displayText, but shows displayText in the transcript", async () => {
    await h.standin.sendAsUser(USER_ID, {
      type: "postback",
      data: "action=progress&activity=3",
      params: { date: "2025-01-15" },
      displayText: "รายงานความคืบหน้า",
    });
    expect(onlyEvent()).toMatchObject({ type: "postback", postback: { data: "action=progress&activity=3", params: { date: "2025-01-15" } } });
    expect(JSON.stringify(onlyEvent())).not.toContain("รายงานความคืบหน้า");
    expect(h.standin.state.transcript(USER_ID)[0]).toMatchObject({ from: "user", shownText: "รายงานความคืบหน้า" });
  });

  it("follows, unfollows (no reply token) and follows again as unblocked", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "follow" });
    expect(onlyEvent()).toMatchObject({ type: "follow", follow: { isUnblocked: false }, replyToken: expect.any(String) });
    await h.standin.sendAsUser(USER_ID, { type: "unfollow" });
    expect(onlyEvent()).not.toHaveProperty("replyToken");
    expect(h.standin.state.isBlocked(USER_ID)).toBe(true);
    await h.standin.sendAsUser(USER_ID, { type: "follow" });
    expect(onlyEvent()).toMatchObject({ type: "follow", follow: { isUnblocked: true } });
    expect(h.standin.state.isBlocked(USER_ID)).toBe(false);
  });

  it("sends images, locations and group events", async () => {
    await h.standin.sendAsUser(USER_ID, { type: "image" });
    expect(onlyEvent()).toMatchObject({ message: { type: "image", contentProvider: { type: "line" } } });
    await h.standin.sendAsUser(USER_ID, { type: "location", title: "อบต.", latitude: 18.62, longitude: 98.89 });
    expect(onlyEvent()).toMatchObject({ message: { type: "location", title: "อบต.", latitude: 18.62, longitude: 98.89 } });

    await h.standin.sendAsUser(USER_ID, { type: "text", text: "ในกลุ่ม" }, { groupId: GROUP_ID });
    expect(onlyEvent()).toMatchObject({ source: { type: "group", groupId: GROUP_ID, userId: USER_ID } });
    expect(h.standin.state.transcript(GROUP_ID)).toHaveLength(1);
    await h.standin.sendAsUser(USER_ID, { type: "join" }, { groupId: GROUP_ID });
    expect(onlyEvent()).toMatchObject({ type: "join", source: { type: "group", groupId: GROUP_ID } });
    await h.standin.sendAsUser(USER_ID, { type: "memberJoined" }, { groupId: GROUP_ID });
    expect(onlyEvent()).toMatchObject({ type: "memberJoined", joined: { members: [{ type: "user", userId: USER_ID }] } });
    await expect(h.standin.sendAsUser(USER_ID, { type: "join" })).rejects.toBeInstanceOf(ImpossibleInputError);
  });

  it("reports the webhook's status, and status 0 when it cannot be reached", async () => {
    h.onWebhook((_received, _req, res) => {
      res.status(500).end();
    });
    expect((await h.standin.sendAsUser(USER_ID, { type: "text", text: "ก" })).status).toBe(500);
    const offline = createLineStandin({ channelSecret: "s", channelAccessToken: "t", webhookUrl: "http://127.0.0.1:9/webhook" });
    const result = await offline.sendAsUser(USER_ID, { type: "text", text: "ก" });
    expect(result.status).toBe(0);
    expect(result.error).toEqual(expect.any(String));
    expect(h.standin.state.deliveries.map((delivery) => delivery.status)).toEqual([500]);
  });
});

describe("redeliver", () => {
  it("resends the same event marked as a redelivery, signed, without a second transcript line", async () => {
    const first = await h.standin.sendAsUser(USER_ID, { type: "text", text: "ซ้ำ" });
    const again = await h.standin.redeliver(first.webhookEventId);
    expect(again.webhookEventId).toBe(first.webhookEventId);
    const [original, redelivered] = h.received;
    expect(redelivered?.body.events[0]).toEqual({ ...original?.body.events[0], deliveryContext: { isRedelivery: true } });
    expect(validateSignature(redelivered!.raw, CHANNEL_SECRET, redelivered!.signature ?? "")).toBe(true);
    expect(h.standin.state.transcript(USER_ID)).toHaveLength(1);
  });

  it("refuses an event it never sent", async () => {
    await expect(h.standin.redeliver("01ARYZ6S41TSV4RRFFQ69G5FAV")).rejects.toThrow(/never|no event/);
  });
});

describe("injected IDs", () => {
  it("derives every ID from the injected generator, so runs repeat", async () => {
    const run = async (): Promise<unknown> => {
      let n = 0;
      const harness = await startHarness({ ids: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, "0")}` });
      try {
        await harness.standin.sendAsUser(USER_ID, { type: "text", text: "ก" });
        return harness.received[0]?.body;
      } finally {
        await harness.close();
      }
    };
    expect(await run()).toEqual(await run());
  });
});
