import { type Cue, cue } from "./types";

/**
 * Greetings, thanks and acknowledgements, including what LINE users send instead of words: an
 * emoji, a laugh (555), a sticker's placeholder text. A message made only of these and particles
 * is small talk; with a question in it, the question is answered.
 */
export const SMALLTALK_CUES: readonly Cue[] = [
  cue(["สวัสดี", "หวัดดี", "ดีครับ", "ดีค่ะ", "ดีจ้า", "ดีเจ้า", "hello", "hi", "hey", "ฮัลโหล", "ทักทาย", "good morning", "good afternoon", "good evening", "good day", "สวัสดีปีใหม่", "อรุณสวัสดิ์", "ราตรีสวัสดิ์", "ฝันดี", "good night", "gn", "สวัสดีตอนเช้า", "บ๊ายบาย", "บายบาย", "bye", "goodbye", "ลาก่อน", "ไปก่อนนะ"], { smallTalk: "greeting" }),
  // How-are-you greetings: "have you eaten" is how the north (and much of Thailand) says hello.
  cue(["กินข้าว", "กินข้าวยัง", "กินข้าวหรือยัง", "กินข้าวแล้ว", "กินข้าวแล้วหรือยัง", "ทานข้าว", "ทานข้าวยัง", "ทานข้าวหรือยัง", "สบายดี", "สบายดีไหม", "สบายดีหรือเปล่า", "how are you", "how r u"], { smallTalk: "greeting" }),
  cue(["ขอบคุณ", "ขอบใจ", "thank", "thanks", "thank you", "แต๊งกิ้ว", "แตงกิ้ว", "ขอบพระคุณ", "ขอบคุณมาก", "ยินดี", "ปันขอบคุณ", "thx", "ty", "thank u"], { smallTalk: "thanks" }),
  cue(["ok", "okay", "โอเค", "โอเคร", "รับทราบ", "ทราบแล้ว", "เข้าใจแล้ว", "ได้เลย", "จ้า", "จ้ะ", "ค่ะ", "ครับ", "คับ", "เจ้า", "ครับผม", "555", "5555", "55555", "555555", "5555555", "อิอิ", "ฮ่าฮ่า", "ฮาฮา", "คริคริ", "lol", "sticker", "สติกเกอร์", "สติ๊กเกอร์", "ได้ค่ะ", "ได้ครับ", "ได้ข้อมูลแล้ว", "ได้แล้ว", "ชัดเจน", "หายสงสัย", "เข้าใจ", "เยี่ยม", "สุดยอด", "ดีมาก", "น่ารัก", "จุ๊บ", "เก่ง", "เก่งมาก", "เจ๋ง", "แจ่ม", "ยอดเยี่ยม", "ปังมาก", "ปัง", "great", "nice", "good job", "cool", "awesome", "👌"], { smallTalk: "ack" }),
];

/**
 * Words that may stand beside a greeting or thanks without making it a question: who is greeted
 * (the organisation's own name comes from the plan), the time of day, and intensifiers.
 */
export const SMALLTALK_FILLERS: readonly string[] = [
  "อบต", "เทศบาล", "เจ้าหน้าที่", "แอดมิน", "admin", "ทีมงาน", "ท่าน", "ทุกท่าน", "ทุกคน", "พี่", "พี่ๆ", "น้อง", "บอท", "bot", "คุณ",
  "ตอนเช้า", "ตอนบ่าย", "ตอนเย็น", "ยามเช้า", "เช้า", "บ่าย", "เย็น", "ปีใหม่", "วันนี้",
  "มาก", "มากๆ", "หลาย", "หลายๆ", "ๆ", "นัก", "แต้ๆ", "เด้อ", "นะ", "จ้า", "เน้อ", "เลย", "จัง", "จริงๆ", "นะคะ", "นะครับ", "na", "ka", "krub", "kub", "ja", "ผม", "หนู", "ค่ะ", "ครับ", "เจ้า",
  "so", "much", "very", "a", "lot", "lots", "u", "you", "all", "everyone", "team", "there",
];
