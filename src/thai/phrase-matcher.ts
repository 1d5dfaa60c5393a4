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

/**
 * @param options.skipSpaces spaces in the text may fall anywhere inside a phrase (phrases are
 *   compiled without theirs): for reading cues in text whose rewrites put spaces around words.
 */
export function compilePhrases<T>(phrases: Iterable<Phrase<T>>, options: { skipSpaces?: boolean } = {}): PhraseMatcher<T> {
  const skipSpaces = options.skipSpaces ?? false;
  const root: TrieNode<T> = { next: new Map(), phrases: [] };
  for (const phrase of phrases) {
    if (!phrase.text) continue;
    let node = root;
    const text = skipSpaces ? phrase.text.replace(/ /g, "") : phrase.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), phrases: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    node.phrases.push(phrase);
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

  const scan = (text: string): Array<PhraseMatch<T>> => {
    const out: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < text.length; ) {
      const m = matchAt(text, i);
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
