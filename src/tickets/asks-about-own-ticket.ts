/**
 * A citizen asking where their own ticket is, in their words: "เรื่องที่แจ้งไปถึงไหนแล้วคะ",
 * "เจ้าหน้าที่ตอบหรือยัง", "จะได้คำตอบเมื่อไหร่", or just the code they were given ("R-5118"). The
 * newcomer run found each of these answered from the plan (a measure's period, a list of measures
 * naming เจ้าหน้าที่), since only "ติดตามเรื่อง" was known; a person following up on a broken road
 * got the plan's fiscal year instead.
 *
 * The shape read: an optional subject that is theirs (their matter, their question, the answer,
 * the staff), a predicate about progress (ถึงไหน, ตอบหรือยัง, เมื่อไหร่จะตอบ, คืบหน้า…), or a
 * ticket code, with only particles around. A question about the plan's own Q&A channel ("ช่องทาง
 * ถามตอบตอบภายในกี่วัน") has words outside that shape and stays a question.
 */
import { anyOf as alt, GAP as S, ME, POLITE_ENDINGS } from "../thai/request-shape";

const CODE = "[QqRr]\\s*-?\\s*\\d{4,6}";
const SUBJECT = [
  `เรื่อง(?:ที่)?(?:ของ)?${alt(ME)}?(?:แจ้ง|ส่ง|ถาม|ร้องเรียน|ร้องทุกข์)?(?:ไป)?(?:ไว้)?(?:เมื่อวาน|เมื่อกี้|เมื่อกี๊|ก่อนหน้านี้)?`,
  `คำถาม(?:ที่)?(?:ของ)?${alt(ME)}?(?:ถาม|ส่ง)?(?:ไป)?(?:ไว้)?`,
  "คำร้อง(?:ที่ยื่นไป)?",
  "คำตอบ",
  "เจ้าหน้าที่",
  `${CODE}`,
  `เรื่อง\\s*${CODE}`,
];
/** Said of their matter only with a subject: "ถึงไหนแล้ว" alone may be about the plan. */
const PROGRESS = [
  "(?:ไป)?ถึงไหน(?:แล้ว)?",
  "คืบหน้า(?:ยังไง|อย่างไร|ไปถึงไหน|บ้าง|ไหม|มั้ย|หรือยัง)?",
  "มีความคืบหน้า(?:ไหม|มั้ย|หรือยัง|บ้าง)?",
  "(?:ดำเนินการ|จัดการ)(?:ไป)?(?:ถึงไหน|(?:หรือ|รึ)?ยัง)",
  "สถานะ(?:เป็น)?(?:ยังไง|อย่างไร)?",
];
/** About an answer from staff: theirs even without a subject (the plan holds no answers to wait for). */
const ANSWER = [
  "(?:ได้)?ตอบ(?:กลับ)?(?:หรือ|รึ)?ยัง",
  "(?:ได้)?รับเรื่อง(?:หรือ|รึ)?ยัง",
  "(?:จะ)?ตอบ(?:กลับ)?เมื่อ(?:ไหร่|ไร)",
  "เมื่อ(?:ไหร่|ไร)จะ(?:ได้)?(?:ตอบ|คำตอบ|ได้คำตอบ)",
  "(?:จะ)?ได้คำตอบ(?:เมื่อ(?:ไหร่|ไร)|(?:หรือ|รึ)?ยัง|กี่วัน)",
  "ไม่มีใครตอบ(?:เลย)?",
];
const LEAD = ["ขอ", "ขอถาม", "ขอทราบ", "อยากทราบ(?:ว่า)?", "อยากรู้(?:ว่า)?", "สอบถาม", "ถาม", "แล้ว", "ตอนนี้", "ไม่ทราบว่า", "รบกวนถาม", "ขอติดตาม", "ติดตาม"];
const TAIL = ["แล้ว", "บ้าง", ...POLITE_ENDINGS];

const TRACK = `(?:${alt(LEAD)}${S})*(?:${alt(SUBJECT)}${S}${alt([...PROGRESS, ...ANSWER])}|${alt(ANSWER)})${S}(?:${alt(TAIL)}${S})*`;
const CODE_ALONE = `(?:เรื่อง${S})?${CODE}${S}(?:${alt(TAIL)}${S})*`;

/** The whole message asks about the sender's own ticket (a command pattern, on the trimmed text). */
export const TRACK_REQUEST = new RegExp(`^(?:ติดตามเรื่อง|เรื่องของฉัน|สถานะเรื่อง|${TRACK}|${CODE_ALONE})$`, "i");

/** The ticket code the message names, if any ("r 5118" → "R-5118"). */
export function codeIn(text: string): string | undefined {
  const m = new RegExp(`([QqRr])${S}-?${S}(\\d{4,6})`).exec(text);
  return m ? `${m[1]!.toUpperCase()}-${m[2]}` : undefined;
}
