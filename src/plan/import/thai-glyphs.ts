import { toArabicDigits } from "../../thai/digits";
import { fixTypingOrder } from "../../thai/normalize";

/**
 * Legacy Thai fonts (TH Sarabun PSK, Angsana, Cordia…) draw a tone mark or vowel that has to move
 * out of the way (lowered, shifted left, or a consonant without its tail) as a separate glyph in the
 * Private Use Area, and PDFs made with them put those PUA code points in their text layer. The
 * mapping is the published one used by text shapers: HarfBuzz's Thai shaper
 * (src/hb-ot-shaper-thai.cc, tables SD/SDL/SL/RD: Windows U+F700–U+F71A, Mac U+F884–U+F89E), the
 * same table Thai NLP PDF-to-text tools apply after extraction (e.g. veer66/pdf2txt_th,
 * adjust_text_from_pdf.rb). Written here from those tables; each entry is [Windows PUA, Mac PUA,
 * the real character].
 */
const PUA_TABLE: ReadonlyArray<readonly [number, number, string]> = [
  // Shifted down (tone marks above a consonant with no upper vowel; below vowels under ฐ ญ).
  [0xf70a, 0xf88b, "\u0e48"],
  [0xf70b, 0xf88e, "\u0e49"],
  [0xf70c, 0xf891, "\u0e4a"],
  [0xf70d, 0xf894, "\u0e4b"],
  [0xf70e, 0xf897, "\u0e4c"],
  [0xf718, 0xf89b, "\u0e38"],
  [0xf719, 0xf89c, "\u0e39"],
  [0xf71a, 0xf89d, "\u0e3a"],
  // Shifted down and left (tone marks on ป ฝ ฟ with no upper vowel).
  [0xf705, 0xf88c, "\u0e48"],
  [0xf706, 0xf88f, "\u0e49"],
  [0xf707, 0xf892, "\u0e4a"],
  [0xf708, 0xf895, "\u0e4b"],
  [0xf709, 0xf898, "\u0e4c"],
  // Shifted left (marks on ป ฝ ฟ).
  [0xf713, 0xf88a, "\u0e48"],
  [0xf714, 0xf88d, "\u0e49"],
  [0xf715, 0xf890, "\u0e4a"],
  [0xf716, 0xf893, "\u0e4b"],
  [0xf717, 0xf896, "\u0e4c"],
  [0xf710, 0xf884, "\u0e31"],
  [0xf701, 0xf885, "\u0e34"],
  [0xf702, 0xf886, "\u0e35"],
  [0xf703, 0xf887, "\u0e36"],
  [0xf704, 0xf888, "\u0e37"],
  [0xf712, 0xf889, "\u0e47"],
  [0xf711, 0xf899, "\u0e4d"],
  // Consonants drawn without their lower tail (ญ ฐ above a below vowel).
  [0xf70f, 0xf89a, "\u0e0d"],
  [0xf700, 0xf89e, "\u0e10"],
];

const PUA_TO_THAI = new Map<string, string>(
  PUA_TABLE.flatMap(([win, mac, thai]) => [
    [String.fromCharCode(win), thai],
    [String.fromCharCode(mac), thai],
  ]),
);
const PUA = /[\uf700-\uf71a\uf884-\uf89e]/g;

/** Zero-width and soft-hyphen characters that copy-paste and PDF text layers leave inside words. */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;

/** Marks and following vowels that can never start a word: a space before one is inside a word. */
const DEPENDENT = "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e";
const TONE = "\u0e48-\u0e4b";
const ABOVE_VOWEL = "\u0e31\u0e34-\u0e37\u0e47";
const BELOW_VOWEL = "\u0e38\u0e39";
const CONSONANT = "\u0e01-\u0e2e";

/**
 * Reads Thai text the way it was meant: PUA glyph codes mapped back, extraction artefacts of
 * decomposed glyphs undone, typing-order slips fixed, Thai digits as Arabic (the plan schema's
 * form), and spaces that fall inside a word removed where no word could be split there.
 */
export function normalizeThaiText(text: string): string {
  let out = text.normalize("NFC").replace(INVISIBLE, "").replace(PUA, (c) => PUA_TO_THAI.get(c) ?? c);
  // A tone mark of a consonant with a below vowel, placed after the next consonant by an extractor
  // that orders glyphs by x position (ผูร้ับ → ผู้รับ; pdf2txt_th handles the same slip).
  out = out.replace(new RegExp(`([${CONSONANT}][${BELOW_VOWEL}])([${CONSONANT}])([${TONE}])(?=[${ABOVE_VOWEL}])`, "g"), "$1$3$2");
  // SARA AM drawn as NIKHAHIT + SARA AA and mapped back to SARA AM, leaving the SARA AA twice.
  out = out.replace(/\u0e33\u0e32/g, "\u0e33");
  out = fixTypingOrder(out);
  out = toArabicDigits(out);
  out = out.replace(new RegExp(`[ \\t\\u00a0]+(?=[${DEPENDENT}])`, "g"), "");
  out = out.replace(new RegExp(`([\\u0e40-\\u0e44])[ \\t\\u00a0]+(?=[${CONSONANT}])`, "g"), "$1");
  return out.replace(/[ \u00a0]+/g, " ");
}

/** True when the text holds a PUA glyph code that {@link normalizeThaiText} maps back. */
export function hasThaiPuaGlyphs(text: string): boolean {
  return /[\uf700-\uf71a\uf884-\uf89e]/.test(text);
}

/**
 * Scanning slips seen in these documents: strings that are not Thai words, each with the word it
 * stands for. Kept literal and short; every fix is reported to the reviewer with its place.
 */
export const OCR_SLIPS: ReadonlyArray<readonly [slip: RegExp, word: string, said?: string]> = [
  [/คำเนิงาน/g, "การดำเนินงาน"],
  [/คำเนินงาน/g, "การดำเนินงาน"],
  [/คำเนินการ/g, "ดำเนินการ"],
  [/ขึ้นตอน/g, "ขั้นตอน"],
  [/จัดซื้อจ้าง/g, "จัดซื้อจัดจ้าง"],
  // Two SARA E typed for SARA AE: looks the same in print, but no word is spelt with it.
  [/เเ/g, "แ"],
  // A zero read for the O of OIT.
  [/(?<![A-Za-z0-9])0IT(?![A-Za-z])/g, "OIT", "0IT → OIT"],
  // The letter O read for a zero inside a number (8O.5O, 1OO): after a digit, or a digit and a point.
  [/(?<=\d\.?[Oo]*)[Oo]/g, "0", "O → 0 in a number"],
];

/** Applies {@link OCR_SLIPS}; returns the text and the slips it fixed ("คำเนิงาน → การดำเนินงาน"). */
export function fixOcrSlips(text: string): { text: string; fixed: string[] } {
  let out = text;
  const fixed: string[] = [];
  for (const [slip, word, said] of OCR_SLIPS) {
    const next = out.replace(slip, word);
    if (next !== out) fixed.push(said ?? `${slip.source} → ${word}`);
    out = next;
  }
  return { text: out, fixed };
}
