/**
 * Gathers the public page's data from what the bot already keeps: the plan, the progress officers
 * reported (latest state per activity) and the Q&A statistics. Only units, counts and dates are
 * taken; reporters' names and notes stay private.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Plan } from "../plan/schema";
import type { ProgressStatus } from "../progress/activities";
import { createProgressService } from "../progress/progress-service";
import { closeReasonText, questionStats, type MonthStats } from "../stats/qa-stats";
import { fiscalYearOf, fiscalYearRange } from "../thai/thai-date";
import type { ActivityStatus, PublicMeasure, PublicMonthStats, PublicSnapshot } from "./public-snapshot";

const STATUS: Record<ProgressStatus, ActivityStatus> = {
  not_started: "not-started",
  in_progress: "in-progress",
  done: "done",
  blocked: "problem",
};

export async function loadPublicSnapshot(db: Firestore, plan: Plan, opts: { now: Date; addFriendUrl: string | undefined }): Promise<PublicSnapshot> {
  const progress = createProgressService(db, plan);
  // The Q&A statistics of the fiscal year we are in (1 October to now), as the ITA reports them.
  const statsFiscalYear = fiscalYearOf(opts.now);
  const { from } = fiscalYearRange(statsFiscalYear);
  const [snapshot, stats] = await Promise.all([progress.snapshot(), questionStats(db, { from, to: new Date(opts.now.getTime() + 1) })]);

  const measures: PublicMeasure[] = plan.issues.map((issue) => ({
    issueNumber: issue.number,
    issueTitle: issue.title,
    title: issue.measure.title,
    unit: issue.measure.unit,
    periodStart: issue.measure.period.start,
    periodEnd: issue.measure.period.end,
    steps: issue.measure.steps.map((text, i) => ({
      number: i + 1,
      text,
      activities: snapshot.activities
        .filter((a) => a.issueNumber === issue.number && a.stepNumber === i + 1)
        .map((a) => {
          const state = snapshot.states.get(a.id);
          return {
            unitName: a.unitName,
            status: STATUS[state?.status ?? "not_started"],
            percent: state?.percent ?? 0,
            lastUpdate: state?.reportedAt,
            evidenceCount: state?.evidenceCount ?? 0,
          };
        }),
    })),
  }));

  const row = (m: MonthStats): PublicMonthStats => ({
    month: m.month,
    received: m.total,
    answeredByBot: m.answeredByBot,
    answeredByStaff: m.answeredByStaff,
    closed: m.closed,
    closedByReason: Object.entries(m.closedByReason).map(([reason, count]) => ({ reason: closeReasonText(reason), count })),
    open: m.open,
    medianHoursToStaffAnswer: m.medianHoursToStaffAnswer ?? undefined,
  });

  return {
    orgName: plan.organization.shortName,
    orgFullName: plan.organization.name,
    fiscalYear: plan.fiscalYear,
    generatedAt: opts.now,
    measures,
    stats: stats.months.map(row),
    statsTotal: row(stats.total),
    statsFiscalYear,
    addFriendUrl: opts.addFriendUrl,
  };
}
