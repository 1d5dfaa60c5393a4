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

const MERGE_CODES = new Map(Object.entries(MERGE).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const THANTHAKHAT = 0x0e4c;
const SILENT_VOWEL = new Set([0x0e34, 0x0e38]);
const isToneOrMark = (c: number): boolean => (c >= 0x0e47 && c <= 0x0e4b) || c === 0x0e46;
const isConsonant = (c: number): boolean => c >= 0x0e01 && c <= 0x0e2e;

/**
 * Folds normalized text; input should already have gone through {@link normalizeText}. One pass:
 * a silenced consonant (with its ิ or ุ) is taken back when its ์ arrives.
 */
export function foldThai(text: string): string {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === THANTHAKHAT) {
      let k = out.length - 1;
      if (k >= 0 && SILENT_VOWEL.has(out[k] as number)) k--;
      if (k >= 0 && isConsonant(out[k] as number)) out.length = k;
      continue;
    }
    if (isToneOrMark(c)) continue;
    out.push(MERGE_CODES.get(c) ?? c);
  }
  let folded = "";
  for (let i = 0; i < out.length; i += 4096) folded += String.fromCharCode(...out.slice(i, i + 4096));
  return folded;
}

/**
 * Letter trigrams of a folded string, per run of Thai or Latin letters. They let a misspelt word
 * that the segmenter cuts differently still meet the right record.
 */
export function trigrams(folded: string): string[] {
  const grams: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    const inRun = (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (inRun) continue;
    for (let j = runStart; j + 3 <= i; j++) grams.push(folded.slice(j, j + 3));
    runStart = i + 1;
  }
  return grams;
}
