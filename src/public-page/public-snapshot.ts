/**
 * Everything the public page shows, gathered in one plain object: the plan's measures with the
 * progress officers reported, and the Q&A channel's statistics. No personal data goes in here: no
 * names, no LINE IDs, no citizens' messages — only units, counts and dates.
 */
/** `no-report`: a closed year's activity nobody reported on (not "not started": nobody said so). */
export type ActivityStatus = "not-started" | "in-progress" | "done" | "problem" | "no-report";

export interface PublicActivity {
  unitName: string;
  status: ActivityStatus;
  percent: number;
  lastUpdate: Date | undefined;
  evidenceCount: number;
}

export interface PublicStep {
  number: number;
  text: string;
  activities: PublicActivity[];
}

export interface PublicMeasure {
  issueNumber: number;
  issueTitle: string;
  title: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
  steps: PublicStep[];
}

export interface PublicMonthStats {
  /** Gregorian "YYYY-MM" shown in Buddhist Era, or "total" for the fiscal year's total row. */
  month: string;
  /** Every citizen question: answeredByBot + answeredByStaff + closed + open. */
  received: number;
  answeredByBot: number;
  answeredByStaff: number;
  /** Closed without a staff answer, by reason (Thai words). */
  closed: number;
  closedByReason: Array<{ reason: string; count: number }>;
  open: number;
  /** Median hours from hand-off to a staff answer; undefined when nothing was answered. */
  medianHoursToStaffAnswer: number | undefined;
}

/** Another fiscal year's page, linked from this one. */
export interface PublicYearLink {
  fiscalYear: number;
  /** Relative to the page the link is on (pages are served under the function's own path). */
  href: string;
  current: boolean;
}

export interface PublicSnapshot {
  orgName: string;
  orgFullName: string;
  fiscalYear: number;
  /** The year is over or a newer plan replaced it: the figures are final. */
  closed?: boolean;
  /** Set for a demonstration copy: the page says it is an example, not a published plan. */
  sampleNote?: string;
  /** The other years the bot holds, newest first. */
  years?: PublicYearLink[];
  generatedAt: Date;
  measures: PublicMeasure[];
  /** The months of the current fiscal year so far. */
  stats: PublicMonthStats[];
  /** The fiscal year's total (the sum of `stats`). */
  statsTotal: PublicMonthStats;
  /** The fiscal year (BE) the statistics cover. */
  statsFiscalYear: number;
  /** https://line.me/R/ti/p/@… when the account's basic ID is configured. */
  addFriendUrl: string | undefined;
}

/** Percent of a step or measure: the mean of its activities' latest percent. */
export function meanPercent(activities: readonly { percent: number }[]): number {
  if (activities.length === 0) return 0;
  return Math.round(activities.reduce((sum, a) => sum + a.percent, 0) / activities.length);
}
