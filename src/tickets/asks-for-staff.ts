/**
 * A person asking to reach a human: "ขอคุยกับเจ้าหน้าที่ได้ไหมคะ", "ติดต่อเจ้าหน้าที่", "อยากคุยกับคน",
 * "talk to a human". The newcomer run found the first offered to send *that sentence* to staff as a
 * question (a ticket saying only "can I talk to staff?"), and "ติดต่อเจ้าหน้าที่" answered with an ITA
 * item about staff serving visitors. The request has a shape: an optional asker, a verb of reaching
 * (คุย, ติดต่อ, ปรึกษา, ขอสาย…), a person of the organisation, and words that add nothing.
 */
import { anyOf as alt, GAP as S, ME, POLITE_ENDINGS } from "../thai/request-shape";

const LEAD = ["ขอ", "อยาก", "อยากจะ", "ต้องการ", "ต้องการจะ", "ช่วย", "รบกวน", "ขอให้", ...ME];
const REACH = ["คุย", "พูดคุย", "พูด", "ติดต่อ", "ปรึกษา", "ขอสาย", "ต่อสาย", "โทรหา", "ส่งเรื่องถึง", "ส่งเรื่องให้", "ส่งข้อความถึง", "แจ้งเรื่องถึง", "สอบถาม"];
const PERSON = ["เจ้าหน้าที่", "จนท\\.?", "พนักงาน", "คนจริงๆ?", "คนจริง ?ๆ", "คน", "แอดมิน", "admin", "ผู้ดูแล", "ผู้รับผิดชอบ", "ปลัด", "นายก", "ทางอบต\\.?", "อบต\\.?", "staff"];
const TAIL = ["ได้ไหม", "ได้มั้ย", "ได้มั๊ย", "ได้ไม๊", "ได้ป่าว", "ได้เปล่า", "ได้หรือไม่", "หน่อย", "ด้วย", "โดยตรง", "ที", "ได้ทางไหน", "ทางไหน", "ได้ยังไง", "ยังไง", "ได้อย่างไร", "อย่างไร", ...POLITE_ENDINGS];

const THAI = `(?:${alt(LEAD)}${S})*${alt(REACH)}${S}(?:กับ${S})?${alt(PERSON)}${S}(?:${alt(TAIL)}${S})*`;
const ENGLISH = "(?:can\\s+i\\s+|i\\s+want\\s+to\\s+|please\\s+let\\s+me\\s+)?(?:talk|speak|chat)\\s+(?:to|with)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:human|person|staff|officer|admin)(?:\\s+please)?[\\s.!?]*";

/** The whole message asks to reach the organisation's staff (a command pattern, on the trimmed text). */
export const ASKS_FOR_STAFF = new RegExp(`^(?:${THAI}|${ENGLISH})$`, "i");
