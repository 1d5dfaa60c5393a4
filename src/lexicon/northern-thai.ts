import { guarded, type Rewrite, rw } from "./types";

/**
 * Northern Thai (คำเมือง) as people in Chiang Mai type it, to standard Thai. Question words and
 * verbs are rewritten; particles that carry no meaning (เจ้า, เน้อ, กั๊บ) are stop words instead
 * (`particles.ts`). Short words that are also pieces of standard words carry a guard.
 */
const END_PARTICLES = ["เจ้า", "เจ๊า", "ครับ", "คับ", "ค่ะ", "คะ", "กั๊บ", "ก๊ะ", "นะ", "เน้อ", "จ้า", "ละ", "ล่ะ", "ว่า"];

export const NORTHERN_THAI: readonly Rewrite[] = [
  rw("ใคร", "ไผ", "ใผ"),
  rw("อย่างไร", "จะใด", "จะได", "ยะจะใด", "ยะจะได", "เยียะจะใด", "เยียะจะได", "ยังใด", "จะใดพ่อง", "จะไดพ่อง", "เฮ็ดจั่งใด", "ทำจะใด", "ทำจะได"),
  rw("ทำอะไร", "ยะหยัง", "เยียะหยัง", "ยะอะหยัง", "เยียะอะหยัง", "เฮ็ดหยัง"),
  rw("อะไร", "หยัง", "อะหยัง", "อิหยัง"),
  // สัง (what) is also the start of สังคม, สังกัด…: only as a word of its own, before a particle
  guarded({ onlyBefore: [...END_PARTICLES, "พ่อง", "บ้าง", "ก่อ", "กา"] }, rw("อะไร", "สัง")),
  rw("ทำไม", "ย้อนหยัง", "เพราะหยัง"),
  rw("ทำ", "เยียะ", "เยี๊ยะ"),
  guarded({ notAfter: ["ระ", "ข"] }, rw("ทำ", "ยะ")),
  rw("ใช้", "ใจ้", "ใจ๊"),
  // ็ is no tone mark, so the dialect key cannot find เป็น from เป๋น: listed
  rw("เป็น", "เป๋น"),
  guarded({ notBefore: ["อ", "าย", "ง", "่อ"] }, rw("ไม่", "บ่")),
  rw("ไม่ได้", "บ่ได้"),
  guarded({ onlyBefore: END_PARTICLES }, rw("ไหม", "ก่อ", "กา", "ก๋า")),
  rw("ใช่ไหม", "แม่นก่อ", "แม่นบ่", "แม่นกา"),
  guarded({ notBefore: ["ยำ"] }, rw("ใช่", "แม่น")),
  rw("เท่าไร", "เต๊าใด", "เต้าใด", "เท่าใด", "เต๊าไหร่", "เต้าไหร่", "เต๊าไหน", "ท่าใด"),
  rw("ที่ไหน", "ตี้ไหน", "ตี้ใด"),
  guarded({ notAfter: ["ปาร์", "ร์"] }, rw("ที่", "ตี้")),
  rw("ทาง", "ตาง"),
  rw("เขา", "เปิ้น"),
  rw("เรา", "เฮา", "หมู่เฮา", "ปวกเฮา"),
  rw("รู้", "ฮู้"),
  rw("ให้", "หื้อ", "หื้"),
  rw("พูด", "อู้"),
  rw("ชาวบ้าน", "จาวบ้าน"),
  rw("ปีที่แล้ว", "ปีกาย", "ปีก่อนพุ้น"),
  // "ผลปี…" is split by spelling.ts before the year word is seen
  rw("ผล ปีที่แล้ว", "ผลปีกาย", "ผลปีก่อนพุ้น"),
  rw("ทั้งหมด", "หมดตึง", "ตึงหมด", "หมดเลย", "ตึงหมดเลย"),
  rw("น้อย", "หน้อย"),
  rw("ผู้สูงอายุ", "คนเฒ่า", "คนแก่", "คนเฒ่าคนแก่"),
  rw("ครั้ง", "เตื้อ", "เทื่อ"),
  rw("มาก", "แต้ๆ"),
  rw("จริง", "แต๊", "แต๊ๆ", "แต้"),
  rw("เมื่อไร", "ยามใด"),
  // เมิน (long, of time); standard เมินเฉย (to ignore) is another word
  guarded({ notBefore: ["เฉย", "หน้า"], notAfter: ["ประ", "ระ"] }, rw("นาน", "เมิน")),
  // Short words the dialect key leaves too short to find (dialect-fold.ts), and words with no standard cognate
  rw("กี่", "จั๊ก", "จ๊ัก", "จักกี่"),
  rw("การ", "ก๋าน", "ก๋าร"),
  // words that end in การ: the rewrite above would cut them (บริ|การ)
  rw("บริการ", "บริก๋าน", "บริก๋าร"),
  rw("ราชการ", "ราจก๋าน", "ราชก๋าน", "ราจการ"),
  rw("กิน", "กิ๋น"),
  rw("ปี", "ปี๋"),
  rw("ใช่", "ใจ่"),
  rw("ไม่ใช่", "บ่ใจ่", "บ่แม่น"),
  rw("บ้าง", "พ่อง"),
  rw("ตาม", "ตวย"),
  rw("คิด", "กึ๊ด", "กึด"),
  // ผ่อ before a final consonant is another word (ผ่อน)
  guarded({ notBefore: ["น", "ง", "ม", "ย", "ก", "ว"] }, rw("ดู", "ผ่อ")),
  rw("อยาก", "ใค่", "ใคร่"),
  // the village headman or a grandparent a question is relayed from: a frame, never a topic (หลวง is not ของหลวง)
  // ข้าวของ alone is things (วัสดุ ครุภัณฑ์, plan-words.ts); ข้าวของหลวง is the state's property
  rw("ทรัพย์สินของราชการ", "ข้าวของหลวง", "ข้าวของราชการ", "ของหลวงของราชการ"),
  rw("ผู้ใหญ่", "ป้อหลวง", "พ่อหลวง", "แม่หลวง", "พ่อหลวงบ้าน", "ผู้ใหญ่บ้าน"),
  rw("เรา", "บ้านเฮา", "บ้านเรา", "ตำบลเฮา", "ตำบลเรา", "บ้านเฮาเมืองเฮา"),
];
