/**
 * Tells a report of misconduct by the organisation's own people (bribery, extortion, abuse of
 * office, fraud, harassment) from everything else, so it can be handled in confidence (measure 7
 * of the plan, ITA item i15). A lexicon, not a list of sample sentences: who (an official or a
 * leader) × what (an act of misconduct), plus acts that are misconduct whoever does them (สินบน,
 * ใต้โต๊ะ, ส่วย…). A question about the organisation's anti-corruption measures is not a report.
 *
 * Matching is on the normalised text with spaces removed, since Thai is written without them and
 * people space words at random ("เรียก เงิน", "ใต้ โต๊ะ").
 */
import { normalizeText } from "../thai/normalize";

/** People of the organisation, staff or elected. */
const OFFICIALS = [
  "เจ้าหน้าที่", "จนท", "จ.น.ท", "พนักงาน", "ข้าราชการ", "ลูกจ้าง", "คนของอบต", "คนของเทศบาล", "คนในอบต", "คนในเทศบาล",
  "ช่าง", "นักวิชาการ", "เจ้าพนักงาน", "ผู้ตรวจ", "กรรมการตรวจรับ", "คณะกรรมการ", "สมาชิกสภา", "ส.อบต", "สอบต", "ส.ท", "สท.",
  "หัวหน้า", "ผอ", "ผู้อำนวยการ", "เลขานุการ", "เลขานายก", "ที่ปรึกษานายก",
];
/** The organisation's leadership: complaints about them also get where to complain outside it. */
const LEADERS = ["นายก", "รองนายก", "ปลัด", "รองปลัด", "ผู้บริหาร", "ผู้อำนวยการกอง", "ผอ.กอง", "ผอกอง", "หัวหน้าสำนักปลัด", "ประธานสภา", "นายอำเภอ"];

/** Acts that are misconduct whoever does them. */
const STRONG_ACTS = [
  "ใต้โต๊ะ", "สินบน", "ติดสินบน", "ส่วย", "ค่าน้ำร้อนน้ำชา", "เงินทอน", "หักหัวคิว", "ค่าหัวคิว", "กินหัวคิว", "ฮั้ว", "ล็อกสเปก", "ล็อคสเปค",
  "ทุจริต", "คอร์รัปชัน", "คอร์รัปชั่น", "คอรัปชั่น", "คอรัปชัน", "ประพฤติมิชอบ", "โดยมิชอบ", "ยักยอก", "เบียดบัง", "กินตามน้ำ", "รับประโยชน์",
  "เรียกรับ", "ขูดรีด", "รีดไถ", "ไถเงิน",
];
/** Acts that are misconduct when an official does them. */
const ACTS = [
  "เรียกเงิน", "ขอเงิน", "เรียกค่า", "ขอค่า", "โกง", "ฉ้อ", "ปลอมแปลง", "ปลอมเอกสาร", "ไม่ออกใบเสร็จ", "ไม่มีใบเสร็จ",
  "ใช้ตำแหน่ง", "ใช้อำนาจ", "อาศัยตำแหน่ง", "ใช้อิทธิพล", "เอื้อประโยชน์", "เอื้อผลประโยชน์", "เล่นพรรคเล่นพวก", "เลือกปฏิบัติ", "เส้นสาย",
  "ข่มขู่", "คุกคาม", "ล่วงละเมิด", "ทำร้าย", "ด่าทอ", "หยาบคาย", "กลั่นแกล้ง", "รถหลวง", "ของหลวง", "ใช้ส่วนตัว", "เบิกเท็จ", "เบิกจ่ายเท็จ",
  "ผลประโยชน์ทับซ้อน", "รับของขวัญ", "รับเงินจาก", "รับเงินผู้รับเหมา", "รับเงินชาวบ้าน",
];
/** Words of a question about the organisation's measures (the plan answers those), not a report. */
const ABOUT_MEASURES = ["มาตรการ", "ป้องกัน", "นโยบาย", "แผน", "ita", "คะแนน", "ประเมิน", "เจตจำนง", "คู่มือ"];
/** Words of someone telling what happened, which turn a measures-sounding text back into a report. */
const TELLING = ["โดน", "ถูก", "ผม", "ฉัน", "หนู", "ดิฉัน", "กระผม", "ข้าพเจ้า", "บ้านเรา", "แม่", "พ่อ", "ลุง", "ป้า", "เห็น", "แจ้ง", "ร้องเรียน", "ต้องจ่าย", "จ่ายไป"];

const squash = (s: string) => normalizeText(s).replace(/[\s.]/g, "");
const compile = (words: readonly string[]) => [...new Set(words.map(squash))].sort((a, b) => b.length - a.length);
const [officials, leaders, strong, acts, aboutMeasures, telling] = [OFFICIALS, LEADERS, STRONG_ACTS, ACTS, ABOUT_MEASURES, TELLING].map(compile) as [
  string[], string[], string[], string[], string[], string[],
];
const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

export interface MisconductReport {
  /** The text names the organisation's leadership (นายก, ปลัด, ผู้บริหาร…). */
  concernsLeadership: boolean;
}

/** A report of misconduct by the organisation's people, or undefined when the text is not one. */
export function detectMisconduct(text: string): MisconductReport | undefined {
  const t = squash(text);
  const leadership = has(t, leaders);
  const someone = leadership || has(t, officials);
  const report = has(t, strong) || (someone && has(t, acts));
  if (!report) return undefined;
  if (has(t, aboutMeasures) && !has(t, telling)) return undefined;
  return { concernsLeadership: leadership };
}
