import type { Plan } from "../plan/schema";
import { buildSegment, combineSegments, type KnowledgeIndex } from "./bm25-index";
import { createFaqMatcher, type FaqMatcher } from "./faq-matcher";
import type { Glossary } from "./glossary";
import { createProcessedTextCache } from "./processed-text-cache";
import { buildFaqRecords, buildPlanRecords, type FaqEntry } from "./records";
import { canonicalize, type ProcessedText, tokensOf, tokensOfAll } from "./text-pipeline";

function wordsOnly(text: string): ProcessedText {
  const canonical = canonicalize(text);
  return { canonical, tokens: tokensOf(canonical), grams: [] };
}

/** {@link wordsOnly} of each text, their new Thai runs segmented together. */
function allWordsOnly(texts: readonly string[]): ProcessedText[] {
  const canonicals = texts.map(canonicalize);
  const tokens = tokensOfAll(canonicals);
  return canonicals.map((canonical, i) => ({ canonical, tokens: tokens[i] as string[], grams: [] }));
}

/**
 * What the answerer knows: the plan (with the glossary) and the FAQ entries staff saved, in one
 * index of two segments. The plan's segment is built once per plan; a new set of FAQ entries
 * builds only the FAQ segment, from wordings processed once and kept while they are in use, so an
 * instance reloading after staff add one entry to 10,000 processes that one entry.
 *
 * The plan answerer routes on the plan's segment alone: what staff save never changes how a plan
 * question is understood (no FAQ word makes an out-of-scope word "known", no FAQ shifts the
 * plan's word weights). FAQ entries are matched on their own terms ({@link FaqMatcher}).
 */
export interface KnowledgeBase {
  /** The plan's and the glossary's records. */
  readonly plan: KnowledgeIndex;
  readonly faqs: ReadonlyMap<string, FaqEntry>;
  readonly faqMatcher: FaqMatcher;
  /** The same plan with exactly these FAQ entries; this one is left unchanged. */
  withFaqs(faqs: readonly FaqEntry[]): KnowledgeBase;
}

/**
 * `processWording` turns an FAQ wording into words (by default the pipeline without trigrams:
 * wordings are compared word by word); each distinct wording is processed once while in use.
 */
export function createKnowledgeBase(
  plan: Plan,
  glossary: Glossary,
  faqs: readonly FaqEntry[] = [],
  processWording?: (text: string) => ProcessedText,
): KnowledgeBase {
  const planSegment = buildSegment(buildPlanRecords(plan, glossary));
  const planIndex = combineSegments([planSegment]);
  const wordings = processWording ? createProcessedTextCache(processWording) : createProcessedTextCache(wordsOnly, allWordsOnly);

  const over = (entries: readonly FaqEntry[]): KnowledgeBase => {
    const usable = entries.filter((f) => f.questions.length > 0);
    // New wordings processed together first (one segmenter call per few hundred characters).
    wordings.hold(usable.flatMap((f) => f.questions));
    // Entries are compared word by word (faq-matcher.ts): their segment needs no trigrams.
    const faqSegment = buildSegment(buildFaqRecords(usable), wordings.get, { withGrams: false });
    const faqMatcher = createFaqMatcher({
      faqs: usable,
      entries: combineSegments([faqSegment]),
      weights: combineSegments([planSegment, faqSegment]),
      process: wordings.get,
    });
    wordings.sweep();
    return { plan: planIndex, faqs: new Map(usable.map((f) => [f.id, f])), faqMatcher, withFaqs: over };
  };
  return over(faqs);
}
