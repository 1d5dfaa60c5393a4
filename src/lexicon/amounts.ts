/**
 * Money the plan names only as a topic (ความโปร่งใสในการใช้งบประมาณ), never as an amount: a question
 * that asks how much of it, with no word of score or topic beside it, asks what the plan never says.
 */
export const MONEY_WORDS: readonly string[] = ["งบประมาณ", "เงิน", "งบ"];

/** Words that make "how much" a question about a score or a topic of the plan, not an amount. */
export const SCORE_OR_TOPIC_WORDS: readonly string[] = ["คะแนน", "ผ่าน", "ไม่ผ่าน", "เต็ม", "ระดับ", "ผล", "ผลการประเมิน", "เรื่อง", "ด้าน", "หมวด", "ประเด็น", "ข้อ", "มาตรการ", "โปร่งใส"];
