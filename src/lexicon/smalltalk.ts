import { type Cue, cue } from "./types";

/**
 * Greetings, thanks and acknowledgements, including what LINE users send instead of words: an
 * emoji, a laugh (555), a sticker's placeholder text. A message made only of these and particles
 * is small talk; with a question in it, the question is answered.
 */
export const SMALLTALK_CUES: readonly Cue[] = [
  cue(["สวัสดี", "หวัดดี", "ดีครับ", "ดีค่ะ", "ดีจ้า", "ดีเจ้า", "hello", "hi", "hey", "ฮัลโหล", "ทักทาย", "good morning", "good afternoon", "good evening", "สวัสดีปีใหม่", "อรุณสวัสดิ์"], { smallTalk: "greeting" }),
  cue(["ขอบคุณ", "ขอบใจ", "thank", "thanks", "thank you", "แต๊งกิ้ว", "แตงกิ้ว", "ขอบพระคุณ", "ขอบคุณมาก", "ยินดี", "ปันขอบคุณ"], { smallTalk: "thanks" }),
  cue(["ok", "okay", "โอเค", "โอเคร", "รับทราบ", "ทราบแล้ว", "เข้าใจแล้ว", "ได้เลย", "จ้า", "จ้ะ", "ค่ะ", "ครับ", "คับ", "เจ้า", "ครับผม", "555", "5555", "55555", "555555", "5555555", "อิอิ", "ฮ่าฮ่า", "ฮาฮา", "คริคริ", "lol", "sticker", "สติกเกอร์", "สติ๊กเกอร์", "ได้ค่ะ", "ได้ครับ", "ได้ข้อมูลแล้ว", "ได้แล้ว", "ชัดเจน", "หายสงสัย", "เข้าใจ", "เยี่ยม", "สุดยอด", "ดีมาก", "น่ารัก", "จุ๊บ"], { smallTalk: "ack" }),
];
