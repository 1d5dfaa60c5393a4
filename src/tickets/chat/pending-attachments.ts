/**
 * Photos and a location sent before the text (people often send the picture first): a citizen's
 * photo or location that no flow takes is kept, in the chat's `tk-pending` flow, for the ticket the
 * next text opens within `settings/tickets.pendingMinutes` (default 15). The photo's bytes are
 * copied at once (LINE keeps content only for a while); when a ticket opens, what is pending
 * becomes its attachments, on the card staff get and in the citizen's receipt. A pending item
 * carried through "send to staff?" (`tk-confirm`) is kept there too.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { stateOf, type ConversationState } from "../../bot/conversation-store";
import { chatIdOf } from "../../bot/incoming-event";
import { placeText } from "../../line/location-message";
import { ContentTooLargeError } from "../../line/message-content";
import type { Attachment } from "../ticket";
import { TICKET_FLOWS } from "../ticket-actions";
import { ticketText } from "../ticket-messages";
import { loadTicketSettings, type TicketSettings } from "../ticket-settings";
import { countPendingPhoto } from "../throttle";
import { EVERYONE, MINUTE, userIdOf, type TicketsContext } from "./tickets-context";

/** At most this many photos wait for one ticket (a ticket card and LINE's 5 messages stay readable). */
export const MAX_PENDING_PHOTOS = 10;

const PendingItem = z.discriminatedUnion("type", [
  z.object({ type: z.literal("image"), messageId: z.string(), ref: z.string().nullable(), size: z.number(), at: z.string() }),
  z.object({ type: z.literal("location"), latitude: z.number(), longitude: z.number(), address: z.string().nullable(), at: z.string() }),
]);
export type PendingItem = z.infer<typeof PendingItem>;
const PendingList = z.array(PendingItem).max(MAX_PENDING_PHOTOS + 1);

/**
 * The flows a wait's photos live in: the wait itself, and the two a citizen may go on to before the
 * text that opens the ticket ("send to staff?", and ติดต่อเจ้าหน้าที่, which the acknowledgement's
 * quick replies offer).
 */
export const WAITING_FLOWS: readonly string[] = [TICKET_FLOWS.pending, TICKET_FLOWS.confirm, TICKET_FLOWS.direct];

/** What waits in a chat's state (pending, or carried through tk-confirm or tk-direct); [] when nothing does. */
export function pendingIn(state: ConversationState | null | undefined): PendingItem[] {
  if (!state || !WAITING_FLOWS.includes(state.flow)) return [];
  const parsed = PendingList.safeParse(state.data.pending ?? []);
  return parsed.success ? parsed.data : [];
}

/** Pending items as a ticket's attachments. */
export function asAttachments(items: readonly PendingItem[]): Attachment[] {
  return items.map((i) =>
    i.type === "image"
      ? { type: "image", messageId: i.messageId, ref: i.ref, at: new Date(i.at) }
      : { type: "location", messageId: null, latitude: i.latitude, longitude: i.longitude, address: i.address, at: new Date(i.at) },
  );
}

/** The folder a citizen's pending photos are kept in: not their LINE ID, and not guessable from it. */
export const pendingFolder = (userId: string): string => `p${createHash("sha256").update(`pending:${userId}`).digest("base64url").slice(0, 24)}`;

