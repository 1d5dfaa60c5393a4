import { STOP_WORDS } from "../thai/stop-words";
import type { KnowledgeRecord } from "./records";
import { foldToken, processText } from "./text-pipeline";

/**
 * BM25 over words, plus folded letter trigrams at a low weight for typos (thai-qa.md: ~0.1 ms a
 * query, and scores that can be thresholded). Postings are plain arrays per term so a query only
 * touches the records that share a word with it: growth with FAQ entries stays far below linear.
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

interface Posting {
  doc: number;
  tf: number;
}

const K1 = 1.2;
const B = 0.75;
const GRAM_WEIGHT = 0.15;

export function createIndex(records: readonly KnowledgeRecord[]): KnowledgeIndex {
  const words = new Map<string, Posting[]>();
  const folded = new Map<string, Set<string>>();
  const gramPostings = new Map<string, Posting[]>();
  const lengths: number[] = [];
  const docTerms: Array<ReadonlySet<string>> = [];

  records.forEach((record, doc) => {
    const tf = new Map<string, number>();
    const gtf = new Map<string, number>();
    let length = 0;
    for (const [text, weight] of record.fields) {
      if (!text) continue;
      const processed = processText(text);
      for (const token of processed.tokens) {
        if (STOP_WORDS.has(token)) continue;
        tf.set(token, (tf.get(token) ?? 0) + weight);
        length += weight;
      }
      for (const gram of processed.grams) gtf.set(gram, (gtf.get(gram) ?? 0) + weight);
    }
    lengths.push(length);
    docTerms.push(new Set(tf.keys()));
    for (const [token, n] of tf) {
      push(words, token, { doc, tf: n });
      const f = foldToken(token);
      const set = folded.get(f) ?? new Set<string>();
      set.add(token);
      folded.set(f, set);
    }
    for (const [gram, n] of gtf) push(gramPostings, gram, { doc, tf: n });
  });

  const n = records.length;
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);

  const variantsOf = (token: string): string[] => {
    if (words.has(token)) return [token];
    return [...(folded.get(foldToken(token)) ?? [])];
  };

  const scores = new Float64Array(n);
  const seenAt = new Uint32Array(n);
  let generation = 0;

  return {
    size: n,
    search(tokens, grams, limit = 8) {
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
      for (const token of queryTokens)
        for (const variant of variantsOf(token)) {
          const postings = words.get(variant) as Posting[];
          const idf = idfOf(postings.length);
          for (const p of postings) {
            const norm = p.tf + K1 * (1 - B + (B * (lengths[p.doc] ?? 0)) / avgLength);
            add(p.doc, (idf * p.tf * (K1 + 1)) / norm);
          }
        }
      // A trigram found in many records says nothing and costs a long posting walk: skip it.
      for (const gram of new Set(grams)) {
        const postings = gramPostings.get(gram);
        if (!postings || postings.length > Math.max(32, n / 20)) continue;
        const idf = idfOf(postings.length) * GRAM_WEIGHT;
        for (const p of postings) add(p.doc, idf * Math.min(1, p.tf));
      }
      const best = topK(touched, scores, limit);
      return best.map((doc) => {
        const terms = docTerms[doc] as ReadonlySet<string>;
        const matched = new Set<string>();
        for (const token of queryTokens) if (variantsOf(token).some((v) => terms.has(v))) matched.add(token);
        return { record: records[doc] as KnowledgeRecord, score: scores[doc] ?? 0, matched };
      });
    },
    idf(token) {
      const variants = variantsOf(token);
      if (!variants.length) return maxIdf;
      const df = Math.max(...variants.map((v) => words.get(v)?.length ?? 0));
      return idfOf(df);
    },
    knows(token) {
      return variantsOf(token).length > 0;
    },
    knowsLoosely(token) {
      const f = foldToken(token);
      if (f.length < 3) return false;
      for (let i = 0; i + 3 <= f.length; i++) if (!gramPostings.has(f.slice(i, i + 3))) return false;
      return true;
    },
    recordsWith(token) {
      const out: KnowledgeRecord[] = [];
      for (const v of variantsOf(token)) for (const p of words.get(v) ?? []) out.push(records[p.doc] as KnowledgeRecord);
      return out;
    },
  };
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

function push(map: Map<string, Posting[]>, key: string, posting: Posting): void {
  const list = map.get(key);
  if (list) list.push(posting);
  else map.set(key, [posting]);
}
