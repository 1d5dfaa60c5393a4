/**
 * Gathers the public page's data from what the bot already keeps: a held plan (the current one, or a
 * past year's for its archive page), the progress officers reported (latest state per activity) and
 * the Q&A statistics. Only units, counts and dates are taken; reporters' names and notes stay
 * private.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { ProgressStatus } from "../progress/activities";
import { isClosedSnapshot } from "../progress/overview";
import type { ProgressService } from "../progress/progress-service";
import { closeReasonText, questionStats, type MonthStats } from "../stats/qa-stats";
import { fiscalYearOf, fiscalYearSpan } from "../thai/fiscal-year";
import type { ActivityStatus, PublicMeasure, PublicMonthStats, PublicSnapshot, PublicYearLink } from "./public-snapshot";

const STATUS: Record<ProgressStatus, ActivityStatus> = {
  not_started: "not-started",
  in_progress: "in-progress",
  done: "done",
  blocked: "problem",
};

export interface PublicSnapshotOptions {
  now: Date;
  addFriendUrl: string | undefined;
  /** Links to the other years' pages. */
  years?: PublicYearLink[];
}

export async function loadPublicSnapshot(db: Firestore, progress: ProgressService, opts: PublicSnapshotOptions): Promise<PublicSnapshot> {
  const { plan } = progress;
  const closed = isClosedSnapshot(progress, opts.now);
  // The Q&A statistics by fiscal year, as the ITA reports them: a past year's page keeps that
  // year's questions; the current page, the fiscal year we are in (1 October to now).
  const statsFiscalYear = progress.archived ? plan.fiscalYear : fiscalYearOf(opts.now);
  const { from, to } = fiscalYearSpan(statsFiscalYear);
  const span = progress.archived ? { from, to } : { from, to: new Date(opts.now.getTime() + 1) };
  const [snapshot, stats] = await Promise.all([progress.snapshot(), questionStats(db, span)]);

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
            status: state ? STATUS[state.status] : closed ? "no-report" : "not-started",
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
    closed,
    ...(plan.sample ? { sampleNote: plan.sample.note } : {}),
    years: opts.years ?? [],
    generatedAt: opts.now,
    measures,
    stats: stats.months.map(row),
    statsTotal: row(stats.total),
    statsFiscalYear,
    addFriendUrl: opts.addFriendUrl,
  };
}
