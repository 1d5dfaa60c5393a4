import { DIGIT_WORDS, ENGLISH_NUMBERS, NUMBERED_BY, TEN_WORD, TWENTY_WORD } from "../lexicon/number-words";

/**
 * Reads numbers written as words where the text numbers something (an item code, an issue, a
 * step): `ไอสิบห้า` → `ไอ 15`, `ประเด็นที่ห้า` → `ประเด็นที่ 5`, `issue four` → `issue 4`. Elsewhere number
 * words stay words. Input is normalised text.
 */
/** Context words at least this long are matched wherever they stand. */
const LONG_CONTEXT = 6;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DIGIT = Object.keys(DIGIT_WORDS)
  .filter((w) => w !== "ยี่" && w !== "เอ็ด")
  .join("|");
const THAI_NUMBER = `(?:(?:(?:${DIGIT}|ยี่)?${TEN_WORD}|${TWENTY_WORD})(?:${DIGIT}|เอ็ด)?|${DIGIT})`;
const ENGLISH_NUMBER = Object.keys(ENGLISH_NUMBERS).join("|");
const byLength = [...NUMBERED_BY].sort((a, b) => b.length - a.length);
/** Short context words (ข้อ, ด้าน, i) are pieces of other words (หัวข้อ, ข้อมูล): they count only at a word's start. */
const isLong = (w: string): boolean => w.length >= LONG_CONTEXT && /^[\u0e00-\u0e7f]+$/.test(w);
const CONTEXT = byLength.filter((w) => !isLong(w)).map(escape).join("|");
/** Long ones (ประเด็นที่, มาตรการ) are words of their own even glued to the word before (แล้วประเด็นที่สาม). */
const LONG = byLength.filter(isLong).map(escape).join("|");

/** A context word, optional space or hyphen, then a Thai number word not followed by a vowel or tone mark. */
const SPELLED = new RegExp(
  `(?<=(?:${LONG})|(?:^|[^\\u0e00-\\u0e7fa-z])(?:${CONTEXT})|(?:^|[\\s\\u0e00-\\u0e7f])(?:ไอ|อี|โอ))([\\s-]?)(${THAI_NUMBER}(?![\\u0e30-\\u0e3a\\u0e45\\u0e47-\\u0e4e])|(?<![a-z])(?:${ENGLISH_NUMBER})(?![a-z]))`,
  "g",
);
const QUICK = new RegExp(`${TEN_WORD}|${TWENTY_WORD}|${DIGIT}|${ENGLISH_NUMBER}`);

/** The value of a Thai number word of 0–99 (`ยี่สิบเอ็ด` → 21), or of an English one. */
export function numberWordValue(word: string): number | undefined {
  if (word in ENGLISH_NUMBERS) return ENGLISH_NUMBERS[word];
  if (word.startsWith(TWENTY_WORD)) {
    const rest = word.slice(TWENTY_WORD.length);
    const ones = rest ? DIGIT_WORDS[rest] : 0;
    return ones === undefined ? undefined : 20 + ones;
  }
  const ten = word.indexOf(TEN_WORD);
  if (ten < 0) return DIGIT_WORDS[word];
  const tens = ten === 0 ? 1 : DIGIT_WORDS[word.slice(0, ten)];
  const rest = word.slice(ten + TEN_WORD.length);
  const ones = rest ? DIGIT_WORDS[rest] : 0;
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

export function spelledNumbersToDigits(normalized: string): string {
  if (!QUICK.test(normalized)) return normalized;
  return normalized.replace(SPELLED, (whole, _sep: string, word: string) => {
    const value = numberWordValue(word);
    return value === undefined ? whole : ` ${value} `;
  });
}
