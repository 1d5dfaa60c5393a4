import type { Tool } from "../plan/schema";

/**
 * What the engine decided to say, before any wording: the output of `decide` and the input of the
 * templates. Keeping it a plain value makes understanding testable without reading Thai sentences.
 */
export type IssueFocus = "overview" | "score" | "failed" | "who" | "when" | "steps" | "why" | "items" | "tools" | "title";
export type ItemFocus = "score" | "detail" | "who" | "when" | "steps" | "location" | "tool";
export type CountSubject = "issues" | "items" | "failed" | "passed" | "measures" | "steps" | "tools" | "units" | "per-tool";
export type HandoffReason = "out-of-scope" | "request" | "unknown-year" | "empty" | "low-confidence" | "needs-context";
export type YearKind = "fiscal" | "assessment";

export type Decision =
  | { type: "smalltalk"; which: "greeting" | "thanks" | "ack" }
  | { type: "handoff"; reason: HandoffReason; year?: number; yearKind?: YearKind }
  | { type: "overview" }
  | { type: "plan-summary" }
  | { type: "plan-year"; which: YearKind }
  | { type: "item"; codes: string[]; focus: ItemFocus; compare?: boolean }
  | { type: "unknown-item"; codes: string[] }
  | { type: "items-with-score"; score: string }
  | { type: "issue"; issue: number; focus: IssueFocus; step?: number; /** show the whole measure, step highlighted */ wide?: boolean }
  | { type: "issues"; issues: number[]; focus: IssueFocus; compare?: boolean; /** further aspects asked of the same issues, said after `focus` */ also?: IssueFocus[] }
  | { type: "unknown-issue"; issue: number }
  | { type: "failed-list"; tool?: Tool; /** only items scoring under this (below the pass mark) */ under?: number }
  | { type: "full-issues" }
  | { type: "issues-with-failed"; most?: boolean; /** which issue holds the lowest-scored item */ lowest?: boolean }
  | { type: "issue-sizes"; most: boolean }
  | { type: "count"; subject: CountSubject; tool?: Tool }
  | { type: "unit"; unit: string }
  | { type: "measures-not-of"; unit: string }
  | { type: "period" }
  | { type: "units-all" }
  | { type: "measures-list" }
  | { type: "theme"; issues: Array<{ issue: number; steps: number[] }> }
  | { type: "glossary"; id: string; aspect: "define" | "respondents" }
  | { type: "faq"; id: string }
  | { type: "choice"; options: Decision[] };

/** A decision and how sure the engine is of it (0..1). */
export interface Routed {
  decision: Decision;
  confidence: number;
}
