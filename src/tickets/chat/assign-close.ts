/**
 * Staff buttons on a ticket card other than "ตอบ": assign it to a unit (its officers get the card),
 * close it (staff choose why, or "ไม่ปิด" to leave it as it was; a citizen still waiting is told
 * why), and reopen it.
 *
 * A ticket assigned to a unit is that unit's: only its officers and admins may close it or assign
 * it elsewhere. An officer of another unit could otherwise make a complaint leave the unit it was
 * given to, or the queue altogether, which an integrity programme must not allow. A ticket no unit
 * has yet is everyone's on staff. Anyone on staff may still answer any ticket they see.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import type { PostbackAction } from "../../bot/postback-data";
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import type { Person } from "../../people/person";
import { notifyStaff, sendNow } from "../notify";
import { officersOfUnit } from "../staff";
import { isCloseReason, type Ticket } from "../ticket";
import { TICKET_ACTIONS } from "../ticket-actions";
import { ticketCard } from "../ticket-card";
import { ticketText } from "../ticket-messages";
import { STAFF, ticketOf, userIdOf, type TicketsContext } from "./tickets-context";

/** Whether the person may close or reassign the ticket (see above). */
export function mayManage(person: Pick<Person, "role" | "unitId"> | undefined, ticket: Pick<Ticket, "unitId" | "unitName">): boolean {
  if (person?.role === "admin") return true;
  if (person?.role !== "officer") return false;
  if (!ticket.unitId) return true;
  // Officers' units are recorded by ID, or by name in older records.
  return person.unitId !== undefined && (person.unitId === ticket.unitId || person.unitId === ticket.unitName);
}

export function ticketAssignClose(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, logger, orgName } = services;
  const notTheirs = (ctx: BotContext, ticket: Ticket) => {
    logger.warn("ticket.other_unit", { eventId: ctx.event.id, ticketId: ticket.id });
    return replyWith(ticketText.otherUnits(ticket));
  };
  /** The ticket a close button names, if this person may close it; else what to reply. */
  const closable = async (ctx: BotContext, action: PostbackAction): Promise<{ ticket: Ticket } | { refused: Outcome }> => {
    const ticket = await ticketOf(tk, action, ctx);
    if (!ticket) return { refused: replyWith(replies.staleButton()) };
    return mayManage(ctx.person, ticket) ? { ticket } : { refused: notTheirs(ctx, ticket) };
  };
  return {
    postbacks: {
      [TICKET_ACTIONS.assign]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          // A confidential complaint is never handed to a unit (it may be the accused's).
          if (!ticket || ticket.confidential) return replyWith(replies.staleButton());
          if (!mayManage(ctx.person, ticket)) return notTheirs(ctx, ticket);
          const from = Number.parseInt(action.params.o ?? "0", 10);
          return replyWith(ticketText.chooseUnit(ticket, await services.plans.units.list(), Number.isSafeInteger(from) ? from : 0));
        },
      },
      [TICKET_ACTIONS.assignTo]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          const unit = (await services.plans.units.list()).find((u) => u.id === action.params.u);
          if (!ticket || ticket.confidential || !unit) return replyWith(replies.staleButton());
          // (Already the chosen unit's: this very assignment, handled again.)
          if (!mayManage(ctx.person, ticket) && ticket.unitId !== unit.id) return notTheirs(ctx, ticket);
          const assigned = (await store.assign(ticket.id, unit, ctx.now)) as Ticket;
          const officers = await officersOfUnit(db, unit);
          if (officers.length) await notifyStaff(services, assigned, `มอบหมายให้ ${unit.name}`, { createdBy: userIdOf(ctx) ?? "staff", onceFor: ctx.event.id });
          logger.info("ticket.assigned", { ticketId: ticket.id, unitId: unit.id, officers: officers.length });
          return replyWith(ticketText.assigned(assigned, unit.name, officers.length));
        },
      },
      [TICKET_ACTIONS.close]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const found = await closable(ctx, action);
          if ("refused" in found) return found.refused;
          const { ticket } = found;
          if (ticket.status === "closed") return replyWith(ticketText.closed(ticket));
          return replyWith(ticketText.chooseCloseReason(ticket));
        },
      },
      [TICKET_ACTIONS.closeAs]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          const reason = action.params.r;
          if (!ticket || !isCloseReason(reason)) return replyWith(replies.staleButton());
          if (!mayManage(ctx.person, ticket)) return notTheirs(ctx, ticket);
          // Closed already, unless by this very event (handled again after it stopped half-way).
          const again = ticket.status === "closed" && ticket.closedByEvent === ctx.event.id;
          if (ticket.status === "closed" && !again) return replyWith(ticketText.closed(ticket));
          const closed = again ? ticket : ((await store.close(ticket.id, userIdOf(ctx) ?? "staff", ctx.now, { reason, eventId: ctx.event.id })) as Ticket);
          if (!again) logger.info("ticket.closed", { ticketId: ticket.id, reason, wasOpen: ticket.status === "open" });
          // A citizen still waiting for an answer (the current round has none) is told.
          const waiting = again ? !(ticket.answeredAt && ticket.answeredAt >= ticket.openedAt) : ticket.status === "open";
          if (waiting && !ticket.anonymized) {
            const { id } = await sendNow(services, {
              kind: "ticket-closed",
              label: `ปิดเรื่อง ${ticket.code}`,
              audience: { type: "users", userIds: [ticket.citizenId] },
              messages: [ticketText.closedToCitizen(closed, orgName)],
              createdBy: userIdOf(ctx) ?? "staff",
              ref: { ticketId: ticket.id },
              // Once per round, not per tap: two staff closing at once both find it open.
              onceFor: `${ticket.id}-round-${ticket.round}`,
            });
            await store.addDelivery(ticket.id, id);
          }
          return replyWith(ticketText.closed(closed));
        },
      },
      /** "ไม่ปิด": a way back from the reasons. Changes nothing, whenever it is tapped. */
      [TICKET_ACTIONS.keepOpen]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const found = await closable(ctx, action);
          return "refused" in found ? found.refused : replyWith(ticketText.keptAsItWas(found.ticket));
        },
      },
      [TICKET_ACTIONS.reopen]: {
        roles: STAFF,
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action, ctx);
          if (!ticket) return replyWith(replies.staleButton());
          // Its citizen asked for their data to be deleted: nobody is left to answer, and it stays out of the queue.
          if (ticket.anonymized) return replyWith(ticketText.dataDeleted(ticket));
          const reopened = (await store.reopen(ticket.id, null, ctx.now)) as Ticket;
          return replyWith(ticketText.reopened(reopened), ticketCard(reopened, { heading: "เปิดเรื่องอีกครั้ง" }));
        },
      },
    },
  };
}
