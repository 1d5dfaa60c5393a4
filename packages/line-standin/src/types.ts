/**
 * The vocabulary the stand-in, its HTTP routes and the chat page share: what a simulated user can
 * do, what the stand-in records, and what it streams to watchers.
 */
import type { webhook } from "@line/bot-sdk";

/** Something a simulated user does in the LINE app, which becomes one webhook event. */
export type UserInput =
  | { type: "text"; text: string }
  /** `displayText` is what LINE shows as the user's bubble; like LINE, it is not sent to the bot. */
  | { type: "postback"; data: string; params?: Record<string, string>; displayText?: string }
  | { type: "follow" }
  | { type: "unfollow" }
  | { type: "image"; bytes?: Uint8Array; contentType?: string }
  | { type: "sticker"; packageId: string; stickerId: string }
  | { type: "location"; title?: string; address?: string; latitude: number; longitude: number }
  /** The bot was added to a group (needs a group). */
  | { type: "join" }
  /** The user joined a group the bot is in (needs a group). */
  | { type: "memberJoined" };

/** Where a simulated user acts: their 1:1 chat with the bot (default) or a group. */
export interface SendOptions {
  groupId?: string;
}

export interface SendResult {
  /** HTTP status the webhook answered; 0 when it could not be reached. */
  status: number;
  webhookEventId: string;
  replyToken?: string;
  /** The network error when the webhook could not be reached. */
  error?: string;
}

/** The sending endpoints whose calls the stand-in records. */
export type SendEndpoint = "reply" | "push" | "multicast" | "broadcast" | "narrowcast";

/** One accepted outgoing call from the bot. */
export interface RecordedCall {
  requestId: string;
  endpoint: SendEndpoint;
  /** Chats the messages went to (for reply: the chat of the event that issued the token). */
  to: string[];
  messages: unknown[];
  retryKey?: string;
  replyToken?: string;
  notificationDisabled?: boolean;
  at: Date;
}

/**
 * A send (or rich menu) the stand-in refused with 400 because LINE's schema or rules refuse it:
 * what LINE would have refused in production, kept so a test can assert there was none.
 */
export interface RefusedCall {
  requestId: string;
  endpoint: SendEndpoint | "richmenu";
  body: unknown;
  problems: Array<{ message: string; property: string }>;
  at: Date;
}

/** One line of a chat, as the phone would show it. `seq` orders entries within the chat. */
export type TranscriptEntry =
  | {
      seq: number;
      from: "user";
      userId: string;
      at: Date;
      event: webhook.Event;
      /** Text LINE shows for the user's action (e.g. a postback's displayText), if any. */
      shownText?: string;
    }
  | {
      seq: number;
      from: "bot";
      at: Date;
      message: unknown;
      endpoint: SendEndpoint;
      requestId: string;
    };

/** A webhook POST the stand-in made, kept so it can be redelivered and inspected. */
export interface WebhookDelivery {
  webhookEventId: string;
  chatId: string;
  status: number;
  isRedelivery: boolean;
  at: Date;
  /** Wall-clock time the webhook took to answer; LINE counts answers over 2 s as timeouts. */
  durationMs: number;
  error?: string;
}

/** What watchers of a chat (the chat page's SSE stream) are told about. */
export type StandinEvent =
  | { kind: "entry"; chatId: string; entry: TranscriptEntry }
  | { kind: "delivery"; chatId: string; delivery: WebhookDelivery }
  | { kind: "loading"; chatId: string; seconds: number }
  /** The rich menu a user sees may have changed; `chatId` is the user, or "*" for everyone (the default menu). */
  | { kind: "richmenu"; chatId: string };

export interface Profile {
  displayName: string;
  pictureUrl?: string;
  statusMessage?: string;
}
