import { foldThai, trigrams } from "../thai/fold";
import { canonicalizeItemCodes } from "../thai/item-codes";
import { normalizeText } from "../thai/normalize";
import { createTokenizer } from "../thai/segment";
import { KEEP_WHOLE, rewriteSynonyms } from "./synonyms";

/**
 * The one path every text takes, plan record, FAQ entry or question, so both sides are compared
 * in the same form: normalize → canonical item codes → lexicon rewrites (one pass) → words; plus
 * folded trigrams for typos. Every step is a single pass or close to it: the FAQ index runs this on
 * each of its entries (`npm run bench` prints texts per second).
 */
export interface ProcessedText {
  /** Normalized, codes canonical, synonyms rewritten. */
  canonical: string;
  tokens: string[];
  /** Folded trigrams of the canonical text (typo-tolerant evidence). */
  grams: string[];
}

const tokenize = createTokenizer(KEEP_WHOLE);

/** Canonical text only (no tokens), for pattern routing. */
export function canonicalize(raw: string): string {
  return rewriteSynonyms(canonicalizeItemCodes(normalizeText(raw)));
}

export function processText(raw: string): ProcessedText {
  const canonical = canonicalize(raw);
  return { canonical, tokens: tokenize(canonical), grams: trigrams(foldThai(canonical)) };
}

/** Words of an already canonical text. */
export function tokensOf(canonical: string): string[] {
  return tokenize(canonical);
}

/**
 * Words of many canonical texts, the same as {@link tokensOf} of each, with their new Thai runs
 * segmented together: what an index built from thousands of new texts at once should call.
 */
export function tokensOfAll(canonicals: readonly string[]): string[][] {
  tokenize.learn(canonicals);
  return canonicals.map(tokenize);
}

/** Folded form of one token, for typo-tolerant vocabulary checks. */
export function foldToken(token: string): string {
  return foldThai(token);
}
