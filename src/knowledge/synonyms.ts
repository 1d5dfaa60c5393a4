import { REWRITES, STANDARD_WORDS } from "../lexicon";
import { normalizeText } from "../thai/normalize";
import { compilePhrases } from "../thai/phrase-matcher";

/**
 * Words the segmenter must keep whole: words produced by the rewrites, compounds the ICU dictionary
 * cuts badly, and the out-of-scope words whose pieces look in-scope (ผู้|สูง|อายุ would hide ผู้สูงอายุ).
 * Compounds whose parts citizens type alone (ทรัพย์สิน + ราชการ) are deliberately left out.
 */
export const KEEP_WHOLE: readonly string[] = [
  "ทรัพย์สิน", "จัดซื้อจัดจ้าง", "พ่อง", "ผลประโยชน์ทับซ้อน", "ผู้บังคับบัญชา", "ธุระส่วนตัว",
  "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "ส่วนราชการ", "ทุกส่วนราชการ",
  "รับผิดชอบ", "ครุภัณฑ์", "เจ้าหน้าที่", "สองทาง", "ผ่านดีเยี่ยม", "ปีงบประมาณ",
  "งบประมาณ", "ประชาสัมพันธ์", "ข้อมูลข่าวสาร", "ระยะเวลา", "ขั้นตอน", "ปปช", "มาตรการ",
  "ประเด็น", "ร้องเรียน", "สินบน", "ทุจริต", "ประพฤติมิชอบ", "คุณธรรม", "จริยธรรม", "โปร่งใส",
  "เมื่อไร", "อย่างไร", "เท่าไร", "ทำอะไร", "ไม่ผ่าน", "แล้วเสร็จ", "สิ้นสุด", "เริ่มต้น", "ปีที่แล้ว",
  "เบี้ยยังชีพ", "ผู้สูงอายุ", "คนพิการ", "ก่อสร้าง", "ไฟฟ้า", "ประปา", "สมัครงาน", "หางาน",
  "ส่วนตัว", "ส่วนรวม", "แยกแยะ", "เลือกปฏิบัติ", "เท่าเทียม", "หนังสือสั่งการ", "เผยแพร่", "ตอบสนอง",
  "ปฏิบัติงาน", "เชื่อมั่น", "ขออนุญาต", "ใช่ไหม", "ผลการประเมิน", "เครื่องมือ", "แบบวัด", "ช่องทาง", "ผลประโยชน์", "ปีงบ", "ภาพรวม", "โดยรวม", "คะแนนรวม",
];

/**
 * The lexicon's rewrites (`src/lexicon/`) compiled into one left-to-right pass, so that the many
 * ways citizens name a thing meet the one way the plan names it: transliterations (อีเซอร์วิส →
 * eservice), everyday words (ของหลวง → ทรัพย์สินของราชการ), northern dialect (ไผ → ใคร) and English
 * (who is responsible → ใคร รับผิดชอบ). Each replacement is spaced so it stays a word of its own.
 */
const variants = REWRITES.flatMap((r) => r.from.map((from) => normalizeText(from)));
/**
 * A standard word that some variant is a prefix of (เว็บไซ of เว็บไซต์) is listed too, so it is never
 * cut; a variant with a guard (กา, which counts only before a particle) cannot cut it anyway.
 */
const unguarded = REWRITES.flatMap((r) => (r.notBefore || r.onlyBefore ? [] : r.from.map((from) => normalizeText(from))));
const protectedWords = [...new Set(REWRITES.map((r) => r.to))].filter((to) => /^[\u0e00-\u0e7f]+$/.test(to) && unguarded.some((v) => v !== to && to.startsWith(v)));

const sources = new Set(variants);
/** Standard words whose northern spellings mean them (see `compilePhrases`' `dialect`), unless they are rewritten anyway. */
const known = [...new Set([...STANDARD_WORDS, ...KEEP_WHOLE])].map((w) => normalizeText(w)).filter((w) => !sources.has(w));

const rewriter = compilePhrases([
  ...protectedWords.map((to) => ({ text: to, value: to })),
  ...known.map((word) => ({ text: word, value: word, known: true })),
  ...REWRITES.flatMap((r) =>
    r.from.map((from) => ({
      text: normalizeText(from),
      value: r.to,
      ...(r.notAfter ? { notAfter: r.notAfter } : {}),
      ...(r.notBefore ? { notBefore: r.notBefore } : {}),
      ...(r.onlyBefore ? { onlyBefore: r.onlyBefore } : {}),
      ...(r.northern ? { northern: true } : {}),
    })),
  ),
], { dialect: true });

/** Normalised text with every lexicon phrase replaced by its standard wording. */
export function rewriteSynonyms(normalized: string): string {
  return rewriter.replace(normalized, (m) => m.value);
}
