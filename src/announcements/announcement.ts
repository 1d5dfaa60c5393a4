/**
 * An announcement is what an admin wrote, to whom and when; sending it is an outbox delivery
 * (`deliveryId`), whose status is the announcement's status. The record keeps who did what for
 * audit; its `events` subcollection is append-only (created, cancelled).
 */
import type { DeliveryStatus } from "../outbox/delivery";

/** Who an announcement is for, as the admin chose it. */
export type AudienceChoice =
  /** Every friend of the account: LINE broadcast. */
  | { type: "all" }
  /** Every officer: multicast in chunks of ≤ 500. */
  | { type: "officers" }
  /** The officers of one unit. */
  | { type: "unit"; unitId: string; unitName: string };

/** What recipients get: the admin's text, optionally a link under it and an image after it. */
export interface AnnouncementContent {
  text: string;
  link: string | undefined;
  imageUrl: string | undefined;
}

export interface Announcement extends AnnouncementContent {
  /** The draft's ID: one draft makes at most one announcement, however often it is confirmed. */
  id: string;
  /** 1, 2, 3…: what admins type to cancel ("ยกเลิกประกาศ 3"). */
  number: number;
  createdBy: string;
  createdByName: string | undefined;
  createdAt: Date;
  audience: AudienceChoice;
  /** People it goes to; for a broadcast, the friends the bot knows of (LINE does not say). */
  recipientCount: number;
  recipientCountIsEstimate: boolean;
  /** `undefined` when sent at once. */
  scheduledFor: Date | undefined;
  deliveryId: string;
  cancelledBy: string | undefined;
  cancelledAt: Date | undefined;
}

/** An announcement as history shows it: with its delivery's progress. */
export interface AnnouncementStatus {
  announcement: Announcement;
  status: DeliveryStatus | "unknown";
  chunkCount: number;
  sentChunks: number;
  failedChunks: number;
  pendingChunks: number;
}

export function audienceLabel(a: AudienceChoice): string {
  switch (a.type) {
    case "all":
      return "ทุกคน (เพื่อนทุกคนของบัญชี)";
    case "officers":
      return "เจ้าหน้าที่ทั้งหมด";
    case "unit":
      return `เจ้าหน้าที่${a.unitName}`;
  }
}
