/**
 * The `tk-attach` flow: photos and a location a citizen sends within a few minutes of opening a
 * ticket attach to it and are forwarded to whoever sees the ticket. Only the ticket's own citizen
 * can attach; anything else goes on to the router as usual.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { forwardAttachment } from "../notify";
import { TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { EVERYONE, userIdOf, type TicketsContext } from "./tickets-context";

export function ticketAttachments(tk: TicketsContext): CapabilityPart {
  const { services, store, opts } = tk;
  const { logger } = services;
  return {
    flows: {
      [TICKET_FLOWS.attach]: {
        // Anyone who opened a ticket (staff ask questions too); the ticket must be their own.
        roles: EVERYONE,
        async onImage(ctx, messageId, state) {
          const ticket = await store.get(String(state.data.ticketId ?? ""));
          if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
          let ref: string | null = null;
          let size = 0;
          if (opts.attachments) {
            try {
              const content = await services.fetchContent(messageId);
              ref = await opts.attachments.save(ticket.id, messageId, content.bytes, content.contentType);
              size = content.bytes.length;
            } catch (error) {
              logger.warn("ticket.attachment.unavailable", { ticketId: ticket.id, error });
            }
          }
          await store.attach(ticket.id, { type: "image", messageId, ref, at: ctx.now }, ctx.now);
          await forwardAttachment(services, ticket, { type: "image", ref, size }, ticket.citizenId);
          return replyWith(ticketText.attached(ticket, "image"));
        },
        async onLocation(ctx, location, state) {
          const ticket = await store.get(String(state.data.ticketId ?? ""));
          if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
          await store.attach(
            ticket.id,
            { type: "location", latitude: location.latitude, longitude: location.longitude, address: location.address ?? location.title ?? null, at: ctx.now },
            ctx.now,
          );
          const { latitude, longitude } = location;
          await forwardAttachment(services, ticket, { type: "location", latitude, longitude, address: location.address ?? location.title ?? null }, ticket.citizenId);
          return replyWith(ticketText.attached(ticket, "location"));
        },
      },
    },
  };
}
