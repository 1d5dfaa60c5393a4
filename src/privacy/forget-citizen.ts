/**
 * A citizen's request to delete their data (PDPA): every place in citizen-data.ts that keeps
 * something of theirs erases it. Their person record, chat state, photos and words go; their
 * tickets stay for the statistics but lose everything that points to them (LINE ID replaced by an
 * anonymous token) and are closed if still open, so they leave the staff's queue and reminders.
 * What stays: code, kind, status, unit, dates and ratings, i.e. exactly what the statistics count.
 */
import type { AttachmentStore } from "../tickets/attachment-store";
import { createTicketStore } from "../tickets/ticket-store";
import { CITIZEN_DATA_PLACES, erasureOf, type Erasure, type ErasureServices } from "./citizen-data";

export async function forgetCitizen(
  services: ErasureServices,
  userId: string,
  at: Date,
  attachments?: AttachmentStore,
): Promise<{ tickets: number }> {
  const { db, ids, logger } = services;
  const erasure: Erasure = {
    ...erasureOf(services, userId, at, attachments),
    tickets: await createTicketStore(db, ids).ofCitizen(userId, 10_000),
    token: `anon-${ids.uuid()}`,
  };
  // Places that point at others go first (the tickets name their deliveries and photos), so a
  // deletion that stops half-way and is asked again still finds everything.
  for (const place of [...CITIZEN_DATA_PLACES].reverse()) await place.forget?.(erasure);
  logger.info("privacy.citizen_forgotten", { tickets: erasure.tickets.length });
  return { tickets: erasure.tickets.length };
}
