/**
 * A lossy spelling used only to forgive typos (thai-qa.md, normalisation step 7): tone marks and
 * silent letters dropped, look-alike or sound-alike consonants merged. `ทรัพสิน` and `ทรัพย์สิน`,
 * `ครุภันฑ์` and `ครุภัณฑ์` fold to the same string. Never shown to anyone.
 */
const MERGE: Record<string, string> = {
  ณ: "น",
  ญ: "ย",
  ศ: "ส",
  ษ: "ส",
  ซ: "ส",
  ภ: "พ",
  ฑ: "ท",
  ฒ: "ท",
  ธ: "ท",
  ฐ: "ถ",
  ฎ: "ด",
  ฏ: "ต",
  ฬ: "ล",
  ฆ: "ค",
  ฌ: "ช",
  ใ: "ไ",
};

/** Folds normalized text; input should already have gone through {@link normalizeText}. */
export function foldThai(text: string): string {
  let out = text
    .replace(/[\u0e01-\u0e2e](?:[\u0e34\u0e38])?\u0e4c/g, "")
    .replace(/[\u0e48-\u0e4b\u0e47\u0e4c\u0e46]/g, "");
  out = out.replace(/[ณญศษซภฑฒธฐฎฏฬฆฌใ]/g, (c) => MERGE[c] ?? c);
  return out;
}

/**
 * Letter trigrams of a folded string, per run of Thai or Latin letters. They let a misspelt word
 * that the segmenter cuts differently still meet the right record.
 */
export function trigrams(folded: string): string[] {
  const grams: string[] = [];
  for (const run of folded.split(/[^\u0e00-\u0e7fa-z0-9]+/)) {
    if (run.length < 3) continue;
    for (let i = 0; i + 3 <= run.length; i++) grams.push(run.slice(i, i + 3));
  }
  return grams;
}
