import type { Plan } from "../plan/schema";

/**
 * Greetings and thanks get their own short reply (thai-qa.md: they need their own rule): an
 * introduction that says what the bot knows, so the citizen's next message is a question it can
 * answer.
 */
export function greetingText(plan: Plan): string {
  return (
    `สวัสดีค่ะ ยินดีให้ข้อมูลมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ ${plan.organization.shortName} ` +
    `ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ค่ะ\nถามได้เลย เช่น คะแนน ITA ปี ${plan.assessment.year}, ข้อที่ไม่ผ่าน, ` +
    "มาตรการแต่ละประเด็น หรือใครรับผิดชอบ หรือเลือกจากปุ่มด้านล่างค่ะ"
  );
}

export function thanksText(): string {
  return "ยินดีค่ะ หากมีคำถามเพิ่มเติมเกี่ยวกับมาตรการฯ สอบถามได้ตลอดนะคะ";
}

/** For an emoji, a sticker's text or "โอเค": a friendly nod and what the bot can do. */
export function ackText(): string {
  return "😊 ค่ะ หากมีคำถามเรื่องมาตรการส่งเสริมคุณธรรมและความโปร่งใส พิมพ์ถามหรือเลือกจากปุ่มด้านล่างได้เลยนะคะ";
}
