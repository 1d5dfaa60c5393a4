import type { Ask } from "../lexicon/types";
import type { Query } from "./query";

/**
 * Asks a glossary definition cannot answer. A term's definition says what EIT or ป.ป.ช. is; it
 * gives no score, unit, period, steps, count or list of anything. A question that merely contains a
 * glossary word ("คนนอกมาติดต่อ" is in EIT's definition, "ตรวจ" in OIT's) while asking one of these
 * is about something else, and answering it with the definition would be a wrong answer.
 */
const NOT_ANSWERED_BY_A_DEFINITION: readonly Ask[] = ["score", "pass", "owner", "period", "steps", "count", "list", "analysis", "location", "year"];

/**
 * When the question names the term itself as its only topic, "how" and "how do they differ" are
 * about the term ("IIT กับ EIT ต่างกันยังไง", "OIT วัดยังไง"): its definition answers them.
 */
const ABOUT_THE_TERM_ITSELF: readonly Ask[] = ["steps", "analysis", "list"];

/**
 * Whether the question asks for something other than what a term means (or who answers it).
 * `termIsTopic`: the question names the term and nothing else to ask about.
 */
export function asksBeyondDefinition(q: Query, termIsTopic = false): boolean {
  if (q.asks.has("definition") || q.asks.has("respondents")) return false;
  const beyond = termIsTopic ? NOT_ANSWERED_BY_A_DEFINITION.filter((a) => !ABOUT_THE_TERM_ITSELF.includes(a)) : NOT_ANSWERED_BY_A_DEFINITION;
  return beyond.some((a) => q.asks.has(a)) || q.filters.size > 0;
}
