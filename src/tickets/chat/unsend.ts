/**
 * A citizen unsent a message: whatever the tickets, their photos, staff cards and FAQ entries
 * kept of it is removed (src/privacy/unsend.ts). A ticket left with nothing the citizen said or
 * showed, still waiting for staff, is closed: there is nothing left to answer.
 */
import type { CapabilityPart } from "../../bot/compose-capability";
import { forgetUnsentMessage } from "../../privacy/unsend";
import { userIdOf, type TicketsContext } from "./tickets-context";

export function ticketUnsend(tk: TicketsContext): CapabilityPart {
  const { services, store, opts } = tk;
  return {
    async onUnsend(ctx, messageId) {
      const userId = userIdOf(ctx);
      if (!userId) return;
      const touched = await store.withMessage(userId, messageId);
      await forgetUnsentMessage(services, userId, messageId, ctx.now, opts.attachments);
      for (const before of touched) {
        const t = await store.get(before.id);
        if (t?.status === "open" && !t.question && t.followUps.length === 0 && t.attachments.length === 0) {
          await store.close(t.id, "citizen-unsent", ctx.now, { reason: "unsent", eventId: ctx.event.id });
          services.logger.info("ticket.closed_unsent", { ticketId: t.id });
        }
      }
    },
  };
}
