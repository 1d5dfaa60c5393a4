/**
 * Where the plan stands, computed from a snapshot and the time: per measure, per unit, what is
 * late and which units have not reported. Pure, so it is tested with a fixed clock; the chat, the
 * weekly summary and the export all use it.
 */
import { isClosedYear } from "../plan/held-plan";
import { daysBetween, elapsedPercent, type Activity, type ProgressStatus } from "./activities";
import type { ActivityState } from "./progress-store";
import type { ProgressSnapshot } from "./progress-service";
import type { ProgressSettings } from "./settings";

export interface ActivityProgress {
  activity: Activity;
  state: ActivityState | undefined;
  status: ProgressStatus;
  percent: number;
  /** Percent a steady activity would have reached by now. */
  expected: number;
  /** Behind schedule by more than the allowed lag, or reported as having a problem. */
  late: boolean;
  /** No report for `staleDays` (or never) while its period is running. */
  stale: boolean;
}

export interface GroupProgress {
  key: string;
  label: string;
  activities: number;
  done: number;
  /** Mean percent of the group's activities, unreported counting as 0. */
  percent: number;
  late: number;
  lastReportAt: Date | undefined;
}

export interface Overview {
  at: Date;
  /**
   * The plan's year is over, or a newer plan replaced it: the figures are final, so nothing is
   * late or waiting for a report (an unfinished activity is just unfinished).
   */
  closed: boolean;
  /** Activities with at least one report. */
  reported: number;
  activities: ActivityProgress[];
  byIssue: GroupProgress[];
  byUnit: GroupProgress[];
  late: ActivityProgress[];
  /** Units with no report in the last `staleDays` days (or never). */
  silentUnits: GroupProgress[];
  totalPercent: number;
}

export function assessActivity(activity: Activity, state: ActivityState | undefined, settings: ProgressSettings, now: Date, closed = false): ActivityProgress {
  const status = state?.status ?? "not_started";
  const percent = state?.percent ?? 0;
  const expected = elapsedPercent(activity, now);
  const started = !closed && daysBetween(activity.start, now) >= 0;
  const finished = status === "done";
  const late = !finished && started && (status === "blocked" || percent + settings.lagPercent < expected);
  const since = state?.reportedAt ?? activity.start;
  const stale = !finished && started && daysBetween(since, now) >= settings.staleDays;
  return { activity, state, status, percent, expected, late, stale };
}

function group(items: ActivityProgress[], key: (a: Activity) => string, label: (a: Activity) => string): GroupProgress[] {
  const groups = new Map<string, ActivityProgress[]>();
  for (const item of items) {
    const k = key(item.activity);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].map(([k, list]) => {
    const last = list.map((i) => i.state?.reportedAt.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
    return {
      key: k,
      label: label(list[0]!.activity),
      activities: list.length,
      done: list.filter((i) => i.status === "done").length,
      percent: Math.round(list.reduce((n, i) => n + i.percent, 0) / list.length),
      late: list.filter((i) => i.late).length,
      lastReportAt: last > 0 ? new Date(last) : undefined,
    };
  });
}

/** Whether a snapshot's figures are final: an archived plan, or one whose last day is over. */
export function isClosedSnapshot(snapshot: Partial<Pick<ProgressSnapshot, "plan" | "archived">>, now: Date): boolean {
  return Boolean(snapshot.archived) || (snapshot.plan !== undefined && isClosedYear(snapshot.plan, now));
}

export function computeOverview(
  snapshot: Pick<ProgressSnapshot, "activities" | "states" | "settings"> & Partial<Pick<ProgressSnapshot, "plan" | "archived">>,
  now: Date,
): Overview {
  const { settings } = snapshot;
  const closed = isClosedSnapshot(snapshot, now);
  const activities = snapshot.activities.map((a) => assessActivity(a, snapshot.states.get(a.id), settings, now, closed));
  const byIssue = group(activities, (a) => String(a.issueNumber), (a) => `${a.issueNumber}. ${a.measureTitle}`);
  const byUnit = group(activities, (a) => a.unitId, (a) => a.unitName);
  const silentUnits = closed ? [] : byUnit.filter((u) => !u.lastReportAt || daysBetween(u.lastReportAt, now) >= settings.staleDays);
  const totalPercent = activities.length ? Math.round(activities.reduce((n, i) => n + i.percent, 0) / activities.length) : 0;
  const reported = activities.filter((a) => a.state).length;
  return { at: now, closed, reported, activities, byIssue, byUnit, late: activities.filter((a) => a.late), silentUnits, totalPercent };
}
