import type { Plan } from "../plan/schema";
import type { YearKind } from "./decision";
import type { Query, YearRef } from "./query";

/**
 * Which year a question means, and whether the plan holds it (issue 13, item 4). A plan holds two
 * years: its own fiscal year (the measures) and the assessment year whose ITA result it analyses.
 * Relative words count from "now", the current fiscal year (the bot gives it from the calendar;
 * alone with one plan, the plan's own year), or in a follow-up the year the chat was just talking
 * about; "ล่าสุด"/"ครั้งนี้" mean the latest the plan holds. Christian-era years are read as
 * Buddhist Era (2024 → 2567). With several plans held, the answerer picks the plan holding the year.
 */
const RESULT_ASKS = ["score", "level", "pass", "analysis"] as const;
const PLAN_ASKS = ["steps", "owner", "period"] as const;

/** Whether a question is about the assessment's result or the plan's measures. */
export function yearKindOf(q: Query): YearKind {
  const result = RESULT_ASKS.some((a) => q.asks.has(a) || q.weakAsks.has(a)) || q.targets.has("assessment") || q.about.items.length > 0 || q.asksIfOut;
  const measures = PLAN_ASKS.some((a) => q.asks.has(a)) || q.targets.has("measure") || q.targets.has("plan") || q.targets.has("step");
  if (result && measures) return /ผล/.test(q.text) || q.about.items.length > 0 ? "assessment" : "fiscal";
  return result ? "assessment" : "fiscal";
}

export function heldYear(plan: Plan, kind: YearKind): number {
  return kind === "assessment" ? plan.assessment.year : plan.fiscalYear;
}

/**
 * The Buddhist Era year a question means, or undefined when it names none (or "the latest", which
 * is whatever the plan holds). `now` is the current fiscal year; `base`, what "last year" counts
 * from: now, or in a follow-up the year the chat was just talking about.
 */
export function resolveYear(y: YearRef | undefined, base: number, now: number, asksIfOut = false): number | undefined {
  if (asksIfOut && (!y || y.relative === "current")) return now;
  if (!y) return undefined;
  if (y.said !== "relative") return y.be;
  if (y.relative === 0) return now;
  if (typeof y.relative === "number") return base + y.relative;
  return undefined;
}
