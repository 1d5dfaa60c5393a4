/**
 * Simulated LINE users: each action becomes a real webhook request — LINE's body shape, signed with
 * the channel secret, POSTed to the bot's webhook — so the bot's whole receiving path (signature
 * check, parsing, dedupe, reply) runs exactly as it will in production.
 */
import type { webhook } from "@line/bot-sdk";
import type { StandinIds } from "./standin-ids";
import type { StandinState } from "./standin-state";
import type { SendOptions, SendResult, UserInput, WebhookDelivery } from "./types";
import { buildWebhookEvent } from "./webhook-events";
import { signWebhookBody } from "./webhook-signature";

export interface SimulatedUsersOptions {
  state: StandinState;
  channelSecret: string;
  /** A function when the URL is only known after the server listens (port 0). */
  webhookUrl: string | (() => string);
  /** The bot's own user ID: LINE's `destination`. */
  destination: string;
  now: () => Date;
  ids: StandinIds;
}

export interface SimulatedUsers {
  /** Acts as `userId` in the LINE app and delivers the resulting event to the webhook. */
  sendAsUser(userId: string, input: UserInput, options?: SendOptions): Promise<SendResult>;
  /** Delivers an earlier event again, marked `isRedelivery: true`, as LINE's redelivery does. */
  redeliver(webhookEventId: string): Promise<SendResult>;
  /**
   * Delivers any webhook event, as given (e.g. one of {@link sampleWebhookEvents}), signed like
   * LINE's; its reply token, if it has one, becomes valid for the chat of its source.
   */
  deliverEvent(event: webhook.Event): Promise<SendResult>;
}

/** Thrown by {@link SimulatedUsers.redeliver} for an event the stand-in never sent. */
export class UnknownEventError extends Error {
  override name = "UnknownEventError";
}

interface SentEvent {
  event: webhook.Event;
  chatId: string;
  replyToken?: string;
}

export function createSimulatedUsers(opts: SimulatedUsersOptions): SimulatedUsers {
  const { state, now, ids } = opts;
  const sent = new Map<string, SentEvent>();

  async function deliver(sentEvent: SentEvent, isRedelivery: boolean): Promise<SendResult> {
    const event = isRedelivery
      ? { ...sentEvent.event, deliveryContext: { isRedelivery: true } }
      : sentEvent.event;
    const body = JSON.stringify({ destination: opts.destination, events: [event] });
    const url = typeof opts.webhookUrl === "function" ? opts.webhookUrl() : opts.webhookUrl;
    const started = Date.now();
    let status = 0;
    let error: string | undefined;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "LineBotWebhook/2.0",
          // A connection per delivery: a kept-alive socket that the bot's server closes as idle just
          // as the next delivery reuses it fails with ECONNRESET (seen in the 1,000-request burst on
          // a busy machine), a failure of this stand-in's client, not of the bot.
          connection: "close",
          "x-line-signature": signWebhookBody(opts.channelSecret, body),
        },
        body,
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (cause) {
      // fetch says only "fetch failed"; the reason (ECONNRESET, a timeout…) is its cause. (Duck
      // typing: an error made in another realm, as under jest, is not `instanceof Error`.)
      const failure = cause as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | undefined;
      const reason = failure?.cause ? `: ${String(failure.cause.code ?? failure.cause.message)}` : "";
      error = (typeof failure?.message === "string" ? failure.message : String(cause)) + reason;
    }
    const delivery: WebhookDelivery = {
      webhookEventId: event.webhookEventId,
      chatId: sentEvent.chatId,
      status,
      isRedelivery,
      at: now(),
      durationMs: Date.now() - started,
      ...(error !== undefined ? { error } : {}),
    };
    state.deliveries.push(delivery);
    state.transcripts.emit({ kind: "delivery", chatId: sentEvent.chatId, delivery });
    return {
      status,
      webhookEventId: event.webhookEventId,
      ...(sentEvent.replyToken !== undefined ? { replyToken: sentEvent.replyToken } : {}),
      ...(error !== undefined ? { error } : {}),
    };
  }

  return {
    async sendAsUser(userId, input, options = {}) {
      const chatId = options.groupId ?? userId;
      const built = buildWebhookEvent(input, {
        userId,
        ...(options.groupId !== undefined ? { groupId: options.groupId } : {}),
        timestamp: now().getTime(),
        ids,
        wasBlocked: state.isBlocked(userId),
      });
      if (!options.groupId && input.type === "follow") state.befriend(userId);
      if (!options.groupId && input.type === "unfollow") state.block(userId);
      if (built.replyToken) state.replyTokens.issue(built.replyToken, chatId);
      if (built.content) {
        state.contents.set(built.content.messageId, { bytes: built.content.bytes, contentType: built.content.contentType });
      }
      state.transcripts.append(chatId, {
        from: "user",
        userId,
        at: now(),
        event: built.event,
        ...(input.type === "postback" && input.displayText !== undefined ? { shownText: input.displayText } : {}),
      });
      const sentEvent: SentEvent = {
        event: built.event,
        chatId,
        ...(built.replyToken !== undefined ? { replyToken: built.replyToken } : {}),
      };
      sent.set(built.event.webhookEventId, sentEvent);
      return deliver(sentEvent, false);
    },

    async deliverEvent(event) {
      const source = event.source;
      const chatId = source?.type === "group" ? source.groupId : source?.type === "room" ? source.roomId : (source?.userId ?? "");
      const replyToken = "replyToken" in event && typeof event.replyToken === "string" ? event.replyToken : undefined;
      if (replyToken) state.replyTokens.issue(replyToken, chatId);
      const sentEvent: SentEvent = { event, chatId, ...(replyToken !== undefined ? { replyToken } : {}) };
      sent.set(event.webhookEventId, sentEvent);
      return deliver(sentEvent, false);
    },

    async redeliver(webhookEventId) {
      const sentEvent = sent.get(webhookEventId);
      if (!sentEvent) throw new UnknownEventError(`no event ${webhookEventId} was sent by this stand-in`);
      return deliver(sentEvent, true);
    },
  };
}
