/**
 * Word segmentation for Thai with the runtime's own ICU dictionary (`Intl.Segmenter`, thai-qa.md:
 * no dependency, good enough here), with two cheap corrections: Latin/digit runs are kept whole
 * (`e8`, `99.61`, `eservice`), and a small domain dictionary is matched first so that words the ICU
 * dictionary lacks (dialect, transliterations, compounds) stay in one piece.
 *
 * ICU is the expensive part (tens of µs per call, most of it fixed cost), so a text makes at most
 * one call, over all its new Thai runs at once, and the words of every run are remembered: the same
 * run always splits the same way, and an index rebuilt after one FAQ edit meets only known runs.
 */
const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Splits normalized text into word tokens. */
export type Tokenizer = (normalized: string) => string[];

/** Runs remembered at most; past it the memory starts afresh (results never depend on it). */
const MAX_REMEMBERED_RUNS = 50_000;

const RUN = /[\u0e00-\u0e7f]+|[a-z0-9]+(?:[.][0-9]+)?/g;

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
  const remembered = new Map<string, readonly string[]>();

  /** A run as dictionary words (strings) and the gaps between them (left for ICU, as objects). */
  const pieces = (run: string): Array<string | { gap: string }> => {
    const out: Array<string | { gap: string }> = [];
    let pending = 0;
    for (let i = 0; i < run.length; ) {
      const hit = byFirst.get(run[i] as string)?.find((w) => run.startsWith(w, i));
      if (hit) {
        if (pending < i) out.push({ gap: run.slice(pending, i) });
        out.push(hit);
        i += hit.length;
        pending = i;
      } else i++;
    }
    if (pending < run.length) out.push({ gap: run.slice(pending) });
    return out;
  };

  /** Words of every new run, with one ICU call over all their gaps joined by spaces. */
  const learn = (runs: readonly string[]): void => {
    const split = runs.map(pieces);
    const gaps: string[] = [];
    for (const ps of split) for (const p of ps) if (typeof p !== "string") gaps.push(p.gap);
    const gapWords: string[][] = gaps.map(() => []);
    if (gaps.length) {
      const starts: number[] = [];
      let offset = 0;
      for (const g of gaps) {
        starts.push(offset);
        offset += g.length + 1;
      }
      let g = 0;
      for (const s of segmenter.segment(gaps.join(" "))) {
        if (!s.isWordLike) continue;
        while (g + 1 < starts.length && (starts[g + 1] as number) <= s.index) g++;
        gapWords[g]?.push(s.segment);
      }
    }
    if (remembered.size + runs.length > MAX_REMEMBERED_RUNS) remembered.clear();
    let g = 0;
    runs.forEach((run, r) => {
      const words: string[] = [];
      for (const p of split[r] ?? []) {
        if (typeof p === "string") words.push(p);
        else words.push(...(gapWords[g++] ?? []));
      }
      remembered.set(run, words);
    });
  };

  return (normalized: string): string[] => {
    const runs = normalized.match(RUN) ?? [];
    const fresh = runs.filter((run) => !remembered.has(run) && /^[\u0e00-\u0e7f]/.test(run));
    if (fresh.length) learn([...new Set(fresh)]);
    const out: string[] = [];
    for (const run of runs) {
      if (/^[a-z0-9]/.test(run)) out.push(run);
      else for (const word of remembered.get(run) ?? []) out.push(word);
    }
    return out;
  };
}
