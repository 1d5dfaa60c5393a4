/**
 * Word segmentation for Thai with the runtime's own ICU dictionary (`Intl.Segmenter`, thai-qa.md:
 * no dependency, good enough here), with two cheap corrections: Latin/digit runs are kept whole
 * (`e8`, `99.61`, `eservice`), and a small domain dictionary is matched first so that words the ICU
 * dictionary lacks (dialect, transliterations, compounds) stay in one piece.
 *
 * ICU is the expensive part (tens of µs per call, most of it fixed cost), so a text makes at most
 * one call, over all its new Thai runs at once, a batch of texts ({@link Tokenizer.learn}) one call
 * per few hundred characters of new runs, and the words of every run are remembered: the same run
 * always splits the same way, and an index rebuilt after one FAQ edit meets only known runs.
 */
const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Splits normalized text into word tokens. */
export interface Tokenizer {
  (normalized: string): string[];
  /**
   * Segments the new Thai runs of many texts together, before they are tokenized one by one: an
   * index built from 10,000 new FAQ wordings makes a few hundred ICU calls instead of 20,000.
   * Words come out exactly as if each text were tokenized alone.
   */
  learn(texts: Iterable<string>): void;
}

/** Runs remembered at most; past it the memory starts afresh (results never depend on it). */
const MAX_REMEMBERED_RUNS = 50_000;

/**
 * Characters per ICU call. Each call has a fixed cost (tens of µs), and the cost per character
 * grows with the length of the text a call is given (a 6,000-character text costs several times
 * more per character than the same text in pieces): a few hundred characters is the measured
 * sweet spot. Runs are joined with spaces, where ICU always breaks, so how they are grouped never
 * changes their words.
 */
const CHARS_PER_CALL = 256;

const RUN = /[\u0e00-\u0e7f]+|[a-z0-9]+(?:[.][0-9]+)?/g;

/**
 * Builds a tokenizer that keeps the given words whole. Words are matched longest first at each
 * position of a Thai run; the rest of the run goes to the ICU segmenter.
 */
export function createTokenizer(dictionary: Iterable<string> = []): Tokenizer {
  /** Dictionary words by their first UTF-16 code unit (read with charCodeAt: no string per character), longest first. */
  const byFirst = new Map<number, string[]>();
  for (const word of dictionary) {
    if (!word) continue;
    const first = word.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const remembered = new Map<string, readonly string[]>();

  /** The longest dictionary word at `i` in `run`, if any. */
  const wordAt = (run: string, i: number): string | undefined => {
    const candidates = byFirst.get(run.charCodeAt(i));
    if (candidates) for (const w of candidates) if (run.startsWith(w, i)) return w;
    return undefined;
  };

  /** A run as dictionary words (strings) and the gaps between them (left for ICU, as objects). */
  const pieces = (run: string): Array<string | { gap: string }> => {
    const out: Array<string | { gap: string }> = [];
    let pending = 0;
    for (let i = 0; i < run.length; ) {
      const hit = wordAt(run, i);
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

  /** ICU's words of each gap, gaps grouped into calls of about {@link CHARS_PER_CALL} characters. */
  const segmentGaps = (gaps: readonly string[]): string[][] => {
    const words: string[][] = gaps.map(() => []);
    for (let first = 0; first < gaps.length; ) {
      let last = first;
      let length = (gaps[first] as string).length;
      while (last + 1 < gaps.length && length + 1 + (gaps[last + 1] as string).length <= CHARS_PER_CALL) length += 1 + (gaps[++last] as string).length;
      const starts: number[] = [];
      let offset = 0;
      for (let g = first; g <= last; g++) {
        starts.push(offset);
        offset += (gaps[g] as string).length + 1;
      }
      let g = 0;
      for (const s of segmenter.segment(gaps.slice(first, last + 1).join(" "))) {
        if (!s.isWordLike) continue;
        while (g + 1 < starts.length && (starts[g + 1] as number) <= s.index) g++;
        words[first + g]?.push(s.segment);
      }
      first = last + 1;
    }
    return words;
  };

  /** Words of every new run (distinct, Thai), their gaps segmented together. */
  const learnRuns = (runs: readonly string[]): void => {
    const split = runs.map(pieces);
    const gaps: string[] = [];
    for (const ps of split) for (const p of ps) if (typeof p !== "string") gaps.push(p.gap);
    const gapWords = segmentGaps(gaps);
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

  /** The Thai runs of these texts not yet remembered, each once. */
  const freshRuns = (texts: Iterable<string>): string[] => {
    const fresh = new Set<string>();
    for (const text of texts) for (const run of text.match(RUN) ?? []) if (isThai(run) && !remembered.has(run)) fresh.add(run);
    return [...fresh];
  };

  const tokenize = (normalized: string): string[] => {
    const runs = normalized.match(RUN) ?? [];
    let fresh: Set<string> | undefined;
    for (const run of runs) if (isThai(run) && !remembered.has(run)) (fresh ??= new Set()).add(run);
    if (fresh) learnRuns([...fresh]);
    const out: string[] = [];
    for (const run of runs) {
      if (!isThai(run)) out.push(run);
      else for (const word of remembered.get(run) ?? []) out.push(word);
    }
    return out;
  };
  return Object.assign(tokenize, {
    learn(texts: Iterable<string>): void {
      const fresh = freshRuns(texts);
      // Learnt in slices, so that one huge batch does not outgrow the memory it is learnt into.
      for (let i = 0; i < fresh.length; i += MAX_REMEMBERED_RUNS / 2) learnRuns(fresh.slice(i, i + MAX_REMEMBERED_RUNS / 2));
    },
  });
}

/** A run from {@link RUN} is Thai when its first character is (Latin/digit runs are kept whole). */
const isThai = (run: string): boolean => run.charCodeAt(0) >= 0x0e00;
