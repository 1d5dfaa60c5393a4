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
import { questionStats } from "../stats/qa-stats";
import { fiscalYearSpan } from "../thai/fiscal-year";
import type { ActivityStatus, PublicMeasure, PublicMonthStats, PublicSnapshot, PublicYearLink } from "./public-snapshot";

const STATUS: Record<ProgressStatus, ActivityStatus> = {
  not_started: "not-started",
  in_progress: "in-progress",
  done: "done",
  blocked: "problem",
};

/** How many months of Q&A statistics the page shows, this month included. */
const STATS_MONTHS = 12;

export interface PublicSnapshotOptions {
  now: Date;
  addFriendUrl: string | undefined;
  /** Links to the other years' pages. */
  years?: PublicYearLink[];
}

export async function loadPublicSnapshot(db: Firestore, progress: ProgressService, opts: PublicSnapshotOptions): Promise<PublicSnapshot> {
  const { plan } = progress;
  const closed = isClosedSnapshot(progress, opts.now);
  const from = new Date(opts.now.getTime());
  from.setUTCMonth(from.getUTCMonth() - (STATS_MONTHS - 1), 1);
  // A past year's page keeps that year's questions; the current page, the latest months.
  const span = progress.archived ? fiscalYearSpan(plan.fiscalYear) : { from, to: opts.now };
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

  const months: PublicMonthStats[] = stats.months.map((m) => ({
    month: m.month,
    received: m.botAnswered + m.botUnanswered,
    answeredByBot: m.botAnswered,
    handedToStaff: m.handedToStaff,
    answeredByStaff: m.answeredByStaff,
    open: m.stillOpen,
    medianHoursToStaffAnswer: m.medianHoursToStaffAnswer ?? undefined,
  }));

  return {
    orgName: plan.organization.shortName,
    orgFullName: plan.organization.name,
    fiscalYear: plan.fiscalYear,
    closed,
    ...(plan.sample ? { sampleNote: plan.sample.note } : {}),
    years: opts.years ?? [],
    generatedAt: opts.now,
    measures,
    stats: months,
    addFriendUrl: opts.addFriendUrl,
  };
}
