import { toArabicDigits } from "./digits";

/**
 * Zero-width and joiner characters arrive from copy-paste and some Thai keyboards; they split
 * words invisibly, so they are removed before anything else looks at the text.
 */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
const INVISIBLE_ANY = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/;
const THAI_DIGIT = /[๐-๙]/;

/** Thai tone marks and the short-vowel sign that must follow an above/below vowel, not precede it. */
const TONE = "\u0e48-\u0e4b";
const ABOVE_BELOW_VOWEL = "\u0e31\u0e34-\u0e3a\u0e47";

const TONE_BEFORE_VOWEL = new RegExp(`([${TONE}])([${ABOVE_BELOW_VOWEL}])`, "g");
const NIKHAHIT_AA = /\u0e4d\u0e32/g;
const NIKHAHIT_TONE_AA = new RegExp(`\u0e4d([${TONE}])\u0e32`, "g");
const DOUBLED_TONE = /([\u0e48-\u0e4b])\1+/g;
/** Where Thai meets a Latin letter or digit, either way round: one pass puts a space there. */
const SCRIPT_CHANGE = /([\u0e00-\u0e7f](?=[a-z0-9])|[a-z0-9](?=[\u0e00-\u0e7f]))/g;
/** A year glued to the word before it in Latin letters (FY2025, ITA2024, year67); item codes (e8, i15) stay whole. */
const GLUED_YEAR = /(?<![a-z])(fy|ita|year)(?=\d{2,4}(?!\d))/g;
/** Anything {@link fixTypingOrder} would change; most text has none, and one test skips four passes. */
const MISTYPED = /[\u0e48-\u0e4b][\u0e31\u0e34-\u0e3a\u0e47]|\u0e4d|([\u0e48-\u0e4b])\1/;
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Canonical form used for matching, applied to the plan and the question alike (thai-qa.md:
 * normalisation matters more than the search library): NFC, invisible characters removed, Thai
 * digits as Arabic, typing-order mistakes fixed, lower case, Thai/Latin/digit boundaries spaced so
 * the segmenter sees `ข้อ e8 ผ่าน` instead of one token `ข้อe๘ผ่าน`.
 */
export function normalizeText(input: string): string {
  let text = input.normalize("NFC");
  if (INVISIBLE_ANY.test(text)) text = text.replace(INVISIBLE, "");
  if (THAI_DIGIT.test(text)) text = toArabicDigits(text);
  text = fixTypingOrder(text).toLowerCase().replace(SCRIPT_CHANGE, "$1 ").replace(GLUED_YEAR, "$1 ");
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * Thai is typed as a sequence of marks; people (and OCR) often put a tone mark before the vowel
 * above it, or type นิคหิต + า instead of สระอำ. Both render the same but compare unequal.
 */
export function fixTypingOrder(text: string): string {
  if (!MISTYPED.test(text)) return text;
  return text
    .replace(TONE_BEFORE_VOWEL, "$2$1")
    .replace(NIKHAHIT_AA, "\u0e33")
    .replace(NIKHAHIT_TONE_AA, "$1\u0e33")
    .replace(DOUBLED_TONE, "$1");
}
