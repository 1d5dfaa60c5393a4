/**
 * Words that carry no topic: polite particles, pronouns, question words, fillers and function
 * words, in standard Thai, northern Thai and English (thai-qa.md, normalisation step 6). They are
 * ignored when measuring how much of a question a record covers, so "ได้กี่คะแนนเจ้า" and
 * "ได้กี่คะแนนครับ" weigh the same. Question words still tell what is asked: the cue lexicon
 * (`asks.ts`) reads them before they are dropped here.
 */
export const PARTICLES: readonly string[] = [
  // polite particles and pronouns
  "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "คร้าบ", "จ้า", "จ้ะ", "จ๊ะ", "นะ", "น่ะ", "น้า", "นะคะ", "นะครับ", "ฮะ", "ฮับ",
  "จ้ะ", "เจ้า", "เจ๊า", "เน้อ", "เนาะ", "ละ", "ล่ะ", "หละ", "หน่อย", "ด้วย", "ที", "ทีนะ", "สิ", "ซิ", "เถอะ",
  "ผม", "ดิฉัน", "ฉัน", "หนู", "เรา", "กู", "ข้าพเจ้า", "ท่าน", "คุณ", "พี่", "น้อง", "ป้า", "ลุง", "ตา", "ยาย",
  "แอดมิน", "admin", "บอท", "bot", "ค่ะ", "ครับผม",
  // question words and fillers
  "อะไร", "อะไรบ้าง", "ไร", "หยัง", "ยะหยัง", "อัน", "ใด", "ไหน", "ไหม", "มั้ย", "มั๊ย", "ไม๊", "หรือ", "หรือไม่",
  "เปล่า", "รึ", "รึเปล่า", "ป่าว", "ก่อ", "กา", "ก๋า", "บ่", "ไม่", "ใช่", "ไหมครับ", "ยังไง", "อย่างไร", "ยังงัย",
  "ไง", "จะใด", "จะได", "ได", "เท่าไร", "เท่าไหร่", "เท่าใด", "เท่า", "ไหร่", "กี่", "บ้าง", "เมื่อไร", "เมื่อไหร่",
  "ใคร", "ไผ", "ทำไม", "เพราะ", "เพราะอะไร", "ไหนบ้าง", "อย่าง", "แบบ", "แบบไหน", "ว่า", "ว่าไง", "แม่น", "แม่นก่อ",
  "ขอ", "ขอทราบ", "ทราบ", "อยาก", "อยากทราบ", "อยากรู้", "รู้", "สอบถาม", "ถาม", "บอก", "ช่วย", "กรุณา",
  "รบกวน", "แจ้ง", "หา", "ดู", "เช็ค", "เช็ก", "ตรวจดู", "หื้อ", "ปั๋น", "ลอง",
  // function words
  "ที่", "ซึ่ง", "และ", "ตาม", "ตามที่", "กับ", "ของ", "ใน", "บน", "จาก", "ไป", "มา", "ให้", "ได้", "เป็น", "คือ", "มี", "ก็", "จะ", "แล้ว",
  "ยัง", "อยู่", "ไว้", "โดย", "ต่อ", "แก่", "เพื่อ", "การ", "ความ", "นี้", "นั้น", "นั่น", "นี่", "โน้น", "เรื่อง",
  "เกี่ยวกับ", "เกี่ยว", "ด้าน", "ทาง", "เขา", "เค้า", "มัน", "ตัว", "อัน", "หนึ่ง", "บาง", "ทั้ง", "ทั้งหมด", "เลย",
  "ตอน", "ตอนนี้", "ปีนี้", "ปัจจุบัน", "ล่าสุด", "ทำ", "ทำให้", "ต้อง", "ควร", "จริง", "จริงๆ", "ๆ", "เห็น", "นะคับ",
  // everyday verbs, adverbs and northern particles that never name a topic
  "เอา", "ใช้", "เคย", "แค่", "บ่อย", "บ่อยแค่ไหน", "ใส่ใจ", "เอาใจใส่", "ค่อย", "เพิ่ง", "กำลัง", "อีก", "กัน", "เอง", "หลาย", "มาก",
  "น้อย", "เยอะ", "ก่อน", "หลัง", "ระหว่าง", "ตั้งแต่", "จน", "สำหรับ", "กรณี", "อย่างนี้", "แบบนี้", "ยังไงบ้าง",
  "พ่อง", "ตี้", "เฮา", "ขอดู", "ขอรู้", "ขอข้อมูล", "หมู่เฮา", "สูเจ้า", "ป้อ", "แม่", "ก่อ", "แต้", "ปี้", "อู้", "หื้อ", "ลอ", "เนอะ", "กะ", "ก๊ะ", "จ๊าดนัก", "ขอรับ", "จริงไหม",
  "ใช่ไหม", "ใช่มั้ย", "หรือเปล่า", "รึเปล่า", "มั้ยคะ", "ไหมคะ", "ไหมครับ", "ได้ไหม", "ได้มั้ย", "ไร", "ละคะ",
  "ควรจะ", "น่าจะ", "คง", "อาจ", "ต่าง", "ต่างๆ", "บ้างไหม", "ล่ะคะ", "บ้างคะ", "บ้างครับ", "ทราบว่า", "รู้ว่า",
  "the", "a", "an", "is", "of", "what", "how", "who", "when", "and", "or", "to", "in",
  // more particles people type in chat, northern particles, English fillers
  "อะ", "อ่ะ", "อ่า", "ค่าา", "คร่า", "ค้าบ", "คั้บ", "ฮะ", "จ๊ะ", "จ้าา", "นะจ๊ะ", "เด้อ", "เนอ", "กั๊บ", "ก๊ะ", "ก่ะ", "ก่",
  "เจ้าค่ะ", "แหม", "อืม", "เออ", "เอ่อ", "โห", "ว้าว", "ฮ่า", "ครับผม", "ค่ะผม", "คับผม", "ขอรับ", "พ่อง", "แน",
  "ได้ยิน", "ได้ยินว่า", "เห็นว่า", "ว่าไง", "เขาว่า", "ข่าวว่า", "ที่เขียนว่า", "ในตาราง", "ตาราง", "เขียน",
  "เปิ้น", "เขา", "ปวกเฮา", "เฮา", "ตวย", "ละก่อ", "หนา", "เน้อเจ้า", "ตึง",
  "please", "pls", "plz", "thanks", "thank", "you", "are", "was", "were", "be", "been", "do", "does", "did", "for",
  "on", "at", "by", "with", "this", "that", "these", "those", "there", "here", "our", "my", "your", "i", "me", "can",
  "could", "would", "will", "should", "tell", "know", "want", "get", "got", "have", "has", "had", "any", "some", "so",
  "also", "just", "now", "then", "if", "it's", "its", "they", "them", "their", "he", "she", "hi", "does", "than", "ones", "anything", "something", "everything", "thing", "things", "under", "within", "from", "into", "as", "per", "via",
  // English verbs and fillers around a question's topic ("what will the SAO do to make…", "I don't need to go")
  "make", "makes", "made", "out", "need", "needs", "go", "goes", "give", "receive", "receives", "doing", "done", "going",
  "come", "comes", "let", "up", "which", "whose", "get", "gets", "still", "really", "actually", "again", "don", "t", "s",
  "พอ", "พอมี", "ยื่น", "โดน", "เดินทาง", "วางแผน", "เร็ว", "จริงจัง", "อย่างจริงจัง", "came", "system", "systems", "mechanism", "mechanisms", "making", "keep", "keeps", "coming", "instead", "time", "before", "after", "written", "writing", "documented", "down", "according", "got",
  // (no one- or two-letter words, nor "may": two of them glued would hide an unknown word, may|or)
  "were", "being", "not", "nothing", "reach", "reached", "planning", "often", "usually", "always", "ever", "gonna",
  "wanna", "kinda", "okay", "sir", "madam", "dear", "kindly", "too", "very", "gave", "given", "take", "took", "taken",
  "look", "show", "shows", "showed", "kept", "want", "like", "must", "might", "shall", "there's", "here's",
  "into", "onto", "upon", "off", "over", "further", "once", "both", "few", "other", "such", "only", "own", "don't", "doesn't",
  "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "cannot", "being", "having", "tell", "told", "yet", "whole",
  "able", "unable", "possible", "sure",
  // conditions and vague places that frame a question without naming anything
  "ถ้า", "หาก", "กรณี", "สมมติ", "ถ้าจะ", "หากจะ", "จะทำ", "ที่ไหน", "ตรงไหน", "เอาไป", "ไว้", "นี่", "น่ะ", "เนี่ย",
  // who a relayed question comes from (แม่อุ้ยถามมาว่า…, ป้อหลวงฝากถาม…), and northern หน่อย (แหน่, แน่)
  "อุ้ย", "แม่อุ้ย", "ป้ออุ้ย", "พ่ออุ้ย", "พ่อ", "ปู่", "ย่า", "น้า", "อา", "ผู้ใหญ่", "กำนัน", "แหน่", "แน่", "หน่อยนะ",
  // degree words that only say how much (ไม่พอ, น้อยลง): no topic
  "พอ", "ไม่พอ", "ลง", "น้อยลง", "ขึ้น",
]
