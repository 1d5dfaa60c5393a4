/**
 * Sending outside the reply: every push about a ticket goes through the outbox (stored retry keys,
 * exactly once), and is run at once so staff and citizens see it within the same second; should
 * that run not finish, the Firestore trigger (production) or the local timer finishes it.
 */
import type { CapabilityServices } from "../capabilities";
import type { Message } from "../line/message-types";
import type { Audience, Delivery } from "../outbox/delivery";
import { imageMessage } from "../media/media-paths";
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

/**
 * Sends the ticket's card to whoever should see it; returns how many people/groups that is.
 * Who that is may be looked up beforehand (`lookedUp`, while the ticket was being written).
 */
export async function notifyStaff(
  services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger">,
  ticket: Ticket,
  heading: string,
  createdBy: string,
  lookedUp: Promise<Audience | undefined> = staffAudience(services.db, ticket),
): Promise<number> {
  const audience = await lookedUp;
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

/**
 * Shows staff what the citizen attached after the card went out: the photo as an image message
 * (the app serves it with a preview that fits LINE's limits, whatever its size), or the location.
 * Without an https address to serve photos from, staff are told a photo is on the ticket.
 * Best effort: the attachment is on the ticket whatever happens here.
 */
export async function forwardAttachment(
  services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger" | "mediaBaseUrl">,
  ticket: Ticket,
  attachment:
    | { type: "image"; ref: string | null }
    | { type: "location"; latitude: number; longitude: number; address: string | null },
  createdBy: string,
): Promise<boolean> {
  let messages: Message[];
  if (attachment.type === "location") {
    messages = [
      {
        type: "location",
        title: `ตำแหน่งเรื่อง ${ticket.code}`.slice(0, 100),
        address: (attachment.address ?? "ตำแหน่งที่ประชาชนส่งมา").slice(0, 100),
        latitude: attachment.latitude,
        longitude: attachment.longitude,
      },
    ];
  } else {
    if (!attachment.ref) return false;
    const image = services.mediaBaseUrl ? imageMessage(services.mediaBaseUrl, attachment.ref) : undefined;
    messages = image
      ? [{ type: "text", text: `📷 รูปประกอบเรื่อง ${ticket.code}` }, image]
      : [{ type: "text", text: `📷 ประชาชนแนบรูปกับเรื่อง ${ticket.code} (ระบบยังไม่ได้ตั้งที่อยู่เว็บแบบ https จึงแสดงรูปในแชตไม่ได้)` }];
  }
  const audience = await staffAudience(services.db, ticket);
  if (!audience) return false;
  await sendNow(services, { kind: "ticket-attachment", label: `แนบ${attachment.type === "image" ? "รูป" : "ตำแหน่ง"} ${ticket.code}`, audience, messages, createdBy, ref: { ticketId: ticket.id } });
  return true;
}
