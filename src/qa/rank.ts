import type { Plan } from "../plan/schema";

/**
 * "ข้อที่ได้คะแนนต่ำเป็นอันดับสอง", "the second lowest item": which place from the bottom is asked,
 * read from the canonical text (the lexicon writes every ordinal as `อันดับ N`: อันดับสอง, รองลงมา,
 * second, 2nd). 1 when no place is named.
 */
const PLACE = /อันดับ\s?(?:ที่\s?)?(\d)(?!\d)/;

export function placeAsked(text: string): number {
  const m = PLACE.exec(text);
  return m ? Number(m[1]) : 1;
}

/**
 * The codes of the items holding the given place among the plan's distinct item scores, lowest
 * first (1: the lowest, 2: the next score above it…). Items at the same score share a place, so
 * the answer names them all. Empty when the plan has fewer distinct scores.
 */
export function itemsAtPlace(plan: Plan, place: number): string[] {
  // every item has a score (plan/schema.ts requires one)
  const items = plan.issues.flatMap((i) => i.items);
  const scores = [...new Set(items.map((it) => Number(it.score)))].sort((a, b) => a - b);
  const score = scores[place - 1];
  if (score === undefined) return [];
  return [...new Set(items.filter((it) => Number(it.score) === score).map((it) => it.code))];
}
