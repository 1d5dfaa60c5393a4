/**
 * The scheduled progress jobs, built on the app's services: what Cloud Functions' schedules call
 * (functions/index.ts) and what a local run's timer calls once a day (src/dev/start.ts).
 */
import type { CapabilityServices } from "../capabilities";
import { createStaffDirectory } from "../people/staff-directory";
import { loadDefaultPlan } from "../qa/answerer";
import { toBangkokCalendarDate } from "../thai/thai-date";
import { createProgressService } from "./progress-service";
import { bangkokDateKey, runProgressReminders, runWeeklySummary, type ReminderJobDeps } from "./reminders";

export function progressJobDeps(services: CapabilityServices): ReminderJobDeps {
  return {
    db: services.db,
    progress: createProgressService(services.db, loadDefaultPlan()),
    staff: createStaffDirectory(services.db, { adminUserIds: services.adminUserIds ?? [] }),
    deliveries: services.outbox.store,
    clock: services.clock,
    logger: services.logger,
  };
}

export const runReminderJob = (services: CapabilityServices) => runProgressReminders(progressJobDeps(services));
export const runSummaryJob = (services: CapabilityServices) => runWeeklySummary(progressJobDeps(services));

/**
 * For a local run's timer: reminders once a Bangkok day from 09:00, the summary on Mondays from
 * 08:30. The reminder log makes a second call on the same day harmless; this only saves the work.
 */
export function createDailyProgressTimer(services: CapabilityServices): () => Promise<void> {
  let remindedOn = "";
  let summarisedOn = "";
  return async () => {
    const now = services.clock.now();
    const day = bangkokDateKey(now);
    const bangkok = new Date(now.getTime() + 7 * 60 * 60 * 1000);
    const minutes = bangkok.getUTCHours() * 60 + bangkok.getUTCMinutes();
    const { year, month, day: d } = toBangkokCalendarDate(now);
    const monday = new Date(Date.UTC(year, month - 1, d)).getUTCDay() === 1;
    if (monday && minutes >= 8 * 60 + 30 && summarisedOn !== day) {
      summarisedOn = day;
      await runSummaryJob(services);
    }
    if (minutes >= 9 * 60 && remindedOn !== day) {
      remindedOn = day;
      await runReminderJob(services);
    }
  };
}
