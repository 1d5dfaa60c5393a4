import { type DialectKey, dialectKey, showsDialect } from "./dialect-fold";

/**
 * Finds many phrases in one left-to-right pass over a text (a character trie, longest match
 * first), so a lexicon of hundreds of entries costs about as much as one: a regex per entry would
 * walk the text once per entry, and one alternation regex retries every alternative at every
 * position. Thai has no spaces between words, so a match must also sit on syllable boundaries: it
 * may not start right after a leading vowel (เ แ โ ใ ไ belong to the consonant after them) nor end
 * right before a vowel or tone mark (those belong to the consonant before them), which keeps ไผ
 * (who) out of ไผ่ (bamboo). Latin phrases must be whole words. Anything finer is said per phrase.
 */
export interface Phrase<T> {
  /** The phrase as normalised text has it (lower case, Arabic digits). */
  text: string;
  value: T;
  /** Texts that, right before the phrase, mean it is part of another word (ไลน์ in ออนไลน์). */
  notAfter?: readonly string[];
  /** Texts that, right after the phrase, mean it is part of another word (บ่ in บ่อย). */
  notBefore?: readonly string[];
  /** When given, the phrase counts only before one of these, or before a space, digit or the end. */
  onlyBefore?: readonly string[];
  /**
   * A standard word known only so that its northern spellings find it (with `dialect`; its value is
   * the word itself): it is never matched as written, and as written it shields its letters from
   * dialect matches.
   */
  known?: boolean;
  /** The phrase is itself a northern spelling: another spelling must show more northern marks to match it. */
  northern?: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

export interface PhraseMatcher<T> {
  /** Every match, left to right, never overlapping; at each position the longest phrase wins. */
  scan(text: string): Array<PhraseMatch<T>>;
  /**
   * The text with each match replaced by `replace(match)`, set off by single spaces (a space is
   * added only where the text has none, so the result needs no tidying).
   */
  replace(text: string, replace: (match: PhraseMatch<T>) => string): string;
}

/** Children by UTF-16 code unit: a Thai character read with charCodeAt allocates no string. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  phrases: Array<Phrase<T>>;
}

const isLeadingVowel = (c: number): boolean => c >= 0x0e40 && c <= 0x0e44;
/** Vowels written after or over a consonant, tone marks, and other marks that cannot begin a syllable. */
const isDependent = (c: number): boolean => (c >= 0x0e30 && c <= 0x0e3a) || c === 0x0e45 || (c >= 0x0e47 && c <= 0x0e4e);
const isLatin = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isThaiLetter = (c: number): boolean => c >= 0x0e01 && c <= 0x0e4e;
const THAI_LETTER = /[\u0e01-\u0e2e]/;

/** For each index of the text, the index of its character in the dialect key, or −1 (a tone mark). */
function keyIndex(dk: DialectKey, length: number): Int32Array {
  const keyOf = new Int32Array(length).fill(-1);
  dk.at.forEach((textIndex, k) => {
    keyOf[textIndex] = k;
  });
  return keyOf;
}

function insert<T>(root: TrieNode<T>, key: string, phrase: Phrase<T>): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), phrases: [] };
      node.next.set(code, child);
    }
    node = child;
  }
  node.phrases.push(phrase);
}

/** Dialect keys shorter than this (ตี้, ใจ้) are too easily another word: the lexicon lists them. */
const MIN_DIALECT_KEY = 3;

/**
 * @param options.skipSpaces spaces in the text may fall anywhere inside a phrase (phrases are
 *   compiled without theirs): for reading cues in text whose rewrites put spaces around words.
 * @param options.dialect a northern spelling of a phrase or of a `known` word matches it too
 *   (`dialect-fold.ts`): where it is longer than any phrase matched as written, it is replaced by the
 *   phrase's value (a known word's value is the word itself).
 */
