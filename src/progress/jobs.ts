/**
 * The scheduled progress jobs, built on the app's services; the job table (src/jobs/scheduled-jobs.ts)
 * runs them on Cloud Functions' schedules and on a local run's timer.
 */
import type { CapabilityServices } from "../capabilities";
import { createStaffDirectory } from "../people/staff-directory";
import { createProgressService } from "./progress-service";
import { runProgressReminders, runWeeklySummary, type ReminderJobDeps } from "./reminders";

export function progressJobDeps(services: CapabilityServices): ReminderJobDeps {
  return {
    db: services.db,
    progress: createProgressService(services.db, services.plan),
    staff: createStaffDirectory(services.db, { adminUserIds: services.adminUserIds ?? [] }),
    deliveries: services.outbox.store,
    clock: services.clock,
    logger: services.logger,
  };
}

export const runReminderJob = (services: CapabilityServices) => runProgressReminders(progressJobDeps(services));
export const runSummaryJob = (services: CapabilityServices) => runWeeklySummary(progressJobDeps(services));

