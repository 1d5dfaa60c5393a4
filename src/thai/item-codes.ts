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
  [/(?:(?<=ข้อ)|(?<![\u0e00-\u0e7f]))ไอ\s*(?=\d)/g, "i"],
  [/(?:(?<=ข้อ)|(?<![\u0e00-\u0e7f]))อี\s*(?=\d)/g, "e"],
  [/(?:(?<=ข้อ)|(?<![\u0e00-\u0e7f]))โอ\s*(?=\d)/g, "o"],
];

const CODE = /(?<![a-z0-9])([ieo])\s*[-.]?\s*0?([1-9]\d?)(?![\d.])/g;
/** `ข้อ 07`, `ข้อ 025`: a leading zero after ข้อ is the OCR's letter o. */
const OCR_ZERO = /ข้อ\s*(?:ที่\s*)?0\s*([1-9]\d?)(?![\d.])/g;

/** Rewrites every spelling of an item code in normalized text to its canonical token. */
export function canonicalizeItemCodes(normalized: string): string {
  let text = normalized;
  for (const [pattern, letter] of LETTER_WORDS) text = text.replace(pattern, ` ${letter}`);
  text = text.replace(OCR_ZERO, "ข้อ o$1");
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
