import type { Plan } from "../plan/schema";
import type { HandoffReason, YearKind } from "./decision";

/**
 * The honest "I don't know" (thai-qa.md: never answer from the plan what the plan does not say).
 * Until tickets exist the message only promises what will happen: staff will see it. No phone
 * numbers or addresses: the plan has none and inventing one would mislead.
 */
export function handoffText(plan: Plan, reason: HandoffReason, year?: number, yearKind?: YearKind, held: readonly Plan[] = [plan]): string {
  const org = plan.organization.shortName;
  const pass = `ระบบจะส่งข้อความของท่านให้เจ้าหน้าที่ ${org} พิจารณาต่อค่ะ`;
  switch (reason) {
    case "empty":
      return `ขออภัยค่ะ ระบบไม่เข้าใจข้อความนี้ ลองพิมพ์เป็นคำถาม เช่น "คะแนน ITA ได้เท่าไร" หรือเลือกจากปุ่มด้านล่างค่ะ`;
    case "request":
      return `รับทราบค่ะ เรื่องที่แจ้งหรือขอมานี้ไม่อยู่ในมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่ระบบใช้ตอบ ${pass}`;
    case "unknown-year": {
      const what = yearKind === "fiscal" ? "มาตรการ" : "ผล ITA";
      const years = (pick: (p: Plan) => number) => [...new Set(held.map(pick))].sort().join(", ");
      return `ขออภัยค่ะ มาตรการฯ ที่ระบบใช้ตอบมีเฉพาะมาตรการของปีงบประมาณ พ.ศ. ${years((p) => p.fiscalYear)} และผล ITA ปี ${years((p) => p.assessment.year)} จึงไม่มี${what}${/[A-Za-z]$/.test(what) ? " " : ""}ของปี ${year ?? "ที่ถาม"} ${pass}`;
    }
    case "needs-context":
      return `ขออภัยค่ะ ไม่ทราบว่าหมายถึงข้อหรือประเด็นไหน กรุณาพิมพ์ชื่อข้อหรือประเด็นมาด้วย เช่น "ข้อ e8 ทำไมไม่ผ่าน" หรือ "ประเด็นที่ 4 ใครรับผิดชอบ" ค่ะ`;
    default:
      return `ขออภัยค่ะ คำถามนี้ไม่มีคำตอบในมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่ระบบใช้ตอบ ${pass}`;
  }
}
