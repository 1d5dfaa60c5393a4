/**
 * Tells a clear request or report (a broken road, no water, uncollected garbage, a street light
 * out) from a question. A request becomes a ticket at once; a question the bot cannot answer is
 * sent to staff only after the citizen agrees, so a passing remark does not become a ticket.
 */
const PROBLEM =
  /ซ่อม|ชำรุด|พัง|เสียหาย|รั่ว|แตก|ทรุด|หลุม|บ่อ(?:ถนน)?|ดับ|ไม่ติด|ไม่ไหล|น้ำไม่มา|ไม่มีน้ำ|น้ำ(?:ประปา)?(?:ขุ่น|เหม็น|ไม่สะอาด)|ท่อ(?:ตัน|แตก|อุดตัน)|น้ำท่วม|น้ำขัง|ขยะ(?:ล้น|เกลื่อน|ไม่(?:มี(?:คน|รถ))?(?:มา)?เก็บ|ตกค้าง)|ไม่มา(?:เก็บ|ซ่อม)|ต้นไม้(?:ล้ม|ขวาง)|กิ่งไม้|สายไฟ(?:ขาด|ห้อย)|หมาจร|สุนัขจรจัด|เหตุเดือดร้อน|เดือดร้อน|ร้องเรียน|ร้องทุกข์|แจ้งเหตุ|แจ้งซ่อม|ไฟไหม้|อันตราย/;
const SUBJECT = /ถนน|ทาง|ไฟ|น้ำ|ประปา|ขยะ|ท่อ|สะพาน|ฝาย|คลอง|ลำเหมือง|ต้นไม้|สายไฟ|เสียง|ควัน|กลิ่น|หมา|สุนัข|ยุง|บ้าน|ซอย|หมู่บ้าน|หมู่/;
const ASKING = /ไหม|มั้ย|หรือไม่|หรือเปล่า|รึเปล่า|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|กี่|ที่ไหน|เมื่อไร|เมื่อไหร่|อะไร|\?/;

export function isClearRequest(text: string): boolean {
  const t = text.normalize("NFC");
  if (/แจ้งซ่อม|ร้องเรียน|ร้องทุกข์|แจ้งเหตุ|ช่วย(?:มา)?ซ่อม/.test(t)) return true;
  return PROBLEM.test(t) && SUBJECT.test(t) && !ASKING.test(t.replace(/ด้วย(?:ครับ|ค่ะ|คะ|นะ)?/g, ""));
}
