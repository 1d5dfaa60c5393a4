/**
 * The importer does not depend on one layout: three plans written here by hand, each laid out
 * differently (labelled blocks; pipe tables with columns in another order; tab tables with a
 * repeated header and a page break), from three other organisations and two fiscal years, are
 * each read into a draft that says what the text says, and whatever needed a decision is named
 * with its place in the document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlanText } from "../../src/plan/import-plan";
import { PlanSchema } from "../../src/plan/schema";
import { DON_KAEO_NGAM_2570, MAE_KHA_NOI_2570, PONG_NGAM_TAI_2569, expectDraftToSay } from "./fixtures/expected-plans";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");

describe("importing plans laid out differently", () => {
  it("reads labelled blocks: ประเด็นที่ N:, bullets of three kinds, (1) and inline 1. steps, codes as O12 / ๐๑๓ / i 3 / ข้อ e๕, periods in months and quarters", () => {
    const { plan, warnings, notes } = importPlanText(fixture("don-kaeo-ngam-2570-blocks.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, DON_KAEO_NGAM_2570);
    // The page numbers and the running header between issues are left out, and said so.
    expect(notes).toEqual([expect.stringMatching(/left out 4 page header\/footer\/page-number line\(s\).*line 32: "- 2 -"/)]);
    // The closing line is not part of any issue: it is named, not swallowed into issue 5's period.
    expect(warnings).toEqual(['line 70: not read: "ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2569"']);
  });

  it("reads pipe tables whose columns come in another order, issues numbered ๑), steps ๑) ๒) in one cell, a deadline for a period", () => {
    const { plan, warnings } = importPlanText(fixture("pong-ngam-tai-2569-pipes.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, PONG_NGAM_TAI_2569);
    expect(warnings).toEqual([
      'line 23: issue 4: period "ภายใน 31 มีนาคม 2569" read as 2025-10-01 – 2026-03-31; starts when the fiscal year starts — check',
    ]);
  });

  it("reads tab tables across a page break: running header and page number left out, the repeated header row skipped, codes one per row", () => {
    const { plan, warnings, notes } = importPlanText(fixture("mae-kha-noi-2570-tabs.txt"));
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expectDraftToSay(plan, MAE_KHA_NOI_2570);
    expect(warnings).toEqual([]);
    expect(notes).toEqual([expect.stringMatching(/left out 2 .*page 2, line 1: "มาตรการส่งเสริมคุณธรรมฯ เทศบาลเมืองแม่ขาน้อย/)]);
  });

  it("names the place and the text of what it cannot read, and never fills a required field silently", () => {
    const text = [
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "องค์การบริหารส่วนตำบลทดลอง อำเภอเมือง จังหวัดน่าน",
      "ประจำปีงบประมาณ พ.ศ. 2570",
      "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569 ได้คะแนน 90.00 คะแนน ระดับ “ผ่านดี”",
      "ประเด็นที่ 1: การใช้ทรัพย์สิน",
      "ข้อคำถาม: ข้อ 12, i3",
      "คะแนน: 100 100",
      "ผลการวิเคราะห์: ผ่านเกณฑ์",
      "มาตรการ: จัดทำทะเบียนทรัพย์สิน",
      "ขั้นตอน: 1. สำรวจ 2. บันทึก",
      "ระยะเวลา: ช่วงฤดูฝน",
      "ประเด็นที่ 2: การเปิดเผยข้อมูล",
      "ข้อคำถาม: o5",
      "คะแนน: 100",
      "ผลการวิเคราะห์: ผ่านเกณฑ์",
      "มาตรการ: ปรับปรุงเว็บไซต์",
      "ขั้นตอน: ตรวจข้อมูลทุกเดือน",
      "ผู้รับผิดชอบ: สำนักปลัด",
    ].join("\n");
    const { plan, warnings } = importPlanText(text);
    expect(warnings).toEqual([
      'line 6: issue 1: item "ข้อ 12" has no i/e/o letter and its row names no single tool; left out — check',
      "line 5: issue 1 names no responsible unit (ผู้รับผิดชอบ) — fill it in",
      'line 11: issue 1: period "ช่วงฤดูฝน" not understood; used the whole fiscal year — check',
      "line 12: issue 2 gives no period (ระยะเวลา); used the whole fiscal year — check",
    ]);
    expect(plan.issues[0]?.items).toEqual([{ code: "i3", score: "100", belowPassMark: false }]);
    expect(plan.issues[0]?.measure.period).toEqual({ start: "2026-10-01", end: "2027-09-30", text: "ช่วงฤดูฝน" });
    // Issue 1 has no unit: the draft does not pass the schema until a person fills it in.
    expect(PlanSchema.safeParse(plan).error?.issues.map((i) => i.path.join("."))).toEqual(["issues.0.measure.unit"]);
  });
});
