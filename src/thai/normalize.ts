import { toArabicDigits } from "./digits";

/**
 * Zero-width and joiner characters arrive from copy-paste and some Thai keyboards; they split
 * words invisibly, so they are removed before anything else looks at the text.
 */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;

/** Thai tone marks and the short-vowel sign that must follow an above/below vowel, not precede it. */
const TONE = "\u0e48-\u0e4b";
const ABOVE_BELOW_VOWEL = "\u0e31\u0e34-\u0e3a\u0e47";

/**
 * Canonical form used for matching, applied to the plan and the question alike (thai-qa.md:
 * normalisation matters more than the search library): NFC, invisible characters removed, Thai
 * digits as Arabic, typing-order mistakes fixed, lower case, Thai/Latin/digit boundaries spaced so
 * the segmenter sees `ข้อ e8 ผ่าน` instead of one token `ข้อe๘ผ่าน`.
 */
export function normalizeText(input: string): string {
  let text = input.normalize("NFC").replace(INVISIBLE, "");
  text = toArabicDigits(text);
  text = fixTypingOrder(text);
  text = text.toLowerCase();
  text = text.replace(/([\u0e00-\u0e7f])([a-z0-9])/g, "$1 $2").replace(/([a-z0-9])([\u0e00-\u0e7f])/g, "$1 $2");
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Thai is typed as a sequence of marks; people (and OCR) often put a tone mark before the vowel
 * above it, or type นิคหิต + า instead of สระอำ. Both render the same but compare unequal.
 */
export function fixTypingOrder(text: string): string {
  return text
    .replace(new RegExp(`([${TONE}])([${ABOVE_BELOW_VOWEL}])`, "g"), "$2$1")
    .replace(/\u0e4d\u0e32/g, "\u0e33")
    .replace(new RegExp(`\u0e4d([${TONE}])\u0e32`, "g"), "$1\u0e33")
    .replace(/([\u0e48-\u0e4b])\1+/g, "$1");
}
