/**
 * Word segmentation for Thai with the runtime's own ICU dictionary (`Intl.Segmenter`, thai-qa.md:
 * fast, no dependency, good enough here), with two cheap corrections: Latin/digit runs are kept
 * whole (`e8`, `99.61`, `eservice`), and a small domain dictionary is matched first so that words
 * the ICU dictionary lacks (dialect, transliterations, compounds) stay in one piece.
 */
const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Splits normalized text into word tokens. */
export type Tokenizer = (normalized: string) => string[];

/**
 * Builds a tokenizer that keeps the given words whole. Words are matched longest first at each
 * position of a Thai run; the rest of the run goes to the ICU segmenter.
 */
export function createTokenizer(dictionary: Iterable<string> = []): Tokenizer {
  const byFirst = new Map<string, string[]>();
  for (const word of dictionary) {
    if (!word) continue;
    const first = word[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  const segmentThai = (run: string, out: string[]): void => {
    let pending = 0;
    let i = 0;
    while (i < run.length) {
      const candidates = byFirst.get(run[i] as string);
      const hit = candidates?.find((w) => run.startsWith(w, i));
      if (hit) {
        if (pending < i) icuSegment(run.slice(pending, i), out);
        out.push(hit);
        i += hit.length;
        pending = i;
      } else i++;
    }
    if (pending < run.length) icuSegment(run.slice(pending), out);
  };

  return (normalized: string): string[] => {
    const out: string[] = [];
    for (const m of normalized.matchAll(/[\u0e00-\u0e7f]+|[a-z0-9]+(?:[.][0-9]+)?/g)) {
      const run = m[0];
      if (/^[a-z0-9]/.test(run)) out.push(run);
      else segmentThai(run, out);
    }
    return out;
  };
}

function icuSegment(text: string, out: string[]): void {
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
}
