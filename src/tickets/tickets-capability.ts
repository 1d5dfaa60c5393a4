/**
 * The two-way Q&A channel (issue 6): a question the bot cannot answer, or a clear request, becomes
 * a ticket with a code; staff get a card with buttons (answer, assign to a unit, close); the answer
 * reaches the citizen with the code, who can rate it and ask a follow-up on the same ticket.
 *
 * Flows, one per chat (`conversations/{chatId}`):
 * - `tk-pending` (citizen): photos and a location sent before the text wait for the ticket it opens;
 * - `tk-confirm` (citizen): the unanswered question waits for "send to staff?";
 * - `tk-attach` (citizen): photos and a location sent within a few minutes attach to the ticket;
 * - `tk-answer` (staff, always their 1:1 chat): the next text is the answer;
 * - `tk-followup` (citizen): the next text is a follow-up question.
 *
 * Each flow or command group is a part in `chat/`; this file only lists them.
 */
import type { Capability } from "../bot/capability";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { ticketAnswer } from "./chat/answer";
import { ticketAssignClose } from "./chat/assign-close";
import { ticketAttachments } from "./chat/attachments";
import { ticketIntake } from "./chat/intake";
import { openTickets } from "./chat/open-tickets";
import { ownTickets } from "./chat/own-tickets";
import { pendingAttachments } from "./chat/pending-attachments";
import { ticketRatingFollowUp } from "./chat/rating-follow-up";
import { staffGroup } from "./chat/staff-group";
import { ticketUnsend } from "./chat/unsend";
import { viewAttachments } from "./chat/view-attachments";
import { createTicketsContext, type TicketsOptions } from "./chat/tickets-context";

export type { TicketsOptions } from "./chat/tickets-context";

export function createTicketsCapability(services: CapabilityServices, opts: TicketsOptions = {}): Capability {
  const tk = createTicketsContext(services, opts);
  return composeCapability(
    "tickets",
    ticketIntake(tk),
    pendingAttachments(tk),
    ticketAttachments(tk),
    ownTickets(tk),
    staffGroup(tk),
    openTickets(tk),
    ticketAnswer(tk),
    viewAttachments(tk),
    ticketAssignClose(tk),
    ticketRatingFollowUp(tk),
    ticketUnsend(tk),
  );
}
