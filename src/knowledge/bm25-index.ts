import { STOP_WORDS } from "../thai/stop-words";
import type { KnowledgeRecord } from "./records";
import { foldToken, type ProcessedText, processText } from "./text-pipeline";

/**
 * BM25 over words, plus folded letter trigrams at a low weight for typos (thai-qa.md: ~0.1 ms a
 * query, and scores that can be thresholded). Postings are plain arrays per term so a query only
 * touches the records that share a word with it: growth with FAQ entries stays far below linear.
 *
 * An index is made of segments, as Lucene's are: each is built once from its records and never
 * changes; a {@link KnowledgeIndex} reads one or more of them with statistics (record count,
 * average length, document frequency) summed over all, so its scores are exactly those of one
 * index built from every record. The plan's segment is built once per plan; the FAQ entries'
 * segment is rebuilt when staff change an entry, without touching the plan's.
 */
export interface SearchHit {
  record: KnowledgeRecord;
  score: number;
  /** Query words this record contains (exactly or folded). */
  matched: ReadonlySet<string>;
}

export interface KnowledgeIndex {
  readonly size: number;
  search(tokens: readonly string[], grams: readonly string[], limit?: number): SearchHit[];
  /** Inverse document frequency of a word; unknown words get the highest. */
  idf(token: string): number;
  /** True when the word, or its folded spelling, occurs in some record. */
  knows(token: string): boolean;
  /** True when every folded trigram of the word occurs in some record (a misspelt known word). */
  knowsLoosely(token: string): boolean;
  /** Records whose words include this one (for look-ups by word). */
  recordsWith(token: string): readonly KnowledgeRecord[];
}

/** Documents (ascending) and their weighted term frequencies, side by side. */
interface Postings {
  docs: number[];
  tfs: number[];
}

/** One immutable part of an index, built once from its records. */
export interface IndexSegment {
  readonly records: readonly KnowledgeRecord[];
  /** @internal word → postings */
  readonly words: ReadonlyMap<string, Postings>;
  /** @internal folded spelling → the words of this segment that fold to it */
  readonly folded: ReadonlyMap<string, readonly string[]>;
  /** @internal folded trigram → postings */
  readonly grams: ReadonlyMap<string, Postings>;
  /** @internal weighted length of each record */
  readonly lengths: Float64Array;
  readonly totalLength: number;
}

/** Turns one field's text into words and trigrams; a caller may pass a cached one. */
export type TextProcessor = (text: string) => ProcessedText;

const K1 = 1.2;
const B = 0.75;
const GRAM_WEIGHT = 0.15;

/**
 * Builds a segment. `withGrams: false` leaves out the letter trigrams, for records only ever
 * compared word by word (FAQ entries): they are most of a segment's postings.
 */
export function buildSegment(records: readonly KnowledgeRecord[], process: TextProcessor = processText, opts: { withGrams?: boolean } = {}): IndexSegment {
  const withGrams = opts.withGrams ?? true;
  const words = new Map<string, Postings>();
  const grams = new Map<string, Postings>();
  const folded = new Map<string, string[]>();
  const lengths = new Float64Array(records.length);
  let totalLength = 0;

  records.forEach((record, doc) => {
    let length = 0;
    for (const [text, weight] of record.fields) {
      if (!text) continue;
      const processed = process(text);
      for (const token of processed.tokens) {
        if (STOP_WORDS.has(token)) continue;
        length += weight;
        if (add(words, token, doc, weight)) {
          const f = foldToken(token);
          const same = folded.get(f);
          if (same) same.push(token);
          else folded.set(f, [token]);
        }
      }
      if (withGrams) for (const gram of processed.grams) add(grams, gram, doc, weight);
    }
    lengths[doc] = length;
    totalLength += length;
  });
  return { records, words, folded, grams, lengths, totalLength };
}

