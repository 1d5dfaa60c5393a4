import { spelledNumbersToDigits } from "./number-words";

/**
 * ITA question codes (i1–i15 for IIT, e1–e15 for EIT, o1–o40 for OIT) are the sharpest handle a
 * citizen has on the plan, and they are written every possible way: `e๘`, `E 8`, `ข้อ อี 8`,
 * `ไอ 14`, `IIT ข้อ 5`. The plan's own OCR writes the letter o as a zero (`ข้อ ๐๗` = o7,
 * `ข้อ ๐๒๕` = o25). All of these become one canonical token: lower-case letter + number (`e8`).
 *
 * Input must be normalized first ({@link normalizeText}): Arabic digits, lower case, spaces
 * between Thai and Latin/digits.
 */
const LETTER_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?:ไอไอที|iit)\s*(?:ข้อ\s*(?:ที่)?\s*)?(?=\d)/g, "i"],
  [/(?:อีไอที|eit)\s*(?:ข้อ\s*(?:ที่)?\s*)?(?=\d)/g, "e"],
  [/(?:โอไอที|oit)\s*(?:ข้อ\s*(?:ที่)?\s*)?(?=\d)/g, "o"],
  // Glued to the word before (กับอี 2, ข้ออี 8) too, but not the end of วิดีโอ or เรดิโอ.
  [/(?<!ดี|ดิ)ไอ\s*-?\s*(?=\d)/g, "i"],
  [/(?<!ดี|ดิ)อี\s*-?\s*(?=\d)/g, "e"],
  [/(?<!ดี|ดิ)โอ\s*-?\s*(?=\d)/g, "o"],
];

const CODE = /(?<![a-z0-9])([ieo])\s*[-.]?\s*0?([1-9]\d?)(?![\d.])/g;
/** Codes typed without a space between them: `o12e8i3`. */
const GLUED = /([ieo]\d{1,2})(?=[ieo]\d)/g;
/**
 * `ข้อ 07`, `๐๒๕`: a standalone number with a leading zero is the OCR's letter o (the plan's tables
 * write o7 as ๐๗), unless it numbers something else (ประเด็นที่ 02) or is part of a phone number or time.
 */
const OCR_ZERO = /(?<![\d.,:/-])0\s*([1-9]\d?)(?![\d.,:/-])/g;
const NOT_A_CODE_AFTER = /(?:ประเด็น|หมวด|หัวข้อ|ด้าน|ขั้นตอน|มาตรการ|ที่|ปี|เบอร์|โทร|เวลา|วันที่|เลขที่|หมู่)\s*$/;
const MAY_HOLD_CODE = /[ieo]|ไอ|อี|โอ|0\d|สิบ|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า/;

/** Rewrites every spelling of an item code in normalized text to its canonical token. */
export function canonicalizeItemCodes(normalized: string): string {
  if (!MAY_HOLD_CODE.test(normalized)) return normalized;
  let text = spelledNumbersToDigits(normalized);
  for (const [pattern, letter] of LETTER_WORDS) text = text.replace(pattern, ` ${letter}`);
  text = text.replace(OCR_ZERO, (whole, num: string, offset: number, all: string) =>
    NOT_A_CODE_AFTER.test(all.slice(Math.max(0, offset - 12), offset)) ? whole : ` o${num}`,
  );
  text = text.replace(GLUED, "$1 ");
  text = text.replace(CODE, (_m, letter: string, num: string) => `${letter}${Number(num)}`);
  return text.replace(/\s+/g, " ").trim();
}

const CANONICAL = /(?<![a-z0-9])([ieo][1-9]\d?)(?![a-z0-9])/g;

/** The distinct canonical codes in text that has been through {@link canonicalizeItemCodes}. */
export function extractItemCodes(canonical: string): string[] {
  const codes = new Set<string>();
  for (const m of canonical.matchAll(CANONICAL)) if (m[1]) codes.add(m[1]);
  return [...codes];
}

/** The assessment tool a code belongs to, by its letter. */
export function toolOfCode(code: string): "IIT" | "EIT" | "OIT" {
  const letter = code[0];
  return letter === "i" ? "IIT" : letter === "e" ? "EIT" : "OIT";
}

/** Orders codes the way the ITA lists them: by tool letter, then number. */
export function compareItemCodes(a: string, b: string): number {
  const order = "ieo";
  return order.indexOf(a[0] ?? "") - order.indexOf(b[0] ?? "") || Number(a.slice(1)) - Number(b.slice(1));
}
