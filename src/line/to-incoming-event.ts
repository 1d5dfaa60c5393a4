/**
 * Converts one raw webhook event into an {@link IncomingEvent}. Returns a reason instead (and the
 * event's ID when it has a usable one) for events the bot must not act on, so the caller can log
 * and skip them without failing the other events of the request:
 * - events that are not well-formed, or whose IDs are not in LINE's formats (./line-ids.ts): those
 *   IDs become Firestore paths;
 * - events in `standby` mode: another channel's module is active in the chat, and the bot must not
 *   reply, push or open anything for them (platform-facts.md).
 */
import { z } from "zod";
import type { ChatSource, IncomingEvent } from "../bot/incoming-event";
import { isLineId } from "./line-ids";
import { pickedDateTime } from "./picker-params";
import { webhookEventSchema, type WebhookSource } from "./webhook-body";

const messageId = z.string().refine((id) => isLineId("messageId", id), "is not a LINE message ID");
const messageSchema = z.looseObject({ id: messageId, type: z.string().min(1) });
const textMessageSchema = messageSchema.extend({ text: z.string() });
const locationMessageSchema = messageSchema.extend({
  title: z.string().optional(),
  address: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
});
const postbackSchema = z.object({ data: z.string(), params: z.record(z.string(), z.unknown()).optional() });

export type ConversionResult =
  | { ok: true; event: IncomingEvent }
  /** `expected`: a skip that is part of normal operation (standby), not a sign of a fault. */
  | { ok: false; reason: string; eventId?: string; expected?: boolean };

/** The event's chat, or why it has no usable one. */
function toSource(source: WebhookSource | undefined): ChatSource | string {
  if (!source) return "event has no source";
  const { userId } = source;
  if (userId !== undefined && !isLineId("userId", userId)) return "source.userId is not a LINE user ID";
  if (source.type === "user") return userId ? { type: "user", userId } : "user source without userId";
  if (source.type === "group") return isLineId("groupId", source.groupId) ? { type: "group", groupId: source.groupId, userId } : "source.groupId is not a LINE group ID";
  return isLineId("roomId", source.roomId) ? { type: "room", roomId: source.roomId, userId } : "source.roomId is not a LINE room ID";
}

function stringParams(params: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params ?? {})) if (typeof v === "string") out[k] = v;
  return out;
}

export function toIncomingEvent(raw: unknown): ConversionResult {
  const parsed = webhookEventSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "event envelope is malformed" };
  const e = parsed.data;
  if (!isLineId("webhookEventId", e.webhookEventId)) return { ok: false, reason: "webhookEventId is not a ULID" };
  if (e.mode === "standby") return { ok: false, reason: "standby: another channel's module is active in this chat", eventId: e.webhookEventId, expected: true };
  const source = toSource(e.source);
  if (typeof source === "string") return { ok: false, reason: source, eventId: e.webhookEventId };
  const base = {
    id: e.webhookEventId,
    at: new Date(e.timestamp),
    source,
    replyToken: e.replyToken,
    isRedelivery: e.deliveryContext?.isRedelivery ?? false,
  };
  const fail = (reason: string): ConversionResult => ({ ok: false, reason, eventId: e.webhookEventId });

  switch (e.type) {
    case "message": {
      const m = messageSchema.safeParse(e.message);
      if (!m.success) return fail("message event without a message, or its id is not a LINE message ID");
      if (m.data.type === "text") {
        const t = textMessageSchema.safeParse(e.message);
        return t.success ? { ok: true, event: { ...base, kind: "text", messageId: t.data.id, text: t.data.text } } : fail("text message without text");
      }
      if (m.data.type === "location") {
        const l = locationMessageSchema.safeParse(e.message);
        if (!l.success) return fail("location message without coordinates");
        const { id, title, address, latitude, longitude } = l.data;
        // LINE may send an empty title or address: that is no title or address (and LINE refuses
        // an empty one in a location message the bot would forward).
        return { ok: true, event: { ...base, kind: "location", messageId: id, title: title || undefined, address: address || undefined, latitude, longitude } };
      }
      if (m.data.type === "image" || m.data.type === "sticker") {
        return { ok: true, event: { ...base, kind: m.data.type, messageId: m.data.id } };
      }
      if (m.data.type === "file" || m.data.type === "video" || m.data.type === "audio") {
        return { ok: true, event: { ...base, kind: m.data.type, messageId: m.data.id } };
      }
      return { ok: true, event: { ...base, kind: "other", lineType: `message/${m.data.type}` } };
    }
    case "postback": {
      const p = postbackSchema.safeParse(e.postback);
      if (!p.success) return fail("postback event without data");
      const picked = pickedDateTime(p.data.params);
      return { ok: true, event: { ...base, kind: "postback", data: p.data.data, params: stringParams(p.data.params), picked } };
    }
    case "follow": {
      const detail = z.object({ isUnblocked: z.boolean() }).safeParse(e.follow);
      return { ok: true, event: { ...base, kind: "follow", unblocked: detail.success && detail.data.isUnblocked } };
    }
    case "unfollow":
      return { ok: true, event: { ...base, kind: "unfollow" } };
    case "join":
    case "leave":
      return { ok: true, event: { ...base, kind: e.type } };
    case "memberJoined": {
      const joined = z.object({ members: z.array(z.object({ userId: z.string() }).partial()) }).safeParse(e.joined);
      const userIds = (joined.success ? joined.data.members : []).map((m) => m.userId).filter((id): id is string => isLineId("userId", id));
      return { ok: true, event: { ...base, kind: "member-joined", userIds } };
    }
    case "memberLeft":
      return { ok: true, event: { ...base, kind: "member-left" } };
    case "unsend": {
      const u = z.object({ messageId }).safeParse(e.unsend);
      return u.success ? { ok: true, event: { ...base, kind: "unsend", messageId: u.data.messageId } } : fail("unsend without a LINE message ID");
    }
    default:
      return { ok: true, event: { ...base, kind: "other", lineType: e.type } };
  }
}
