import type { Plan } from "../plan/schema";
import type { HandoffReason } from "./decision";

/**
 * The honest "I don't know" (thai-qa.md: never answer from the plan what the plan does not say).
 * Until tickets exist the message only promises what will happen: staff will see it. No phone
 * numbers or addresses: the plan has none and inventing one would mislead.
 */
export function handoffText(plan: Plan, reason: HandoffReason, year?: number): string {
  const org = plan.organization.shortName;
  const pass = `ระบบจะส่งข้อความของท่านให้เจ้าหน้าที่ ${org} พิจารณาต่อค่ะ`;
  switch (reason) {
    case "empty":
      return `ขออภัยค่ะ ระบบไม่เข้าใจข้อความนี้ ลองพิมพ์เป็นคำถาม เช่น "คะแนน ITA ได้เท่าไร" หรือเลือกจากปุ่มด้านล่างค่ะ`;
    case "request":
      return `รับทราบค่ะ เรื่องที่แจ้งหรือขอมานี้ไม่อยู่ในมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่ระบบใช้ตอบ ${pass}`;
    case "unknown-year":
      return `ขออภัยค่ะ ระบบมีเฉพาะมาตรการฯ ปีงบประมาณ พ.ศ. ${plan.fiscalYear} และผล ITA ปี ${plan.assessment.year} จึงไม่มีข้อมูลของปี ${year ?? "ที่ถาม"} ${pass}`;
    default:
      return `ขออภัยค่ะ คำถามนี้ไม่มีคำตอบในมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่ระบบใช้ตอบ ${pass}`;
  }
}
