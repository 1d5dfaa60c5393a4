/**
 * Turns what a simulated user does into the exact webhook event LINE would send, so the bot's
 * parser is exercised with real shapes: `mode`, `webhookEventId`, `deliveryContext`, reply tokens
 * only on events LINE lets you answer, quote tokens on quotable messages.
 * Reference: https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
 */
import type { webhook } from "@line/bot-sdk";
import type { StandinIds } from "./standin-ids";
import type { UserInput } from "./types";

export interface EventContext {
  userId: string;
  groupId?: string;
  timestamp: number;
  ids: StandinIds;
  /** Whether a follow comes from a user who had blocked the bot (LINE's `follow.isUnblocked`). */
  wasBlocked: boolean;
}

export interface BuiltEvent {
  event: webhook.Event;
  replyToken?: string;
  /** Bytes the user sent (images), under the message ID the bot will ask for. */
  content?: { messageId: string; bytes: Buffer; contentType: string };
}

/** A 1×1 transparent PNG, for image messages sent without bytes. */
const PLACEHOLDER_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Thrown for an input that cannot happen where it was asked for (a join outside a group). */
export class ImpossibleInputError extends Error {
  override name = "ImpossibleInputError";
}

export function buildWebhookEvent(input: UserInput, ctx: EventContext): BuiltEvent {
  const source: webhook.Source = ctx.groupId
    ? { type: "group", groupId: ctx.groupId, userId: ctx.userId }
    : { type: "user", userId: ctx.userId };
  const base = {
    webhookEventId: ctx.ids.webhookEventId(),
    deliveryContext: { isRedelivery: false },
    timestamp: ctx.timestamp,
    source,
    mode: "active" as const,
  };

  switch (input.type) {
    case "text": {
      const replyToken = ctx.ids.replyToken();
      const message: webhook.TextMessageContent = {
        type: "text",
        id: ctx.ids.messageId(),
        quoteToken: ctx.ids.quoteToken(),
        text: input.text,
      };
      return { event: { type: "message", message, ...base, replyToken }, replyToken };
    }
    case "sticker": {
      const replyToken = ctx.ids.replyToken();
      const message: webhook.StickerMessageContent = {
        type: "sticker",
        id: ctx.ids.messageId(),
        quoteToken: ctx.ids.quoteToken(),
        packageId: input.packageId,
        stickerId: input.stickerId,
        stickerResourceType: "STATIC",
      };
      return { event: { type: "message", message, ...base, replyToken }, replyToken };
    }
    case "image": {
      const replyToken = ctx.ids.replyToken();
      const message: webhook.ImageMessageContent = {
        type: "image",
        id: ctx.ids.messageId(),
        quoteToken: ctx.ids.quoteToken(),
        contentProvider: { type: "line" },
      };
      const bytes = input.bytes ? Buffer.from(input.bytes) : PLACEHOLDER_PNG;
      const contentType = input.contentType ?? (input.bytes ? "image/jpeg" : "image/png");
      return {
        event: { type: "message", message, ...base, replyToken },
        replyToken,
        content: { messageId: message.id, bytes, contentType },
      };
    }
    case "location": {
      const replyToken = ctx.ids.replyToken();
      const message: webhook.LocationMessageContent = {
        type: "location",
        id: ctx.ids.messageId(),
        latitude: input.latitude,
        longitude: input.longitude,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
      };
      return { event: { type: "message", message, ...base, replyToken }, replyToken };
    }
    case "postback": {
      const replyToken = ctx.ids.replyToken();
      const postback: webhook.PostbackContent = {
        data: input.data,
        ...(input.params !== undefined ? { params: input.params } : {}),
      };
      return { event: { type: "postback", postback, ...base, replyToken }, replyToken };
    }
    case "follow": {
      const replyToken = ctx.ids.replyToken();
      return { event: { type: "follow", follow: { isUnblocked: ctx.wasBlocked }, ...base, replyToken }, replyToken };
    }
    case "unfollow":
      return { event: { type: "unfollow", ...base } };
    case "join": {
      const replyToken = ctx.ids.replyToken();
      return { event: { type: "join", ...base, source: groupOnlySource(input, ctx), replyToken }, replyToken };
    }
    case "memberJoined": {
      const replyToken = ctx.ids.replyToken();
      const joined: webhook.JoinedMembers = { members: [{ type: "user", userId: ctx.userId }] };
      return { event: { type: "memberJoined", joined, ...base, source: groupOnlySource(input, ctx), replyToken }, replyToken };
    }
  }
}

/** Group events about membership carry the group, not the user who caused them. */
function groupOnlySource(input: UserInput, ctx: EventContext): webhook.GroupSource {
  if (!ctx.groupId) throw new ImpossibleInputError(`a "${input.type}" event happens only in a group: give a groupId`);
  return { type: "group", groupId: ctx.groupId };
}
