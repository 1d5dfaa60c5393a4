/**
 * Sending outside the reply: every push about a ticket goes through the outbox (stored retry keys,
 * exactly once), and is run at once so staff and citizens see it within the same second; should
 * that run not finish, the Firestore trigger (production) or the local timer finishes it.
 */
import type { CapabilityServices } from "../capabilities";
import type { Message } from "../line/message-types";
import type { Audience, Delivery } from "../outbox/delivery";
import { staffAudience } from "./staff";
import type { Ticket } from "./ticket";
import { ticketCard } from "./ticket-card";

export async function sendNow(
  services: Pick<CapabilityServices, "outbox" | "clock" | "logger">,
  d: { kind: string; label: string; audience: Audience; messages: Message[]; createdBy: string; ref?: Record<string, string> },
): Promise<{ id: string; delivery: Delivery | undefined }> {
  const { outbox, clock, logger } = services;
  const id = await outbox.store.create({ ...d, sendAt: clock.now() }, clock.now());
  let delivery: Delivery | undefined;
  try {
    delivery = await outbox.runner.run(id);
  } catch (error) {
    logger.warn("ticket.delivery.deferred", { deliveryId: id, kind: d.kind, error });
  }
  return { id, delivery };
}

/** Sends the ticket's card to whoever should see it; returns how many people/groups that is. */
export async function notifyStaff(services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger">, ticket: Ticket, heading: string, createdBy: string): Promise<number> {
  const audience = await staffAudience(services.db, ticket);
  if (!audience) {
    services.logger.warn("ticket.no_staff", { ticketId: ticket.id });
    return 0;
  }
  await sendNow(services, {
    kind: "ticket-card",
    label: `${heading} ${ticket.code}`,
    audience,
    messages: [ticketCard(ticket, { heading })],
    createdBy,
    ref: { ticketId: ticket.id },
  });
  return audience.type === "users" ? audience.userIds.length : 1;
}
