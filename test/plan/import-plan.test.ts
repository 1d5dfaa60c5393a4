import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlanText } from "../../src/plan/import-plan";
import { PlanSchema } from "../../src/plan/schema";
import { loadDefaultPlan } from "../../src/qa/answerer";

/** A copy of ../shared/seed/ita-measures-2568.txt, so the test runs in a fresh clone. */
const SEED = join(__dirname, "fixtures", "ita-measures-2568.txt");

describe("importPlanText", () => {
  const shipped = loadDefaultPlan();
  const { plan, warnings } = importPlanText(readFileSync(SEED, "utf8"), { id: "wiang-tha-kan-2568" });

  it("drafts a plan that passes the schema", () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it("finds the same header, items, scores, units and periods as the reviewed file", () => {
    expect(plan.fiscalYear).toBe(shipped.fiscalYear);
    expect(plan.assessment).toEqual(shipped.assessment);
    expect(plan.organization).toEqual(shipped.organization);
    const shape = (p: typeof plan) =>
      p.issues.map((i) => ({
        number: i.number,
        title: i.title,
        tools: i.tools,
        items: i.items.map((it) => [it.code, it.score, it.belowPassMark]),
        unit: i.measure.unit,
        steps: i.measure.steps,
        period: i.measure.period,
      }));
    expect(shape(plan)).toEqual(shape(shipped));
  });

  it("tells the reviewer about every quirk it resolved", () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/issue 3: 9 codes but 8 scores/),
        expect.stringMatching(/issue 7: 16 codes but 15 scores/),
        expect.stringMatching(/o15 appears under issues 5 and 6/),
        expect.stringMatching(/issue 1: steps numbered 1,2,3,6/),
      ]),
    );
    // Each names its place in the document.
    for (const warning of warnings) expect(warning).toMatch(/^line \d+: /);
  });

  it("works on another organisation's plan of the same layout", () => {
    const other = [
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดลำพูน",
      "ประจำปีงบประมาณ พ.ศ.๒๕๖๙",
      "ผลการประเมิน ประจำปีงบประมาณ พ.ศ.๒๕๖๘ ได้คะแนน ๘๗.๕๐ คะแนน ระดับผลการประเมินอยู่ในระดับ “ผ่านดี”",
      "ส่วนที่ ๑. การวิเคราะห์",
      "ประเด็น\tเครื่องมือ\tข้อคำถาม\tคะแนน\tวิเคราะห์",
      "๑. การใช้ทรัพย์สิน\tIIT\tข้อ i๑๐ ข้อ i๑๑\t๘๐.๐๐ ๑๐๐\tมีข้อ i๑๐ ที่ไม่ผ่าน ต้องปรับปรุง",
      "ส่วนที่ ๒ การกำหนดวิธีการ",
      "๑. การใช้ทรัพย์สิน\tจัดทำคู่มือ\t๑. จัดทำคู่มือ ๒. เผยแพร่\tกองคลัง\t๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๙",
    ].join("\n");
    const draft = importPlanText(other, { id: "test-2569" });
    expect(PlanSchema.safeParse(draft.plan).success).toBe(true);
    expect(draft.plan.organization.shortName).toBe("ทต.ทดสอบ");
    expect(draft.plan.fiscalYear).toBe(2569);
    expect(draft.plan.assessment).toEqual({ year: 2568, score: "87.50", level: "ผ่านดี" });
    expect(draft.plan.issues[0]?.items).toEqual([
      { code: "i10", score: "80.00", belowPassMark: true, remark: "ที่ไม่ผ่าน ต้องปรับปรุง" },
      { code: "i11", score: "100", belowPassMark: false },
    ]);
    expect(draft.plan.issues[0]?.measure).toEqual({
      title: "จัดทำคู่มือ",
      steps: ["จัดทำคู่มือ", "เผยแพร่"],
      unit: "กองคลัง",
      period: { start: "2025-10-01", end: "2026-09-30", text: "1 ตุลาคม 2568 - 30 กันยายน 2569" },
    });
  });
});
