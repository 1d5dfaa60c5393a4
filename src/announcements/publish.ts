/**
 * Turns a confirmed draft into an announcement and its outbox delivery. Both are keyed by the
 * draft, and the delivery (with every chunk's retry key) is stored before the announcement record:
 * confirming the same draft again, after a crash at any point, completes what is missing and never
 * makes a second delivery. Sending itself happens later, outside the webhook (trigger / schedule).
 */
import type { Message } from "../line/message-types";
import type { DeliveryStore } from "../outbox/delivery-store";
import type { Announcement, AnnouncementContent, AudienceChoice } from "./announcement";
import { audienceLabel } from "./announcement";
import type { AnnouncementStore } from "./announcement-store";
import type { Audiences } from "./audiences";

export const ANNOUNCEMENT_KIND = "announcement";

/** Exactly what recipients get; the preview shows the same array. */
export function recipientMessages(c: AnnouncementContent): Message[] {
  const messages: Message[] = [{ type: "text", text: c.link ? `${c.text}\n\n🔗 ${c.link}` : c.text }];
  if (c.imageUrl) messages.push({ type: "image", originalContentUrl: c.imageUrl, previewImageUrl: c.imageUrl });
  return messages;
}

export interface PublishDeps {
  announcements: AnnouncementStore;
  deliveries: DeliveryStore;
  audiences: Audiences;
}

export interface PublishRequest {
  draftId: string;
  content: AnnouncementContent;
  audience: AudienceChoice;
  /** `undefined`: send now. */
  scheduledFor: Date | undefined;
  by: string;
  byName: string | undefined;
  now: Date;
}

export type PublishResult =
  | { ok: true; announcement: Announcement; created: boolean }
  | { ok: false; reason: "no-recipients" };

export const deliveryIdForDraft = (draftId: string) => `announcement-${draftId}`;

export async function publishAnnouncement(deps: PublishDeps, req: PublishRequest): Promise<PublishResult> {
  const existing = await deps.announcements.get(req.draftId);
  if (existing) return { ok: true, announcement: existing, created: false };

  const userIds = await deps.audiences.recipients(req.audience);
  if (userIds !== undefined && userIds.length === 0) return { ok: false, reason: "no-recipients" };
  const counted = userIds === undefined ? await deps.audiences.count(req.audience) : { count: userIds.length, estimate: false };
  const deliveryId = deliveryIdForDraft(req.draftId);
  await deps.deliveries.create(
    {
      kind: ANNOUNCEMENT_KIND,
      label: `ประกาศถึง${audienceLabel(req.audience)}: ${req.content.text.slice(0, 60)}`,
      audience: userIds === undefined ? { type: "broadcast" } : { type: "users", userIds },
      messages: recipientMessages(req.content),
      sendAt: req.scheduledFor ?? req.now,
      createdBy: req.by,
      ref: { announcementId: req.draftId },
    },
    req.now,
    { id: deliveryId },
  );
  const { announcement, created } = await deps.announcements.create({
    id: req.draftId,
    ...req.content,
    createdBy: req.by,
    createdByName: req.byName,
    createdAt: req.now,
    audience: req.audience,
    recipientCount: counted.count,
    recipientCountIsEstimate: counted.estimate,
    scheduledFor: req.scheduledFor,
    deliveryId,
  });
  return { ok: true, announcement, created };
}
