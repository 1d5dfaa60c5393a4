/**
 * A citizen asking to have their data deleted, in their own words: "ลบข้อมูลของฉัน", but also
 * "ผมอยากลบข้อมูลของผมทั้งหมด", "ขอลบประวัติแชทด้วยค่ะ", "ไม่ต้องเก็บข้อมูลของหนูแล้ว", "delete my data".
 * The newcomer run found only the two exact forms worked; everything else was offered to staff
 * as a question, so a person exercising a PDPA right was told the bot had no answer.
 *
 * The request's shape is read, not listed sentences: who asks (optional), the verb (delete /
 * stop keeping), what is theirs (data, history, chat, messages, name…), whose it is (optional: a
 * first-person pronoun only), and trailing words that add nothing (all, please, particles, "can
 * you?"). Another person's data ("ลบข้อมูลของประชาชน") or a question about the organisation ("อบต.
 * ลบข้อมูลได้ไหม") has words outside that shape and is not matched. A match only asks for a
 * confirming tap, so reading a question about deletion as a request costs one "ไม่ลบ".
 */
import { anyOf as alt, GAP as S, ME as FIRST_PERSON, POLITE_ENDINGS } from "../thai/request-shape";

const ME = [...FIRST_PERSON, "ตัวเอง", "เค้า", "เอง", "ของฉัน", "ของผม", "ของหนู", "ของเรา"];
const LEAD = ["ขอ", "ขอให้", "อยาก", "อยากจะ", "อยากให้", "ต้องการ", "ต้องการจะ", "ต้องการให้", "ช่วย", "รบกวน", "กรุณา", "ให้", "จะ", "ขอใช้สิทธิ์", "ขอใช้สิทธิ", "ใช้สิทธิ์", "ใช้สิทธิ", "ทำการ", "แอดมิน", "บอท", ...ME];
const VERB = ["ลบ", "ลบทิ้ง", "ลบออก", "ไม่ต้องเก็บ", "ไม่ให้เก็บ", "ห้ามเก็บ", "เลิกเก็บ", "ไม่ยินยอมให้เก็บ", "ถอนความยินยอม(?:การเก็บ)?"];
const WHAT = [
  "ข้อมูล", "ข้อมูลส่วนตัว", "ข้อมูลส่วนบุคคล", "ข้อมูลทั้งหมด", "ประวัติ", "ประวัติแชท", "ประวัติแชต", "ประวัติการสนทนา", "ประวัติการแชท",
  "แชท", "แชต", "ข้อความ", "ข้อความทั้งหมด", "ชื่อ", "รูป", "รูปภาพ", "เรื่องที่(?:เคย)?(?:ส่ง|แจ้ง)(?:ไป)?", "ทุกอย่าง", "ทั้งหมด",
];
const TAIL = [
  "ทั้งหมด", "ทิ้ง", "ออก", "ให้หมด", "หมด", "ด้วย", "หน่อย", "แล้ว", "ออกจากระบบ", "จากระบบ", "ในระบบ", "ที่ส่งไป", "ที่เคยส่ง", "ที่นี่",
  "ได้ไหม", "ได้มั้ย", "ได้มั๊ย", "ได้ไม๊", "ได้ป่าว", "ได้เปล่า", "ได้รึเปล่า", "ได้หรือไม่", "ยังไง", "อย่างไร", "ไง", "pdpa", "ตาม", "กฎหมาย", "พรบ.?", "สิทธิ์?",
  "ที", ...POLITE_ENDINGS,
];
const THAI = `(?:${alt(LEAD)}${S})*${alt(VERB)}${S}${alt(WHAT)}${S}(?:ของ${S})?(?:${alt(ME)}${S})?(?:(?:${alt(TAIL)}|${alt(ME)})${S})*`;
const ENGLISH = "(?:please\\s+)?(?:delete|remove|erase|forget)\\s+(?:all\\s+)?(?:of\\s+)?my\\s+(?:personal\\s+)?(?:data|information|info|messages|history)(?:\\s+please)?[\\s.!?]*";

/** The whole message asks to delete the sender's own data (a command pattern: matched on the trimmed text). */
export const FORGET_REQUEST = new RegExp(`^(?:${THAI}|${ENGLISH})$`, "i");