/** An index over one or more segments, scored as if their records were one collection. */
export function combineSegments(segments: readonly IndexSegment[]): KnowledgeIndex {
  const offsets: number[] = [];
  const records: KnowledgeRecord[] = [];
  let totalLength = 0;
  for (const s of segments) {
    offsets.push(records.length);
    for (const r of s.records) records.push(r);
    totalLength += s.totalLength;
  }
  const n = records.length;
  const avgLength = totalLength / Math.max(1, n);
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);

  /** The word itself when some record has it; else the words that fold to the same spelling. */
  const variantsOf = (token: string): string[] => {
    if (segments.some((s) => s.words.has(token))) return [token];
    const f = foldToken(token);
    const out = new Set<string>();
    for (const s of segments) for (const w of s.folded.get(f) ?? []) out.add(w);
    return [...out];
  };
  const df = (postingsOf: (s: IndexSegment) => Postings | undefined): number => {
    let count = 0;
    for (const s of segments) count += postingsOf(s)?.docs.length ?? 0;
    return count;
  };

  const scores = new Float64Array(n);
  const seenAt = new Uint32Array(n);
  let generation = 0;

  return {
    size: n,
    search(tokens, queryGrams, limit = 8) {
      generation++;
      const touched: number[] = [];
      const add = (doc: number, value: number): void => {
        if (seenAt[doc] !== generation) {
          seenAt[doc] = generation;
          scores[doc] = 0;
          touched.push(doc);
        }
        scores[doc] = (scores[doc] ?? 0) + value;
      };
      const queryTokens = [...new Set(tokens)].filter((t) => !STOP_WORDS.has(t));
      const variants = queryTokens.map(variantsOf);
      for (const forms of variants)
        for (const variant of forms) {
          const idf = idfOf(df((s) => s.words.get(variant)));
          segments.forEach((s, i) => {
            const postings = s.words.get(variant);
            if (!postings) return;
            const offset = offsets[i] as number;
            for (let j = 0; j < postings.docs.length; j++) {
              const local = postings.docs[j] as number;
              const tf = postings.tfs[j] as number;
              const norm = tf + K1 * (1 - B + (B * (s.lengths[local] ?? 0)) / avgLength);
              add(offset + local, (idf * tf * (K1 + 1)) / norm);
            }
          });
        }
      // A trigram found in many records says nothing and costs a long posting walk: skip it.
      for (const gram of new Set(queryGrams)) {
        const count = df((s) => s.grams.get(gram));
        if (count === 0 || count > Math.max(32, n / 20)) continue;
        const idf = idfOf(count) * GRAM_WEIGHT;
        segments.forEach((s, i) => {
          const postings = s.grams.get(gram);
          if (!postings) return;
          const offset = offsets[i] as number;
          for (let j = 0; j < postings.docs.length; j++) add(offset + (postings.docs[j] as number), idf * Math.min(1, postings.tfs[j] as number));
        });
      }
      return topK(touched, scores, limit).map((doc) => {
        const at = segmentOf(offsets, doc);
        const s = segments[at] as IndexSegment;
        const local = doc - (offsets[at] as number);
        const matched = new Set<string>();
        queryTokens.forEach((token, i) => {
          if ((variants[i] as string[]).some((v) => contains(s.words.get(v), local))) matched.add(token);
        });
        return { record: records[doc] as KnowledgeRecord, score: scores[doc] ?? 0, matched };
      });
    },
    idf(token) {
      const forms = variantsOf(token);
      if (!forms.length) return maxIdf;
      return idfOf(Math.max(...forms.map((v) => df((s) => s.words.get(v)))));
    },
    knows(token) {
      return variantsOf(token).length > 0;
    },
    knowsLoosely(token) {
      const f = foldToken(token);
      if (f.length < 3) return false;
      for (let i = 0; i + 3 <= f.length; i++) {
        const gram = f.slice(i, i + 3);
        if (!segments.some((s) => s.grams.has(gram))) return false;
      }
      return true;
    },
    recordsWith(token) {
      const out: KnowledgeRecord[] = [];
      for (const v of variantsOf(token))
        segments.forEach((s, i) => {
          for (const doc of s.words.get(v)?.docs ?? []) out.push(records[(offsets[i] as number) + doc] as KnowledgeRecord);
        });
      return out;
    },
  };
}

/** An index over these records alone (one segment). */
export function createIndex(records: readonly KnowledgeRecord[]): KnowledgeIndex {
  return combineSegments([buildSegment(records)]);
}

/**
 * Adds `weight` to the term's frequency in `doc`, the document being indexed (documents are added
 * in order, so it can only be the last one listed); true when the term is new to the segment.
 */
function add(map: Map<string, Postings>, key: string, doc: number, weight: number): boolean {
  const postings = map.get(key);
  if (!postings) {
    map.set(key, { docs: [doc], tfs: [weight] });
    return true;
  }
  const last = postings.docs.length - 1;
  if (postings.docs[last] === doc) postings.tfs[last] = (postings.tfs[last] as number) + weight;
  else {
    postings.docs.push(doc);
    postings.tfs.push(weight);
  }
  return false;
}

/** Whether sorted postings contain a document (binary search). */
function contains(postings: Postings | undefined, doc: number): boolean {
  if (!postings) return false;
  const { docs } = postings;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid] as number;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Which segment a global document number falls in. */
function segmentOf(offsets: readonly number[], doc: number): number {
  let i = offsets.length - 1;
  while (i > 0 && (offsets[i] as number) > doc) i--;
  return i;
}

/** The `k` best documents by score, best first, without sorting every touched document. */
function topK(docs: readonly number[], scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (const doc of docs) {
    const score = scores[doc] ?? 0;
    if (best.length === k && score <= (scores[best[k - 1] as number] ?? 0)) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && (scores[best[i - 1] as number] ?? 0) < score) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = doc;
  }
  return best;
}
