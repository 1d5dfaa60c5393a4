/**
 * A delivery is a message set that must reach a list of people (or every friend) exactly once,
 * outside the webhook's 2-second window: announcements, reminders, staff answers. Its recipients
 * are split into chunks of at most 500 (LINE's multicast limit), and each chunk gets its retry key
 * when the delivery is created, stored before any call is made. Whoever runs the delivery (a
 * trigger, a schedule, a retry after a crash) reuses those keys, so LINE itself refuses a chunk
 * that was already accepted (409) and no chunk is ever sent twice or skipped.
 */
import type { Message } from "../line/message-types";

export type Audience =
  /** Specific LINE users; one user is sent by push, more by multicast. */
  | { type: "users"; userIds: string[] }
  /** A group chat (e.g. the staff group), by push. */
  | { type: "group"; groupId: string }
  /** Every friend of the account (LINE broadcast, 60 calls an hour). */
  | { type: "broadcast" };

export type DeliveryStatus = "scheduled" | "sending" | "sent" | "partial" | "cancelled";
export type ChunkStatus = "pending" | "sent" | "failed";

export interface NewDelivery {
  /** What it is for, e.g. "announcement", "progress-reminder", "ticket-answer". */
  kind: string;
  /** A short human description for history and audit. */
  label: string;
  audience: Audience;
  messages: Message[];
  sendAt: Date;
  createdBy: string;
  /** Free-form links back to what caused it (announcement ID, ticket ID…). */
  ref?: Record<string, string>;
  /**
   * Records whose content the messages carry, as `key:value` (e.g. `ticketId:<id>` for every
   * ticket a reminder quotes), besides `ref`'s: what a PDPA deletion or an unsent message looks
   * the delivery up by, to scrub it.
   */
  about?: string[];
}

export interface Delivery extends Omit<NewDelivery, "audience"> {
  id: string;
  audienceType: Audience["type"];
  recipientCount: number;
  status: DeliveryStatus;
  chunkCount: number;
  sentChunks: number;
  failedChunks: number;
  createdAt: Date;
  finishedAt: Date | undefined;
}

export interface DeliveryChunk {
  index: number;
  /** Users of this chunk; empty for broadcast; the group for a group delivery. */
  to: string[];
  retryKey: string;
  status: ChunkStatus;
  attempts: number;
  lastError: string | undefined;
  lineStatus: number | undefined;
  sentAt: Date | undefined;
}
