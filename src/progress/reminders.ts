/**
 * Reminders and the weekly summary. {@link nudgesDue} decides who needs a nudge (pure, tested with
 * a fixed clock); the jobs turn that into outbox deliveries, which are sent exactly once outside any
 * webhook. A nudge is logged in `reminderLog/{bangkokDate}_{officer}_{activity}_{reason}` with
 * `create()` before its delivery is made, so however often the job runs, nobody is nudged twice for
 * the same thing on the same day. Both follow the current plan, and stop once its year is over. A
 * reminder for an officer who is in the middle of a flow waits until that flow ends.
 */
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import type { Clock } from "../clock";
import type { Logger } from "../logs";
import type { Message } from "../line/message-types";
import type { DeliveryStore } from "../outbox/delivery-store";
import type { StaffDirectory, StaffMember } from "../people/staff-directory";
import { toBangkokCalendarDate } from "../thai/thai-date";
import type { Activity } from "./activities";
import { computeOverview, isClosedSnapshot, type ActivityProgress } from "./overview";
import type { ProgressService } from "./progress-service";
import { overviewMessages, reminderMessages } from "./render";
import { isAlreadyExists } from "../store/firestore-errors";
import { flowsEndingAt } from "../bot/conversation-store";

export const REMINDER_LOG_COLLECTION = "reminderLog";

export type NudgeReason = "stale" | "behind";

export interface Nudge {
  userId: string;
  activity: Activity;
  reason: NudgeReason;
  progress: ActivityProgress;
}

/** Officers whose unit has an activity that is stale (no report for a while) or behind the clock. */
export function nudgesDue(progress: readonly ActivityProgress[], officers: readonly StaffMember[]): Nudge[] {
  const nudges: Nudge[] = [];
  for (const item of progress) {
    const reason: NudgeReason | undefined = item.stale ? "stale" : item.late ? "behind" : undefined;
    if (!reason) continue;
    for (const officer of officers) {
      if (officer.role === "officer" && officer.unitId === item.activity.unitId) {
        nudges.push({ userId: officer.userId, activity: item.activity, reason, progress: item });
      }
    }
  }
  return nudges;
}

export function bangkokDateKey(now: Date): string {
  const { year, month, day } = toBangkokCalendarDate(now);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface ReminderJobDeps {
  db: Firestore;
  progress: ProgressService;
  staff: StaffDirectory;
  deliveries: DeliveryStore;
  clock: Clock;
  logger: Logger;
}

/** Claims a log key; false when it was claimed before (this day's nudge already went out). */
async function claim(db: Firestore, key: string, fields: Record<string, unknown>): Promise<boolean> {
  try {
    await db.collection(REMINDER_LOG_COLLECTION).doc(key).create(fields);
    return true;
  } catch (err) {
    if (isAlreadyExists(err)) return false;
    throw err;
  }
}

/** Creates one reminder delivery per officer with something new to be nudged about today. */
export async function runProgressReminders(deps: ReminderJobDeps): Promise<{ officers: number; nudges: number }> {
  const now = deps.clock.now();
  const day = bangkokDateKey(now);
  const snapshot = await deps.progress.snapshot();
  const overview = computeOverview(snapshot, now);
  if (overview.closed) {
    // A year that is over has final figures: nobody is asked to catch up on it.
    deps.logger.info("progress.reminders.closed_year", { day, planId: snapshot.plan.id });
    return { officers: 0, nudges: 0 };
  }
  const due = nudgesDue(overview.activities, await deps.staff.list());
  const fresh = new Map<string, Nudge[]>();
  for (const nudge of due) {
    const key = `${day}_${nudge.userId}_${nudge.activity.id}_${nudge.reason}`;
    if (await claim(deps.db, key, { kind: "nudge", userId: nudge.userId, activityId: nudge.activity.id, reason: nudge.reason, at: Timestamp.fromDate(now) })) {
      fresh.set(nudge.userId, [...(fresh.get(nudge.userId) ?? []), nudge]);
    }
  }
  // Someone in the middle of a flow (reporting, say) gets the reminder when that flow ends, not on
  // top of it: chats are 1:1 here, so a chat's ID is the officer's user ID.
  const busyUntil = await flowsEndingAt(deps.db, [...fresh.keys()], now);
  for (const [userId, nudges] of fresh) {
    const sendAt = busyUntil.get(userId) ?? now;
    if (sendAt !== now) deps.logger.info("progress.reminders.held_for_flow", { userId, sendAt: sendAt.toISOString() });
    await deps.deliveries.create(
      {
        kind: "progress-reminder",
        label: `เตือนรายงานความคืบหน้า ${nudges.length} กิจกรรม (${day})`,
        audience: { type: "users", userIds: [userId] },
        messages: reminderMessages(nudges, snapshot.settings, now),
        sendAt,
        createdBy: "progress-reminders",
        ref: { day },
      },
      now,
    );
  }
  const nudgeCount = [...fresh.values()].reduce((n, l) => n + l.length, 0);
  deps.logger.info("progress.reminders.created", { day, officers: fresh.size, nudges: nudgeCount });
  return { officers: fresh.size, nudges: nudgeCount };
}

/** The weekly summary for admins; at most one per Bangkok day however often it runs. */
export async function runWeeklySummary(deps: ReminderJobDeps): Promise<{ admins: number }> {
  const now = deps.clock.now();
  const day = bangkokDateKey(now);
  const admins = (await deps.staff.list()).filter((m) => m.role === "admin").map((m) => m.userId);
  if (admins.length === 0) return { admins: 0 };
  const snapshot = await deps.progress.snapshot();
  if (isClosedSnapshot(snapshot, now)) {
    deps.logger.info("progress.summary.closed_year", { day, planId: snapshot.plan.id });
    return { admins: 0 };
  }
  if (!(await claim(deps.db, `${day}_summary`, { kind: "summary", at: Timestamp.fromDate(now) }))) return { admins: 0 };
  const messages: Message[] = overviewMessages(computeOverview(snapshot, now), snapshot, "สรุปความคืบหน้าประจำสัปดาห์");
  await deps.deliveries.create(
    {
      kind: "progress-summary",
      label: `สรุปความคืบหน้าประจำสัปดาห์ (${day})`,
      audience: { type: "users", userIds: admins },
      messages,
      sendAt: now,
      createdBy: "progress-summary",
      ref: { day },
    },
    now,
  );
  deps.logger.info("progress.summary.created", { day, admins: admins.length });
  return { admins: admins.length };
}