export function compilePhrases<T>(phrases: Iterable<Phrase<T>>, options: { skipSpaces?: boolean; dialect?: boolean } = {}): PhraseMatcher<T> {
  const skipSpaces = options.skipSpaces ?? false;
  const root: TrieNode<T> = { next: new Map(), phrases: [] };
  const dialectRoot: TrieNode<T> | undefined = options.dialect ? { next: new Map(), phrases: [] } : undefined;
  for (const phrase of phrases) {
    if (!phrase.text) continue;
    if (!phrase.known) insert(root, skipSpaces ? phrase.text.replace(/ /g, "") : phrase.text, phrase);
    const key = dialectRoot ? dialectKey(phrase.text).key : "";
    if (dialectRoot && key.length >= MIN_DIALECT_KEY && THAI_LETTER.test(key)) insert(dialectRoot, key, phrase);
  }

  const fits = (text: string, start: number, end: number, phrase: Phrase<T>): boolean => {
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = end < text.length ? text.charCodeAt(end) : 0;
    if (isLatin(phrase.text.charCodeAt(0)) ? isLatin(before) : isLeadingVowel(before)) return false;
    if (isLatin(phrase.text.charCodeAt(phrase.text.length - 1)) ? isLatin(after) : isDependent(after)) return false;
    if (phrase.notAfter?.some((p) => text.endsWith(p, start))) return false;
    if (phrase.notBefore?.some((p) => text.startsWith(p, end))) return false;
    if (phrase.onlyBefore && isThaiLetter(after) && !phrase.onlyBefore.some((p) => text.startsWith(p, end))) return false;
    return true;
  };

  const matchAt = (text: string, start: number): PhraseMatch<T> | undefined => {
    let node: TrieNode<T> | undefined = root;
    let best: PhraseMatch<T> | undefined;
    for (let i = start; node && i < text.length; ) {
      const code = text.charCodeAt(i);
      if (skipSpaces && i > start && code === 32) {
        i++;
        continue;
      }
      node = node.next.get(code);
      i++;
      if (!node) break;
      for (const phrase of node.phrases) if (fits(text, start, i, phrase)) best = { start, end: i, value: phrase.value };
    }
    return best;
  };

  /**
   * The longest northern spelling of a phrase starting at `start`, when exactly one value fits it.
   * Returns `shield` instead when the text there is a known word as written, which no dialect
   * match may then start inside.
   */
  const dialectAt = (text: string, dk: DialectKey, keyOf: Int32Array, start: number): { match?: PhraseMatch<T>; shield?: number } => {
    let node: TrieNode<T> | undefined = dialectRoot;
    let match: PhraseMatch<T> | undefined;
    let shield: number | undefined;
    // After ั or ็ comes the syllable's final consonant, never the start of a word.
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before === 0x0e31 || before === 0x0e47) return {};
    for (let k = keyOf[start] ?? -1; k >= 0 && node && k < dk.key.length; ) {
      node = node.next.get(dk.key.charCodeAt(k));
      k++;
      if (!node?.phrases.length) continue;
      const end = k < dk.key.length ? (dk.at[k] as number) : text.length;
      const written = text.slice(start, end);
      const fitting = node.phrases.filter((p) => fits(text, start, end, p));
      if (fitting.some((p) => p.text === written)) shield = end;
      const northern = fitting.filter((p) => showsDialect(written, p.text, p.northern));
      const values = new Set(northern.map((p) => p.value));
      if (values.size === 1 && northern[0]) match = { start, end, value: northern[0].value };
      else if (values.size > 1) match = undefined;
    }
    return { ...(match ? { match } : {}), ...(shield !== undefined ? { shield } : {}) };
  };

  const scan = (text: string): Array<PhraseMatch<T>> => {
    const out: Array<PhraseMatch<T>> = [];
    const dk = dialectRoot && THAI_LETTER.test(text) ? dialectKey(text) : undefined;
    const keyOf = dk ? keyIndex(dk, text.length) : undefined;
    let shielded = 0;
    for (let i = 0; i < text.length; ) {
      let m = matchAt(text, i);
      if (dk && keyOf && i >= shielded) {
        const d = dialectAt(text, dk, keyOf, i);
        if (d.shield !== undefined) shielded = d.shield;
        if (d.match && d.match.end > (m?.end ?? i) && (d.shield ?? 0) < d.match.end) m = d.match;
      }
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  };

  return {
    scan,
    replace(text, replace) {
      const matches = scan(text);
      if (!matches.length) return text;
      let out = "";
      let last = 0;
      for (const m of matches) {
        out += text.slice(last, m.start);
        if (out && !out.endsWith(" ")) out += " ";
        out += replace(m);
        last = m.end;
        if (last < text.length && text[last] !== " ") out += " ";
      }
      return out + text.slice(last);
    },
  };
}
