/**
 * A message the citizen unsent (LINE's `unsend` event) is removed wherever it was kept: a
 * question or follow-up on their ticket, a photo or location attached to it, the copies of it in
 * staff cards and FAQ entries, a question still waiting for "send to staff?". Each place in
 * citizen-data.ts that keeps message content erases its own part.
 */
import type { AttachmentStore } from "../tickets/attachment-store";
import { createTicketStore } from "../tickets/ticket-store";
import { CITIZEN_DATA_PLACES, erasureOf, type ErasureServices, type Unsent } from "./citizen-data";

export async function forgetUnsentMessage(
  services: ErasureServices,
  userId: string,
  messageId: string,
  at: Date,
  attachments?: AttachmentStore,
): Promise<void> {
  const { db, ids, logger } = services;
  const tickets = await createTicketStore(db, ids).withMessage(userId, messageId);
  const texts = tickets.flatMap((t) => [
    ...(t.questionMessageId === messageId && t.question ? [t.question] : []),
    ...t.followUps.filter((_, i) => t.followUpMessageIds[i] === messageId),
  ]);
  const photoRefs = tickets.flatMap((t) => t.attachments.flatMap((a) => (a.messageId === messageId && a.type === "image" && a.ref ? [a.ref] : [])));
  const unsent: Unsent = { ...erasureOf(services, userId, at, attachments), tickets, messageId, texts, photoRefs };
  // Copies first, the ticket (which finds them) last, so an erasure asked again still finds everything.
  for (const place of [...CITIZEN_DATA_PLACES].reverse()) await place.unsend?.(unsent);
  logger.info("privacy.message_unsent", { tickets: tickets.length, texts: texts.length, photos: photoRefs.length });
}
