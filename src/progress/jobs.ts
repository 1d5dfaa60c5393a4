/**
 * The scheduled progress jobs, built on the app's services; the job table (src/jobs/scheduled-jobs.ts)
 * runs them on Cloud Functions' schedules and on a local run's timer.
 */
import type { CapabilityServices } from "../capabilities";
import { createStaffDirectory } from "../people/staff-directory";
import { runProgressReminders, runWeeklySummary, type ReminderJobDeps } from "./reminders";

/** The jobs' dependencies, on the plan that is current when the job runs. */
export async function progressJobDeps(services: CapabilityServices): Promise<ReminderJobDeps> {
  return {
    db: services.db,
    progress: await services.plans.currentProgress(),
    staff: createStaffDirectory(services.db, { adminUserIds: services.adminUserIds ?? [] }),
    deliveries: services.outbox.store,
    clock: services.clock,
    logger: services.logger,
  };
}

export const runReminderJob = async (services: CapabilityServices) => runProgressReminders(await progressJobDeps(services));
export const runSummaryJob = async (services: CapabilityServices) => runWeeklySummary(await progressJobDeps(services));

