import type { Tool } from "../plan/schema";

/**
 * What the engine decided to say, before any wording: the router's output and the templates'
 * input. Keeping it a plain value makes routing testable without reading Thai sentences.
 */
export type IssueFocus = "overview" | "score" | "failed" | "who" | "when" | "steps" | "why";
export type ItemFocus = "score" | "detail" | "who" | "when" | "steps";
export type CountSubject = "issues" | "items" | "failed" | "passed" | "measures" | "steps" | "tools" | "units";
export type HandoffReason = "out-of-scope" | "request" | "unknown-year" | "empty" | "low-confidence";

export type Decision =
  | { type: "smalltalk"; which: "greeting" | "thanks" }
  | { type: "handoff"; reason: HandoffReason; year?: number }
  | { type: "overview" }
  | { type: "plan-summary" }
  | { type: "item"; codes: string[]; focus: ItemFocus }
  | { type: "unknown-item"; codes: string[] }
  | { type: "items-with-score"; score: string }
  | { type: "issue"; issue: number; focus: IssueFocus; step?: number; /** show the whole measure, step highlighted */ wide?: boolean }
  | { type: "unknown-issue"; issue: number }
  | { type: "failed-list"; tool?: Tool }
  | { type: "count"; subject: CountSubject; tool?: Tool }
  | { type: "unit"; unit: string }
  | { type: "period" }
  | { type: "units-all" }
  | { type: "measures-list" }
  | { type: "glossary"; id: string; aspect: "define" | "respondents" }
  | { type: "faq"; id: string }
  | { type: "choice"; options: Decision[] };

/** A decision and how sure the engine is of it (0..1). */
export interface Routed {
  decision: Decision;
  confidence: number;
}
