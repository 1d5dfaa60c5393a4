import { foldThai, trigrams } from "../thai/fold";
import { canonicalizeItemCodes } from "../thai/item-codes";
import { normalizeText } from "../thai/normalize";
import { createTokenizer } from "../thai/segment";
import { KEEP_WHOLE, PHRASE_REWRITES } from "./synonyms";

/**
 * The one path every text takes, plan record or question, so both sides are compared in the same
 * form: normalize → canonical item codes → synonym rewrites → words; plus folded trigrams for typos.
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
  let text = canonicalizeItemCodes(normalizeText(raw));
  for (const [pattern, replacement] of PHRASE_REWRITES) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, " ").trim();
}

export function processText(raw: string): ProcessedText {
  const canonical = canonicalize(raw);
  return { canonical, tokens: tokenize(canonical), grams: trigrams(foldThai(canonical)) };
}

/** Words of an already canonical text. */
export function tokensOf(canonical: string): string[] {
  return tokenize(canonical);
}

/** Folded form of one token, for typo-tolerant vocabulary checks. */
export function foldToken(token: string): string {
  return foldThai(token);
}
