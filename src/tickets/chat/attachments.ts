/**
 * The `tk-attach` flow: photos and a location a citizen sends within a few minutes of opening a
 * ticket attach to it and are forwarded to whoever sees the ticket. Only the ticket's own citizen
 * can attach; anything else goes on to the router as usual. Each one is counted against the
 * citizen's limits first (throttle.ts); a photo is written to the store as it downloads, and one
 * over LINE's 10 MB is refused.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { ContentTooLargeError } from "../../line/message-content";
import { placeText } from "../../line/location-message";
import type { CapabilityPart } from "../../bot/compose-capability";
import { forwardAttachment } from "../notify";
import { TICKET_FLOWS } from "../ticket-actions";
import type { Ticket } from "../ticket";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings } from "../ticket-settings";
import { countAttachment } from "../throttle";
import { EVERYONE, userIdOf, type TicketsContext } from "./tickets-context";

/** The same message handled again (a redelivered event) is attached once. */
const attachedAlready = (ticket: Ticket, messageId: string) => ticket.attachments.some((a) => a.messageId === messageId);

export function ticketAttachments(tk: TicketsContext): CapabilityPart {
  const { services, store, opts } = tk;
  const { db, logger } = services;

  /** A refusal when this attachment is over one of the citizen's limits (counted first). */
  async function overLimit(ctx: BotContext, ticket: Ticket): Promise<Outcome | undefined> {
    const [settings, counted] = await Promise.all([loadTicketSettings(db, ctx.now), countAttachment(db, ticket.citizenId, ticket.id, ctx.now)]);
    const refused = counted(settings.limits);
    if (!refused) return undefined;
    logger.warn("ticket.attachment.throttled", { ticketId: ticket.id, window: refused.window });
    return replyWith(ticketText.tooManyAttachments(ticket, refused));
  }

  return {
    flows: {
      [TICKET_FLOWS.attach]: {
        // Anyone who opened a ticket (staff ask questions too); the ticket must be their own.
        roles: EVERYONE,
        asksNothing: true,
        async onImage(ctx, messageId, state) {
          const ticket = await store.get(String(state.data.ticketId ?? ""));
          if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
          if (attachedAlready(ticket, messageId)) return replyWith(ticketText.attached(ticket, "image"));
          const refused = await overLimit(ctx, ticket);
          if (refused) return refused;
          let ref: string | null = null;
          if (opts.attachments) {
            try {
              const content = await services.fetchContent.open(messageId);
              ({ ref } = await opts.attachments.save(ticket.id, messageId, content.body, content.contentType));
            } catch (error) {
              if (error instanceof ContentTooLargeError) return replyWith(ticketText.photoTooLarge(error.maxBytes / (1024 * 1024), ticket));
              logger.warn("ticket.attachment.unavailable", { ticketId: ticket.id, error });
            }
          }
          await store.attach(ticket.id, { type: "image", messageId, ref, at: ctx.now }, ctx.now);
          await forwardAttachment(services, ticket, { type: "image", ref }, ticket.citizenId, ctx.event.id);
          return replyWith(ticketText.attached(ticket, "image"));
        },
        async onLocation(ctx, location, state) {
          const ticket = await store.get(String(state.data.ticketId ?? ""));
          if (!ticket || ticket.citizenId !== userIdOf(ctx)) return undefined;
          const messageId = ctx.event.kind === "location" ? ctx.event.messageId : null;
          if (messageId && attachedAlready(ticket, messageId)) return replyWith(ticketText.attached(ticket, "location"));
          const refused = await overLimit(ctx, ticket);
          if (refused) return refused;
          await store.attach(
            ticket.id,
            { type: "location", messageId, latitude: location.latitude, longitude: location.longitude, address: placeText(location.address, location.title), at: ctx.now },
            ctx.now,
          );
          const { latitude, longitude } = location;
          await forwardAttachment(services, ticket, { type: "location", latitude, longitude, address: placeText(location.address, location.title) }, ticket.citizenId, ctx.event.id);
          return replyWith(ticketText.attached(ticket, "location"));
        },
      },
    },
  };
}
