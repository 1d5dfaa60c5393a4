/**
 * Sending outside the reply: every push about a ticket goes through the outbox (stored retry keys,
 * exactly once), and is run at once so staff and citizens see it within the same second; should
 * that run not finish, the Firestore trigger (production) or the local timer finishes it.
 */
import type { CapabilityServices } from "../capabilities";
import type { Message } from "../line/message-types";
import { locationMessage } from "../line/location-message";
import type { Audience, Delivery } from "../outbox/delivery";
import { imageMessage, mediaUrl } from "../media/media-paths";
import { deliveryIdFor } from "../outbox/notify";
import type { BatchWrite } from "../store/coalescing-firestore";
import { staffAudience } from "./staff";
import type { Ticket } from "./ticket";
import { ticketCard } from "./ticket-card";

export async function sendNow(
  services: Pick<CapabilityServices, "outbox" | "clock" | "logger">,
  d: {
    kind: string;
    label: string;
    audience: Audience;
    messages: Message[];
    createdBy: string;
    ref?: Record<string, string>;
    /** Other records the messages quote (`ticketId:<id>`), so a deletion can find them (see NewDelivery). */
    about?: string[];
    /**
     * What makes this send happen once, however often its cause is handled: the webhook event
     * (`ctx.event.id`) for a send a webhook causes. The same key gives the same delivery, so a
     * redelivered event finds the first one (and its stored retry keys) instead of sending again.
     */
    onceFor?: string;
  },
): Promise<{ id: string; delivery: Delivery | undefined }> {
  const { outbox, clock, logger } = services;
  const { onceFor, ...delivery } = d;
  const id = await outbox.store.create({ ...delivery, sendAt: clock.now() }, clock.now(), onceFor === undefined ? {} : { id: deliveryIdFor(d.kind, onceFor) });
  let sent: Delivery | undefined;
  try {
    sent = await outbox.runner.run(id);
  } catch (error) {
    logger.warn("ticket.delivery.deferred", { deliveryId: id, kind: d.kind, error });
  }
  return { id, delivery: sent };
}

/** The ID of the ticket card's delivery that the webhook event `onceFor` causes. */
export const staffCardId = (onceFor: string): string => deliveryIdFor("ticket-card", onceFor);

/** The outbox delivery of a ticket's card to `audience`, as writes to commit with the ticket (see `sendNow` for `onceFor`). */
export function staffCardWrites(
  services: Pick<CapabilityServices, "outbox" | "clock">,
  ticket: Ticket,
  heading: string,
  audience: Audience,
  opts: { createdBy: string; onceFor: string },
): { id: string; writes: BatchWrite[] } {
  const id = staffCardId(opts.onceFor);
  const now = services.clock.now();
  const card = { kind: "ticket-card", label: `${heading} ${ticket.code}`, audience, messages: [ticketCard(ticket, { heading })], createdBy: opts.createdBy, ref: { ticketId: ticket.id }, sendAt: now };
  return { id, writes: services.outbox.store.createWrites(card, now, id) };
}

/**
 * Runs a delivery stored already (a ticket's card committed with the ticket); a run that does not
 * finish is left to the Firestore trigger or the schedule. False only when there is no such delivery.
 */
export async function runStored(services: Pick<CapabilityServices, "outbox" | "logger">, id: string): Promise<boolean> {
  try {
    return (await services.outbox.runner.run(id)) !== undefined;
  } catch (error) {
    services.logger.warn("ticket.delivery.deferred", { deliveryId: id, error });
    return true;
  }
}

/**
 * Sends the ticket's card to whoever should see it; returns how many people/groups that is.
 * Who that is may be looked up beforehand (`lookedUp`, while the ticket was being written).
 * `onceFor` is the webhook event that causes it (see {@link sendNow}).
 */
export async function notifyStaff(
  services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger">,
  ticket: Ticket,
  heading: string,
  opts: { createdBy: string; onceFor: string | undefined; lookedUp?: Promise<Audience | undefined> },
): Promise<number> {
  const audience = await (opts.lookedUp ?? staffAudience(services.db, ticket));
  if (!audience) {
    services.logger.warn("ticket.no_staff", { ticketId: ticket.id });
    return 0;
  }
  await sendNow(services, {
    kind: "ticket-card",
    label: `${heading} ${ticket.code}`,
    audience,
    messages: [ticketCard(ticket, { heading })],
    createdBy: opts.createdBy,
    ref: { ticketId: ticket.id },
    onceFor: opts.onceFor,
  });
  return audience.type === "users" ? audience.userIds.length : 1;
}

/** What a citizen attached, as staff see it in LINE ("type" and the fields {@link forwardAttachment} takes). */
export type AttachmentToShow =
  | { type: "image"; ref: string | null }
  | { type: "location"; latitude: number; longitude: number; address: string | null };

/**
 * One attachment as a LINE message: the photo as an image message (the app serves it with a
 * preview that fits LINE's limits, whatever its size), or the location. Undefined for a photo that
 * was not copied (no ref) or when there is no https address to serve photos from.
 */
export function attachmentMessage(mediaBaseUrl: string | undefined, ticket: Ticket, attachment: AttachmentToShow): Message | undefined {
  if (attachment.type === "location") {
    return locationMessage({
      title: `ตำแหน่งเรื่อง ${ticket.code}`,
      address: attachment.address,
      latitude: attachment.latitude,
      longitude: attachment.longitude,
      fallback: { title: `ตำแหน่งเรื่อง ${ticket.code}`, address: "ตำแหน่งที่ประชาชนส่งมา" },
    });
  }
  return attachment.ref && mediaBaseUrl ? imageMessage(mediaBaseUrl, attachment.ref) : undefined;
}

/**
 * Shows staff what the citizen attached after the card went out (see {@link attachmentMessage}).
 * Without an https address to serve photos from, staff are told a photo is on the ticket.
 * Best effort: the attachment is on the ticket whatever happens here.
 */
export async function forwardAttachment(
  services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger" | "mediaBaseUrl">,
  ticket: Ticket,
  attachment: AttachmentToShow,
  createdBy: string,
  onceFor?: string,
): Promise<boolean> {
  if (attachment.type === "image" && !attachment.ref) return false;
  const shown = attachmentMessage(services.mediaBaseUrl, ticket, attachment);
  const messages: Message[] =
    attachment.type === "location"
      ? shown ? [shown] : []
      : shown
        ? [{ type: "text", text: `📷 รูปประกอบเรื่อง ${ticket.code}` }, shown]
        : [{ type: "text", text: `📷 ประชาชนแนบรูปกับเรื่อง ${ticket.code} (ระบบยังไม่ได้ตั้งที่อยู่เว็บแบบ https จึงแสดงรูปในแชตไม่ได้)` }];
  const audience = await staffAudience(services.db, ticket);
  if (!audience) return false;
  await sendNow(services, { kind: "ticket-attachment", label: `แนบ${attachment.type === "image" ? "รูป" : "ตำแหน่ง"} ${ticket.code}`, audience, messages, createdBy, ref: { ticketId: ticket.id }, onceFor });
  return true;
}
