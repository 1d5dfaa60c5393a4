/**
 * Cloud Functions entry point: a thin shell. It declares the deployed endpoints (2nd gen, Bangkok's
 * nearest region, LINE credentials as secrets) and builds the bot from `src/` on first use, so
 * loading this module (as the deploy tool does) runs nothing slow and needs no secrets.
 */
import { onDocumentCreated } from "firebase-functions/firestore";
import { onRequest } from "firebase-functions/https";
import { defineSecret } from "firebase-functions/params";
import { onSchedule } from "firebase-functions/scheduler";
import { SCHEDULED_JOBS, SCHEDULE_TIME_ZONE, type ScheduledJobName } from "../src/jobs/scheduled-jobs";

const region = "asia-southeast1";
const secrets = [defineSecret("LINE_CHANNEL_SECRET"), defineSecret("LINE_CHANNEL_ACCESS_TOKEN")];

/**
 * Upper bounds on instances, so a flood (or a bug that loops) costs a bounded amount and cannot
 * exhaust Firestore or LINE's rate limits. One sub-district's traffic is a few requests a second:
 * 10 webhook instances × 80 concurrent requests is far above it; deliveries are few and each is
 * leased; a schedule needs one.
 */
const MAX_INSTANCES = { webhook: 10, deliveries: 5, schedule: 1 } as const;

/** Secrets are bound as environment variables at run time; src/config.ts reads and validates them. */
const bot = async () => (await import("../src/production")).productionBot();

/** LINE's webhook. Replies go out before the response: a function gets no CPU after it. */
export const webhook = onRequest({ region, secrets, memory: "512MiB", timeoutSeconds: 60, concurrency: 80, maxInstances: MAX_INSTANCES.webhook }, async (req, res) => {
  (await bot()).app(req, res);
});

/** Sends a delivery (announcement, reminder, answer) as soon as it is created, outside the webhook. */
export const deliveryCreated = onDocumentCreated({ document: "deliveries/{deliveryId}", region, secrets, timeoutSeconds: 540, maxInstances: MAX_INSTANCES.deliveries }, async (event) => {
  await (await bot()).services.outbox.runner.run(event.params.deliveryId);
});

/** One scheduled function per entry of the job table (Bangkok time); local runs use the same table. */
function scheduled(name: ScheduledJobName) {
  const job = SCHEDULED_JOBS[name];
  return onSchedule({ schedule: job.schedule, timeZone: SCHEDULE_TIME_ZONE, region, secrets, timeoutSeconds: job.timeoutSeconds, maxInstances: MAX_INSTANCES.schedule }, async () => {
    await job.run((await bot()).services);
  });
}

export const dueDeliveries = scheduled("dueDeliveries");
export const ticketReminders = scheduled("ticketReminders");
export const progressReminders = scheduled("progressReminders");
export const progressSummary = scheduled("progressSummary");
export const waitingPhotos = scheduled("waitingPhotos");
