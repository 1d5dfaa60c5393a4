/**
 * Turns a confirmed draft into an announcement and its outbox delivery. Both are keyed by the
 * draft, and the delivery (with every chunk's retry key) is stored before the announcement record:
 * confirming the same draft again, after a crash at any point, completes what is missing and never
 * makes a second delivery. Sending itself happens later, outside the webhook (trigger / schedule).
 */
import { fitUtf16 } from "../line/fit-label";
import { lineUrl } from "../line/line-url";
import type { Message } from "../line/message-types";
import { textMessages } from "../line/split-text";
import type { DeliveryStore } from "../outbox/delivery-store";
import type { Announcement, AnnouncementContent, AudienceChoice } from "./announcement";
import { audienceLabel } from "./announcement";
import type { AnnouncementStore } from "./announcement-store";
import type { Audiences } from "./audiences";

export const ANNOUNCEMENT_KIND = "announcement";

/** Exactly what recipients get; the preview shows the same array. */
export function recipientMessages(c: AnnouncementContent): Message[] {
  // Compose keeps text and link within one message; an older draft that is not still arrives whole.
  const messages: Message[] = textMessages(c.link ? `${c.text}\n\n🔗 ${c.link}` : c.text, { maxMessages: 2 });
  // A typed image link may hold Thai or spaces: LINE takes only an encoded one (line-url.ts).
  const imageUrl = c.imageUrl ? lineUrl(c.imageUrl) : undefined;
  if (imageUrl) messages.push({ type: "image", originalContentUrl: imageUrl, previewImageUrl: imageUrl });
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
      label: `ประกาศถึง${audienceLabel(req.audience)}: ${fitUtf16(req.content.text, 60)}`,
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
