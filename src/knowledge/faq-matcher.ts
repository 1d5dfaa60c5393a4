import { STOP_WORDS } from "../thai/stop-words";
import type { KnowledgeIndex } from "./bm25-index";
import type { FaqEntry } from "./records";
import { foldToken, type ProcessedText } from "./text-pipeline";

/**
 * Finds the FAQ entry a question means, through the same normalisation and index as the plan: the
 * question's words (synonyms rewritten, dialect and typos folded) are looked up in the FAQ
 * entries' segment of the index, and the best candidates are compared wording by wording.
 *
 * A wording matches when the two say the same thing *both ways*, rarer words weighing more (idf
 * over the plan and every entry):
 * - the question adds little the wording does not have (`MIN_QUESTION_COVERED`), so "ขยะอันตราย
 *   ทิ้งที่ไหน" does not take the answer of "ค่าเก็บขยะเดือนละกี่บาท" for sharing ขยะ;
 * - the question says most of what the wording says (`MIN_WORDING_COVERED`), so a bare "ขยะ" is
 *   not taken for any entry that mentions it.
 * - both ask something, or neither does: "สนามกีฬาไฟเสีย" reports a fault, "ขอใช้สนามกีฬาทำยังไง"
 *   asks how to book; the same words, not the same message.
 * It answers whatever staff answered, prices and opening hours included, which the plan answerer
 * refuses on principle: the entry is a staff answer to exactly that question.
 */
export interface FaqMatch {
  faq: FaqEntry;
  /** 0..1: the smaller of the two coverages. */
  score: number;
}

export interface FaqMatcher {
  readonly size: number;
  /** The entry the question (its processed form) means, if any. */
  match(question: Pick<ProcessedText, "canonical" | "tokens" | "grams">): FaqMatch | undefined;
}

export const MIN_QUESTION_COVERED = 0.75;
export const MIN_WORDING_COVERED = 0.5;
/** Candidates from the index compared wording by wording. */
const CANDIDATES = 12;


/**
 * Words and marks that make a message a question (canonical text: dialect and spelling variants
 * already read อะไร, ใคร, อย่างไร, เท่าไร, เมื่อไร).
 */
const ASKS = /\?|อะไร|ไหน|ไหม(?![\u0e48-\u0e4b])|มั้ย|มั๊ย|ไม๊|ใคร|เมื่อไร|อย่างไร|เท่าไร|กี่|ทำไม|หรือเปล่า|รึเปล่า|หรือยัง|ป่าว|ก่อ$|ก่อ\s|ได้บ่|(?<![a-z])(?:how|what|when|where|who|why|which)(?![a-z])/;

export function asksSomething(canonical: string): boolean {
  return ASKS.test(canonical);
}

/**
 * Words that can carry a question's meaning: not particles, not question words (those say only
 * that it asks, see {@link asksSomething}; ที่ไหน is one word to the segmenter), not lone letters.
 */
export function meaningWords(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) if (foldedMeaning(t) !== null) out.add(t);
  return [...out];
}

function isMeaningWord(token: string): boolean {
  return !STOP_WORDS.has(token) && !ASKS.test(token) && /[\u0e01-\u0e2ea-z0-9]/.test(token) && !/^[\u0e00-\u0e7f]$/.test(token);
}

/**
 * Per word: its folded spelling when it carries meaning, else null. Remembered, since an index of
 * 10,000 entries asks about a vocabulary of a few thousand words 100,000 times; past
 * {@link MAX_REMEMBERED_WORDS} the memory starts afresh (results never depend on it).
 */
const remembered = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 100_000;

function foldedMeaning(token: string): string | null {
  let folded = remembered.get(token);
  if (folded === undefined) {
    folded = isMeaningWord(token) ? foldToken(token) : null;
    if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
    remembered.set(token, folded);
  }
  return folded;
}

/** Folded spellings of meaning words (each one of {@link meaningWords}). */
function foldedAll(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(foldedMeaning(w) as string);
  return out;
}

interface Wording {
  words: readonly string[];
  folded: ReadonlySet<string>;
  asks: boolean;
}

/** Per processed text (cached with it while the wording is in use), so a reload does not redo it. */
const wordings = new WeakMap<ProcessedText, Wording>();

function wordingOf(processed: ProcessedText): Wording {
  let wording = wordings.get(processed);
  if (!wording) {
    const words = meaningWords(processed.tokens);
    wording = { words, folded: foldedAll(words), asks: asksSomething(processed.canonical) };
    wordings.set(processed, wording);
  }
  return wording;
}

/** Shortest folded word that may stand for a longer one containing it (เบี้ย for เบี้ยยังชีพ). */
const MIN_PART = 3;

/**
 * Whether a word (folded) is said by the other side: the same word, or one side's word contains
 * the other's, since paraphrases cut compounds differently (เบี้ย / เบี้ยยังชีพ, ค่าน้ำ / น้ำ).
 */
function said(word: string, other: ReadonlySet<string>): boolean {
  if (other.has(word)) return true;
  if (word.length < MIN_PART) return false;
  for (const o of other) if (o.length >= MIN_PART && (o.includes(word) || word.includes(o))) return true;
  return false;
}

/**
 * `entries` searches the FAQ entries' records only; `weights` is the whole index (plan and FAQ)
 * whose idf weighs words; `process` gives a wording's processed form (the cache the index was
 * built with, so no wording is processed twice).
 */
export function createFaqMatcher(opts: {
  faqs: readonly FaqEntry[];
  entries: KnowledgeIndex;
  weights: KnowledgeIndex;
  process: (text: string) => ProcessedText;
}): FaqMatcher {
  const { entries, weights } = opts;
  // An entry's wordings are read when a question first makes it a candidate: most of 10,000
  // entries never are, and building the index should not pay for them.
  const byId = new Map<string, { faq: FaqEntry; processed: readonly ProcessedText[]; wordings?: Wording[] }>();
  for (const faq of opts.faqs) byId.set(faq.id, { faq, processed: faq.questions.map(opts.process) });

  const covered = (words: readonly string[], folded: ReadonlySet<string>): number => {
    let total = 0;
    let shared = 0;
    for (const w of words) {
      const weight = weights.idf(w);
      total += weight;
      if (said(foldedMeaning(w) as string, folded)) shared += weight;
    }
    return total === 0 ? 0 : shared / total;
  };

  return {
    size: byId.size,
    match(question) {
      if (byId.size === 0) return undefined;
      const words = meaningWords(question.tokens);
      if (!words.length) return undefined;
      const folded = foldedAll(words);
      const asks = asksSomething(question.canonical);
      let best: (FaqMatch & { sum: number }) | undefined;
      for (const hit of entries.search(words, question.grams, CANDIDATES)) {
        if (hit.record.ref.kind !== "faq") continue;
        const entry = byId.get(hit.record.ref.id);
        if (!entry) continue;
        entry.wordings ??= entry.processed.map(wordingOf);
        for (const wording of entry.wordings) {
          if (wording.asks !== asks) continue;
          const ofQuestion = covered(words, wording.folded);
          if (ofQuestion < MIN_QUESTION_COVERED) continue;
          const ofWording = covered(wording.words, folded);
          if (ofWording < MIN_WORDING_COVERED) continue;
          const sum = ofQuestion + ofWording;
          if (!best || sum > best.sum) best = { faq: entry.faq, score: Math.min(ofQuestion, ofWording), sum };
        }
      }
      return best && { faq: best.faq, score: best.score };
    },
  };
}