export function pendingAttachments(tk: TicketsContext): CapabilityPart {
  const { services, opts } = tk;
  const { conversations, logger, db } = services;

  /** Adds `item` to the wait; `loaded`: the ticket settings when the caller has read them already. */
  async function keep(ctx: BotContext, state: ConversationState | undefined, item: PendingItem, loaded?: TicketSettings): Promise<Outcome | undefined> {
    const userId = userIdOf(ctx);
    if (!userId || ctx.event.source.type !== "user") return undefined;
    // A photo over the limit was refused by `image` before it was downloaded.
    const items = [...pendingIn(state), item];
    const settings = loaded ?? (await loadTicketSettings(db, ctx.now));
    if (state && state.flow !== TICKET_FLOWS.pending) {
      // Waiting for "send to staff?" or for the text for staff: keep that flow and its wait, add the item.
      await conversations.start(userId, state.flow, { ...state.data, pending: items }, ctx.now, Math.max(1, state.expiresAt.getTime() - ctx.now.getTime()));
    } else {
      await conversations.start(userId, TICKET_FLOWS.pending, { pending: items }, ctx.now, settings.pendingMinutes * MINUTE);
    }
    return replyWith(ticketText.pendingKept(items, settings.pendingMinutes));
  }

  async function image(ctx: BotContext, messageId: string, state: ConversationState | undefined): Promise<Outcome | undefined> {
    const userId = userIdOf(ctx);
    if (!userId || ctx.event.source.type !== "user") return undefined;
    // Refused before anything is downloaded: a photo over a limit is never stored, since nothing
    // would refer to it (nobody sees it, and a deletion request could not find it).
    const waiting = pendingIn(state);
    if (waiting.some((i) => i.type === "image" && i.messageId === messageId)) return replyWith(ticketText.pendingKept(waiting, (await loadTicketSettings(db, ctx.now)).pendingMinutes));
    if (waiting.filter((i) => i.type === "image").length >= MAX_PENDING_PHOTOS) return replyWith(ticketText.pendingFull(MAX_PENDING_PHOTOS));
    const [settings, counted] = await Promise.all([loadTicketSettings(db, ctx.now), countPendingPhoto(db, userId, ctx.now)]);
    const refused = counted(settings.limits);
    if (refused) {
      logger.warn("ticket.pending_photo.throttled", { eventId: ctx.event.id, window: refused.window });
      return replyWith(ticketText.tooManyAttachments(null, refused));
    }
    let ref: string | null = null;
    let size = 0;
    if (opts.attachments) {
      try {
        const content = await services.fetchContent.open(messageId);
        ({ ref, size } = await opts.attachments.save(pendingFolder(userId), messageId, content.body, content.contentType));
      } catch (error) {
        // Too large for LINE to have sent: said, not kept as a photo nobody can see.
        if (error instanceof ContentTooLargeError) return replyWith(ticketText.photoTooLarge(error.maxBytes / (1024 * 1024)));
        logger.warn("ticket.pending_photo.unavailable", { error });
      }
    }
    return keep(ctx, state, { type: "image", messageId, ref, size, at: ctx.now.toISOString() }, settings);
  }

  /** The chat's state if it is ours to add to (none, or one of {@link WAITING_FLOWS}). */
  async function ownState(ctx: BotContext): Promise<{ state: ConversationState | undefined } | undefined> {
    const state = await stateOf(ctx, conversations, chatIdOf(ctx.event.source));
    if (state && !WAITING_FLOWS.includes(state.flow)) return undefined;
    return { state };
  }

  return {
    async onStrayMedia(ctx) {
      const { event } = ctx;
      if (event.source.type !== "user" || (event.kind !== "image" && event.kind !== "location")) return undefined;
      const own = await ownState(ctx);
      if (!own) return undefined;
      if (event.kind === "image") return image(ctx, event.messageId, own.state);
      return keep(ctx, own.state, { type: "location", latitude: event.latitude, longitude: event.longitude, address: placeText(event.address, event.title), at: ctx.now.toISOString() });
    },
    flows: {
      [TICKET_FLOWS.pending]: {
        // Anyone may send a photo first (staff ask questions too). Text goes on to commands and
        // questions; the ticket it opens takes what is pending.
        roles: EVERYONE,
        asksNothing: true,
        onImage: (ctx, messageId, state) => image(ctx, messageId, state),
        onLocation: (ctx, l, state) => keep(ctx, state, { type: "location", latitude: l.latitude, longitude: l.longitude, address: placeText(l.address, l.title), at: ctx.now.toISOString() }),
      },
    },
  };
}
