/**
 * Cloud Functions entry point: a thin shell. It declares the deployed endpoints (2nd gen, Bangkok's
 * nearest region, LINE credentials as secrets) and builds the bot from `src/` on first use, so
 * loading this module (as the deploy tool does) runs nothing slow and needs no secrets.
 */
import { onDocumentCreated } from "firebase-functions/firestore";
import { onRequest } from "firebase-functions/https";
import { defineSecret } from "firebase-functions/params";
import { onSchedule } from "firebase-functions/scheduler";

const region = "asia-southeast1";
const secrets = [defineSecret("LINE_CHANNEL_SECRET"), defineSecret("LINE_CHANNEL_ACCESS_TOKEN")];

/** Secrets are bound as environment variables at run time; src/config.ts reads and validates them. */
const bot = async () => (await import("../src/production")).productionBot();

/** LINE's webhook. Replies go out before the response: a function gets no CPU after it. */
export const webhook = onRequest({ region, secrets, memory: "512MiB", timeoutSeconds: 60, concurrency: 80 }, async (req, res) => {
  (await bot()).app(req, res);
});

/** Sends a delivery (announcement, reminder, answer) as soon as it is created, outside the webhook. */
export const deliveryCreated = onDocumentCreated({ document: "deliveries/{deliveryId}", region, secrets, timeoutSeconds: 540 }, async (event) => {
  await (await bot()).services.outbox.runner.run(event.params.deliveryId);
});

/** Sends scheduled deliveries when due, and resumes any that were interrupted. */
export const dueDeliveries = onSchedule({ schedule: "every 1 minutes", timeZone: "Asia/Bangkok", region, secrets, timeoutSeconds: 540 }, async () => {
  await (await bot()).services.outbox.runner.runDue();
});

/** Reminds staff of tickets unanswered past the configured working days; settles answer deliveries. */
export const ticketReminders = onSchedule({ schedule: "every day 09:00", timeZone: "Asia/Bangkok", region, secrets, timeoutSeconds: 300 }, async () => {
  const { runTicketReminders } = await import("../src/tickets/reminders");
  await runTicketReminders((await bot()).services);
});

/** Nudges officers whose activities have had no report for a while or lag the calendar (Bangkok morning). */
export const progressReminders = onSchedule({ schedule: "every day 09:00", timeZone: "Asia/Bangkok", region, secrets, timeoutSeconds: 300 }, async () => {
  const { runReminderJob } = await import("../src/progress/jobs");
  await runReminderJob((await bot()).services);
});

/** The weekly progress summary for admins, Monday morning in Bangkok. */
export const progressSummary = onSchedule({ schedule: "every monday 08:30", timeZone: "Asia/Bangkok", region, secrets, timeoutSeconds: 300 }, async () => {
  const { runSummaryJob } = await import("../src/progress/jobs");
  await runSummaryJob((await bot()).services);
});
