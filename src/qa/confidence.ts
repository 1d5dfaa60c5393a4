import type { KnowledgeIndex, SearchHit } from "../knowledge/bm25-index";
import { STOP_WORDS } from "../thai/stop-words";
import { STRUCTURE_WORDS } from "../lexicon/structure";

const STRUCTURAL_WORDS: ReadonlySet<string> = new Set(STRUCTURE_WORDS);

/**
 * Whether a retrieved record really answers the question (thai-qa.md: a raw BM25 threshold never
 * reached zero wrong answers on out-of-scope questions). Two signals instead:
 * - coverage: the share of the question's topic words the best record contains, rarer words
 *   weighing more;
 * - veto: a topic word the knowledge base has never seen (ถนน, ประปา, ขยะ, เบี้ยยังชีพ) means the
 *   question is about something else, however well the other words match.
 */
export interface TopicWords {
  /** Words that can pick a topic. */
  content: string[];
  /** Words unknown to the knowledge base, even folded or by trigrams. */
  unknown: string[];
  /** Misspelt words recognised only by their trigrams: neither evidence for nor against. */
  loose: string[];
}

export function topicWords(tokens: readonly string[], index: KnowledgeIndex): TopicWords {
  const content: string[] = [];
  const unknown: string[] = [];
  const loose: string[] = [];
  for (const token of new Set(tokens)) {
    if (STOP_WORDS.has(token) || STRUCTURAL_WORDS.has(token)) continue;
    if (/^\d+(?:\.\d+)?$/.test(token)) continue;
    if (/^(?:[\u0e00-\u0e7f]|[a-z])$/.test(token)) continue;
    if (index.knows(token)) content.push(token);
    else if (isGluedFunctionWords(token)) continue;
    else if (index.knowsLoosely(token)) loose.push(token);
    else unknown.push(token);
  }
  return { content, unknown, loose };
}

/**
 * A word the knowledge base does not know, glued by the segmenter from two stop or structure words
 * (จะแจ้ง, ใช้ได้): it names no topic, so it must not veto a question as out of scope.
 */
function isGluedFunctionWords(token: string): boolean {
  for (let i = 1; i < token.length; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    if ((STOP_WORDS.has(head) || STRUCTURAL_WORDS.has(head)) && (STOP_WORDS.has(tail) || STRUCTURAL_WORDS.has(tail))) return true;
  }
  return false;
}

/** Weighted share of the topic words that a hit contains, 0..1. */
export function coverage(words: TopicWords, hit: SearchHit, index: KnowledgeIndex): number {
  let total = 0;
  let covered = 0;
  for (const token of words.content) {
    const w = index.idf(token);
    total += w;
    if (hit.matched.has(token)) covered += w;
  }
  for (const token of words.unknown) total += index.idf(token);
  return total === 0 ? 0 : covered / total;
}

/** Below this coverage the engine hands the question to staff instead of guessing. */
export const MIN_COVERAGE = 0.5;

/** Two hits closer than this (score ratio) are offered as a choice. */
export const CHOICE_RATIO = 0.92;
