/**
 * What every part of the ticket capability shares, built once per capability: the services, the
 * ticket store, the options, who may press which kind of button, and how long each flow waits.
 */
import type { BotContext } from "../../bot/bot-context";
import type { PostbackAction } from "../../bot/postback-data";
import type { CapabilityServices } from "../../capabilities";
import { coalesced, type BatchWrite } from "../../store/coalescing-firestore";
import type { AttachmentStore } from "../attachment-store";
import type { Ticket } from "../ticket";
import { createTicketStore, type TicketStore } from "../ticket-store";

export interface TicketsOptions {
  /** Where attached photos are copied; without it only LINE's message IDs are kept. */
  attachments?: AttachmentStore;
}

export interface TicketsContext {
  services: CapabilityServices;
  store: TicketStore;
  opts: TicketsOptions;
}

export const STAFF = ["officer", "admin"] as const;
export const EVERYONE = ["citizen", "officer", "admin"] as const;
export const MINUTE = 60_000;
export const CONFIRM_TTL = 10 * MINUTE;
export const ANSWER_TTL = 60 * MINUTE;
export const FOLLOW_UP_TTL = 30 * MINUTE;

export function createTicketsContext(services: CapabilityServices, opts: TicketsOptions): TicketsContext {
  return { services, store: createTicketStore(services.db, services.ids), opts };
}

export const userIdOf = (ctx: BotContext): string | undefined => ctx.event.source.userId;

/**
 * Commits a chat's next step (a conversation state starting or ending) with the event's
 * completion: should handling stop half-way, the chat is still where it was, and the event handled
 * again (redelivered) takes the same path, finding what it did the first time. Outside the
 * webhook it is written at once.
 */
export async function whenEventDone(tk: TicketsContext, ctx: BotContext, write: BatchWrite): Promise<void> {
  if (ctx.atCompletion) ctx.atCompletion(write);
  else await coalesced(tk.services.db).commit([write]);
}

/** Whether the sender may see a ticket as staff: a confidential complaint only its own recipients. */
export const staffMaySee = (ctx: BotContext, t: Ticket): boolean => !t.confidential || t.confidentialTo.includes(userIdOf(ctx) ?? "");

/** The ticket a staff button names, if the sender may act on it (a confidential one: its recipients only). */
export async function ticketOf(tk: TicketsContext, action: PostbackAction, ctx: BotContext): Promise<Ticket | undefined> {
  const t = await tk.store.get(action.params.t ?? "");
  return t && staffMaySee(ctx, t) ? t : undefined;
}

/** The ticket a postback names, if the person may act on it as a citizen (their own). */
export async function ownTicket(tk: TicketsContext, ctx: BotContext, action: PostbackAction): Promise<Ticket | undefined> {
  const t = await tk.store.get(action.params.t ?? "");
  return t && t.citizenId === userIdOf(ctx) ? t : undefined;
}
