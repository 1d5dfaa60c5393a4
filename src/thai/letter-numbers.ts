/**
 * Thai documents enumerate with letters as well as digits (ก. ข. ค. …): the consonants in
 * alphabetical order, without the obsolete ฃ and ฅ. A plan that letters its issues is read, and
 * asked about ("ประเด็น ค."), by the same numbers.
 */
const THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

/** 1 for ก, 2 for ข, 3 for ค…; undefined for anything else. */
export function thaiLetterNumber(letter: string): number | undefined {
  const index = letter.length === 1 ? THAI_LETTERS.indexOf(letter) : -1;
  return index >= 0 ? index + 1 : undefined;
}
