/**
 * The bot's scheduled jobs, in one table: Cloud Functions declares one `onSchedule` function per
 * entry (functions/index.ts) and a local run's timer runs the same entries at the same Bangkok
 * times (./local-scheduler.ts), so the two can never drift apart. Each job loads its code only when
 * it runs: importing this table is cheap (the deploy tool loads it).
 */
import type { CapabilityServices } from "../capabilities";

export interface ScheduledJob {
  /** App Engine cron syntax as Cloud Scheduler takes it; always read in Asia/Bangkok. */
  schedule: string;
  timeoutSeconds: number;
  run(services: CapabilityServices): Promise<unknown>;
}

export const SCHEDULE_TIME_ZONE = "Asia/Bangkok";

export const SCHEDULED_JOBS = {
  /** Sends scheduled deliveries when due, and resumes any that were interrupted. */
  dueDeliveries: {
    schedule: "every 1 minutes",
    timeoutSeconds: 540,
    run: (services) => services.outbox.runner.runDue(),
  },
  /** Reminds staff of tickets unanswered past the configured working days; settles answer deliveries. */
  ticketReminders: {
    schedule: "every day 09:00",
    timeoutSeconds: 300,
    run: async (services) => (await import("../tickets/reminders")).runTicketReminders(services),
  },
  /** Nudges officers whose activities have had no report for a while or lag the calendar. */
  progressReminders: {
    schedule: "every day 09:00",
    timeoutSeconds: 300,
    run: async (services) => (await import("../progress/jobs")).runReminderJob(services),
  },
  /** The weekly progress summary for admins, Monday morning. */
  progressSummary: {
    schedule: "every monday 08:30",
    timeoutSeconds: 300,
    run: async (services) => (await import("../progress/jobs")).runSummaryJob(services),
  },
  /** Removes citizens' waiting photos (sent before any text) whose wait ended without a ticket. */
  waitingPhotos: {
    schedule: "every day 03:00",
    timeoutSeconds: 300,
    run: async (services) => (await import("../tickets/waiting-photo-sweep")).sweepWaitingPhotos(services),
  },
} satisfies Record<string, ScheduledJob>;

export type ScheduledJobName = keyof typeof SCHEDULED_JOBS;
