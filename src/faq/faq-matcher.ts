/**
 * A direct match of a question against FAQ wordings, for questions the plan answerer refuses on
 * principle (prices, opening hours, requests: thai-qa.md's vetoes) but that staff have since
 * answered as an FAQ: "ค่าเก็บขยะเดือนละกี่บาท" is outside any plan, yet once it is an FAQ the next
 * citizen should get it at once. Both sides must share most of their content words, so a question
 * that only mentions the same topic is not answered with it.
 */
import type { FaqEntry } from "../qa/answerer";
import { processText } from "../knowledge/text-pipeline";
import { STOP_WORDS } from "../thai/stop-words";

export interface FaqMatcher {
  match(question: string): FaqEntry | undefined;
}

/** Share of the larger side's content words both sides have. */
const MIN_OVERLAP = 0.75;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of processText(text).tokens) if (!STOP_WORDS.has(t) && /[\u0e01-\u0e2ea-z0-9]/.test(t)) out.add(t);
  return out;
}

export function createFaqMatcher(faqs: readonly FaqEntry[]): FaqMatcher {
  const variants = faqs.flatMap((faq) => faq.questions.map((q) => ({ faq, words: contentWords(q), canonical: processText(q).canonical })));
  return {
    match(question) {
      if (!variants.length) return undefined;
      const canonical = processText(question).canonical;
      const words = contentWords(question);
      let best: { faq: FaqEntry; score: number } | undefined;
      for (const v of variants) {
        if (v.canonical === canonical) return v.faq;
        if (!v.words.size || !words.size) continue;
        let shared = 0;
        for (const w of words) if (v.words.has(w)) shared++;
        const score = shared / Math.max(words.size, v.words.size);
        if (shared >= 2 && score >= MIN_OVERLAP && (!best || score > best.score)) best = { faq: v.faq, score };
      }
      return best?.faq;
    },
  };
}
