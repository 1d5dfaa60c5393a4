/**
 * The daily ticket job: reminds staff of tickets unanswered past the configured number of working
 * days (once per ticket per day: `create()` on `ticketReminders/{ticketId}-{day}`), and settles
 * answers whose delivery outcome was not known when they were given (the outbox finished them
 * later): a failed one is recorded on the ticket and the staff member who answered is told.
 */
import type { CapabilityServices } from "../capabilities";
import type { Audience } from "../outbox/delivery";
import { TICKET_COLLECTIONS } from "./collections";
import { isAlreadyExists } from "../store/firestore-errors";
import { sendNow } from "./notify";
import { staffAudience } from "./staff";
import type { Ticket } from "./ticket";
import { ticketText } from "./ticket-messages";
import { loadTicketSettings } from "./ticket-settings";
import { createTicketStore } from "./ticket-store";
import { bangkokDay, isOverdue, isWorkingDay } from "./working-days";

export interface ReminderRun {
  reminded: number;
  deliveries: number;
  settledAnswers: number;
  undeliveredAnswers: number;
}

type Services = Pick<CapabilityServices, "db" | "ids" | "clock" | "logger" | "outbox">;

export async function settleAnswerDeliveries(services: Services): Promise<{ settled: number; failed: number }> {
  const store = createTicketStore(services.db, services.ids);
  let settled = 0;
  let failed = 0;
  for (const t of await store.pendingDeliveries()) {
    const d = t.answerDeliveryId ? await services.outbox.store.get(t.answerDeliveryId) : undefined;
    if (!d || (d.status !== "sent" && d.status !== "partial")) continue;
    settled++;
    await store.setAnswerDelivery(t.id, d.id, d.status === "sent" ? "sent" : "failed");
    if (d.status === "partial") {
      failed++;
      if (t.answeredBy)
        await sendNow(services, {
          kind: "ticket-undelivered",
          label: `คำตอบ ${t.code} ส่งไม่ถึง`,
          audience: { type: "users", userIds: [t.answeredBy] },
          messages: [ticketText.undeliveredToStaff(t)],
          createdBy: "ticket-job",
          ref: { ticketId: t.id },
        });
    }
  }
  return { settled, failed };
}

export async function runTicketReminders(services: Services): Promise<ReminderRun> {
  const { db, clock, logger } = services;
  const now = clock.now();
  const { settled, failed } = await settleAnswerDeliveries(services);
  const run: ReminderRun = { reminded: 0, deliveries: 0, settledAnswers: settled, undeliveredAnswers: failed };
  const settings = await loadTicketSettings(db, now);
  if (!isWorkingDay(now, settings)) return run;
  const store = createTicketStore(db, services.ids);
  const day = bangkokDay(now);
  const groups = new Map<string, { audience: Audience; tickets: Ticket[] }>();
  for (const t of await store.openTickets()) {
    if (!isOverdue(t.openedAt, now, settings.reminderWorkingDays, settings)) continue;
    try {
      await db.collection(TICKET_COLLECTIONS.ticketReminders).doc(`${t.id}-${day}`).create({ ticketId: t.id, day, at: now });
    } catch (err) {
      if (isAlreadyExists(err)) continue;
      throw err;
    }
    const audience = await staffAudience(db, t);
    if (!audience) continue;
    const key = JSON.stringify(audience);
    const group = groups.get(key) ?? { audience, tickets: [] };
    group.tickets.push(t);
    groups.set(key, group);
    run.reminded++;
  }
  for (const { audience, tickets } of groups.values()) {
    await sendNow(services, {
      kind: "ticket-reminder",
      label: `เตือนเรื่องค้าง ${tickets.length} เรื่อง`,
      audience,
      messages: [ticketText.reminder(tickets, settings.reminderWorkingDays)],
      createdBy: "ticket-job",
      ref: { day },
      about: tickets.map((t) => `ticketId:${t.id}`),
    });
    run.deliveries++;
  }
  logger.info("ticket.reminders", { ...run });
  return run;
}
