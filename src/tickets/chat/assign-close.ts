/**
 * Staff buttons on a ticket card other than "ตอบ": assign it to a unit (its officers get the card),
 * close it (a citizen still waiting is told), and reopen it.
 */
import { replyWith } from "../../bot/bot-context";
import { replies } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { notifyStaff, sendNow } from "../notify";
import { officersOfUnit } from "../staff";
import type { Ticket } from "../ticket";
import { TICKET_ACTIONS } from "../ticket-actions";
import { ticketCard } from "../ticket-card";
import { ticketText } from "../ticket-messages";
import { STAFF, ticketOf, userIdOf, type TicketsContext } from "./tickets-context";

export function ticketAssignClose(tk: TicketsContext): CapabilityPart {
  const { services, store } = tk;
  const { db, logger, orgName } = services;
  return {
    postbacks: {
      [TICKET_ACTIONS.assign]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action);
          if (!ticket) return replyWith(replies.staleButton());
          return replyWith(ticketText.chooseUnit(ticket, await services.plans.units.list()));
        },
      },
      [TICKET_ACTIONS.assignTo]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action);
          const unit = (await services.plans.units.list()).find((u) => u.id === action.params.u);
          if (!ticket || !unit) return replyWith(replies.staleButton());
          const assigned = (await store.assign(ticket.id, unit, ctx.now)) as Ticket;
          const officers = await officersOfUnit(db, unit);
          if (officers.length) await notifyStaff(services, assigned, `มอบหมายให้ ${unit.name}`, userIdOf(ctx) ?? "staff");
          logger.info("ticket.assigned", { ticketId: ticket.id, unitId: unit.id, officers: officers.length });
          return replyWith(ticketText.assigned(assigned, unit.name, officers.length));
        },
      },
      [TICKET_ACTIONS.close]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action);
          if (!ticket) return replyWith(replies.staleButton());
          if (ticket.status === "closed") return replyWith(ticketText.closed(ticket));
          const closed = (await store.close(ticket.id, userIdOf(ctx) ?? "staff", ctx.now)) as Ticket;
          if (ticket.status === "open" && !ticket.anonymized) {
            const { id } = await sendNow(services, {
              kind: "ticket-closed",
              label: `ปิดเรื่อง ${ticket.code}`,
              audience: { type: "users", userIds: [ticket.citizenId] },
              messages: [ticketText.closedToCitizen(closed, orgName)],
              createdBy: userIdOf(ctx) ?? "staff",
              ref: { ticketId: ticket.id },
            });
            await store.addDelivery(ticket.id, id);
          }
          return replyWith(ticketText.closed(closed));
        },
      },
      [TICKET_ACTIONS.reopen]: {
        roles: STAFF,
        async handle(ctx, action) {
          const ticket = await ticketOf(tk, action);
          if (!ticket) return replyWith(replies.staleButton());
          const reopened = (await store.reopen(ticket.id, null, ctx.now)) as Ticket;
          return replyWith(ticketText.reopened(reopened), ticketCard(reopened, { heading: "เปิดเรื่องอีกครั้ง" }));
        },
      },
    },
  };
}
