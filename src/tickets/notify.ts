/**
 * Sending outside the reply: every push about a ticket goes through the outbox (stored retry keys,
 * exactly once), and is run at once so staff and citizens see it within the same second; should
 * that run not finish, the Firestore trigger (production) or the local timer finishes it.
 */
import type { CapabilityServices } from "../capabilities";
import type { Message } from "../line/message-types";
import type { Audience, Delivery } from "../outbox/delivery";
import { mediaUrl } from "../media/media-paths";
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

/** LINE's limit for previewImageUrl; the stored original serves as its own preview. */
const MAX_PREVIEW_BYTES = 1024 * 1024;

/**
 * Shows staff what the citizen attached after the card went out: the photo (when the app has a
 * public https address to serve it from, and it fits LINE's preview limit) or the location.
 * Best effort: the attachment is on the ticket whatever happens here.
 */
export async function forwardAttachment(
  services: Pick<CapabilityServices, "db" | "outbox" | "clock" | "logger" | "publicBaseUrl">,
  ticket: Ticket,
  attachment:
    | { type: "image"; ref: string | null; size: number }
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
    const base = services.publicBaseUrl;
    const url = base?.startsWith("https://") && attachment.ref && attachment.size <= MAX_PREVIEW_BYTES ? mediaUrl(base, attachment.ref) : undefined;
    if (!url) return false;
    messages = [
      { type: "text", text: `📷 รูปประกอบเรื่อง ${ticket.code}` },
      { type: "image", originalContentUrl: url, previewImageUrl: url },
    ];
  }
  const audience = await staffAudience(services.db, ticket);
  if (!audience) return false;
  await sendNow(services, { kind: "ticket-attachment", label: `แนบ${attachment.type === "image" ? "รูป" : "ตำแหน่ง"} ${ticket.code}`, audience, messages, createdBy, ref: { ticketId: ticket.id } });
  return true;
}
