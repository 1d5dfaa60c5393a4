/**
 * One sample of every webhook event LINE's webhook.yml lists: every event type, every message
 * type, every source type, every membership and module variant, and the postback params of each
 * datetime picker mode. A bot's tests deliver them (see {@link SimulatedUsers.deliverEvent}) to check
 * it answers 200 to each and handles or skips it without failing. The package's own tests check
 * each sample against webhook.yml and that none of the spec's types is missing.
 * https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { webhook } from "@line/bot-sdk";
import { createUlid } from "./ulid";

export interface SampleEvent {
  /** What it is, e.g. "message/text from a room" (the test name). */
  name: string;
  event: webhook.Event;
}

export interface SampleEventOptions {
  userId: string;
  groupId: string;
  roomId: string;
  /** Event time (ms); every sample gets its own webhookEventId and reply token regardless. */
  timestamp: number;
}

const hex32 = (): string => randomUUID().replace(/-/g, "");

export function sampleWebhookEvents(options: SampleEventOptions): SampleEvent[] {
  const { userId, groupId, roomId, timestamp } = options;
  const user: webhook.Source = { type: "user", userId };
  const group: webhook.Source = { type: "group", groupId, userId };
  const room: webhook.Source = { type: "room", roomId, userId };
  const messageId = (): string => String(timestamp * 100_000 + Math.floor(Math.random() * 100_000));
  const base = (source: webhook.Source | undefined) => ({
    mode: "active" as const,
    timestamp,
    webhookEventId: createUlid(timestamp, randomBytes(10)),
    deliveryContext: { isRedelivery: false },
    ...(source ? { source } : {}),
  });
  const replyable = (source: webhook.Source) => ({ ...base(source), replyToken: hex32() });
  const message = (source: webhook.Source, content: Record<string, unknown>) =>
    ({ type: "message", ...replyable(source), message: { id: messageId(), ...content } }) as webhook.Event;
  const text = { type: "text", text: "สวัสดีค่ะ", quoteToken: hex32() };
  const postback = (params?: Record<string, string>) =>
    ({ type: "postback", ...replyable(user), postback: { data: "a=pick", ...(params ? { params } : {}) } }) as webhook.Event;
  const sample = (name: string, event: unknown): SampleEvent => ({ name, event: event as webhook.Event });

  return [
    sample("message/text from a user", message(user, text)),
    sample("message/text from a group", message(group, text)),
    sample("message/text from a room", message(room, text)),
    sample("message/text with a LINE emoji and a mention", message(group, { ...text, text: "@สมชาย (hello)", emojis: [{ index: 8, length: 7, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }], mention: { mentionees: [{ index: 0, length: 7, type: "user", userId, isSelf: false }] } })),
    sample("message/image", message(user, { type: "image", contentProvider: { type: "line" }, quoteToken: hex32() })),
    sample("message/image from a set of three", message(user, { type: "image", contentProvider: { type: "line" }, imageSet: { id: hex32(), index: 2, total: 3 }, quoteToken: hex32() })),
    sample("message/video", message(user, { type: "video", duration: 6000, contentProvider: { type: "external", originalContentUrl: "https://example.com/v.mp4", previewImageUrl: "https://example.com/v.jpg" }, quoteToken: hex32() })),
    sample("message/audio", message(user, { type: "audio", duration: 4000, contentProvider: { type: "line" } })),
    sample("message/file", message(user, { type: "file", fileName: "แผน ITA.pdf", fileSize: 123_456 })),
    sample("message/location", message(user, { type: "location", title: "อบต.เวียงท่ากาน", address: "สันป่าตอง เชียงใหม่", latitude: 18.61, longitude: 98.9 })),
    sample("message/sticker", message(user, { type: "sticker", packageId: "446", stickerId: "1988", stickerResourceType: "STATIC", keywords: ["hello"], quoteToken: hex32() })),
    sample("unsend", { type: "unsend", ...base(group), unsend: { messageId: messageId() } }),
    sample("follow", { type: "follow", ...replyable(user), follow: { isUnblocked: false } }),
    sample("follow (unblocked)", { type: "follow", ...replyable(user), follow: { isUnblocked: true } }),
    sample("unfollow", { type: "unfollow", ...base(user) }),
    sample("join a group", { type: "join", ...replyable({ type: "group", groupId }) }),
    sample("join a room", { type: "join", ...replyable({ type: "room", roomId }) }),
    sample("leave", { type: "leave", ...base({ type: "group", groupId }) }),
    sample("memberJoined", { type: "memberJoined", ...replyable({ type: "group", groupId }), joined: { members: [{ type: "user", userId }] } }),
    sample("memberLeft", { type: "memberLeft", ...base({ type: "room", roomId }), left: { members: [{ type: "user", userId }] } }),
    sample("postback", postback()),
    sample("postback with a date", postback({ date: "2026-12-01" })),
    sample("postback with a time", postback({ time: "09:30" })),
    sample("postback with a datetime", postback({ datetime: "2026-12-01T09:30" })),
    sample("postback from a rich menu switch", postback({ newRichMenuAliasId: "role-officer", status: "SUCCESS" })),
    sample("videoPlayComplete", { type: "videoPlayComplete", ...replyable(user), videoPlayComplete: { trackingId: "intro-video" } }),
    sample("beacon", { type: "beacon", ...replyable(user), beacon: { hwid: "d41d8cd98f", type: "enter" } }),
    sample("accountLink", { type: "accountLink", ...replyable(user), link: { result: "ok", nonce: hex32() } }),
    sample("membership/joined", { type: "membership", ...replyable(user), membership: { type: "joined", membershipId: 3189 } }),
    sample("membership/left", { type: "membership", ...replyable(user), membership: { type: "left", membershipId: 3189 } }),
    sample("membership/renewed", { type: "membership", ...replyable(user), membership: { type: "renewed", membershipId: 3189 } }),
    sample("module/attached", { type: "module", ...base(undefined), module: { type: "attached", botId: `U${hex32()}`, scopes: ["message:send"] } }),
    sample("module/detached", { type: "module", ...base(undefined), module: { type: "detached", botId: `U${hex32()}`, reason: "bot_deleted" } }),
    sample("activated", { type: "activated", ...base(user), chatControl: { expireAt: timestamp + 3_600_000 } }),
    sample("deactivated", { type: "deactivated", ...base(user) }),
    sample("botSuspended", { type: "botSuspended", ...base(undefined) }),
    sample("botResumed", { type: "botResumed", ...base(undefined) }),
    sample("delivery", { type: "delivery", ...base(user), delivery: { data: "0b6d4b1ac6a1b8b8e3b2f0b5b3a9a1b4" } }),
    sample("a standby event (another channel's module is active)", { type: "message", ...base(user), mode: "standby", message: { id: messageId(), ...text } }),
  ];
}
