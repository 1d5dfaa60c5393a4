/**
 * Northern Thai (คำเมือง) as people type it shifts standard spellings in a few regular ways:
 * the tone mark follows the northern tone (กั๋น = กัน, เต๊าใด = เท่าใด, ขอบใจ๋ = ขอบใจ), and some
 * consonants are written as the north says them: ร as ฮ (ฮ้องเรียน = ร้องเรียน), ช as จ (เจื้อ =
 * เชื่อ), ท as ต (ตี้ = ที่), พ as ป (ปวก = พวก). (ค as ก, กน = คน, and ซ as จ are left to the lexicon:
 * merged, they make standard words of standard words: ลูกรัง, ครั้ง; จึง, ซึ่ง.) The dialect key drops
 * tone marks and merges those pairs, so a northern spelling and the standard word share one key;
 * the lexicon matcher uses it only where the spelling also shows that it is northern
 * ({@link showsDialect}), so standard words that merely share a key are never touched.
 */
/** Standard consonant → the letter the north writes for it (the key is written with these). */
const MERGE = new Map<number, number>([
  [0x0e23, 0x0e2e], // ร → ฮ
  [0x0e0a, 0x0e08], // ช → จ
  [0x0e17, 0x0e15], // ท → ต
  [0x0e1e, 0x0e1b], // พ → ป
]);
const isTone = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4b;

export interface DialectKey {
  key: string;
  /** For each character of the key, the index in the text it came from. */
  at: number[];
}

/** The text with tone marks dropped and the northern consonant pairs merged. */
export function dialectKey(text: string): DialectKey {
  let key = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isTone(c)) continue;
    key += String.fromCharCode(MERGE.get(c) ?? c);
    at.push(i);
  }
  return { key, at };
}

/** The tone marks a northern writer adds where standard Thai has none or another (ก๋, ต๊), and ฮ for ร. */
const NORTHERN_MARK = /[\u0e4a\u0e4b\u0e2e]/g;
const TONE = /[\u0e48-\u0e4b]/g;

/**
 * Whether `written`, which shares its dialect key with `word`, is a northern spelling of it rather
 * than another word: it carries more ๊, ๋ or ฮ than the word does; or, for a standard word, it
 * differs from it in a tone mark and writes at least one merged consonant the northern way (จ for ช,
 * never the reverse), as เจื้อ does เชื่อ. Standard words that differ only in tone (ข้าว, ข่าว), only
 * in a merged consonant (ตั้ง, ทั้ง) or the other way round (ทั่ว is no spelling of ตัว) do not
 * qualify; nor does a standard word that shares its key with a northern word (ป้องกัน, พ่อง).
 */
export function showsDialect(written: string, word: string, wordIsNorthern = false): boolean {
  if (written === word) return false;
  if ((written.match(NORTHERN_MARK)?.length ?? 0) > (word.match(NORTHERN_MARK)?.length ?? 0)) return true;
  if (wordIsNorthern || written.replace(/[^\u0e48-\u0e4b]/g, "") === word.replace(/[^\u0e48-\u0e4b]/g, "")) return false;
  const a = written.replace(TONE, "");
  const b = word.replace(TONE, "");
  let northern = false;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const w = a.charCodeAt(i);
    const s = b.charCodeAt(i);
    if (w === s) continue;
    if (MERGE.get(s) !== w) return false;
    northern = true;
  }
  return northern;
}
