import { loadDefaultPlan } from "../../src/qa/answerer";

/** The reviewed plan holds every item and score of the document, quirks resolved (thai-qa.md). */
describe("the shipped plan (data/plans/wiang-tha-kan-2568.json)", () => {
  const plan = loadDefaultPlan();
  const items = plan.issues.flatMap((i) => i.items.map((item) => ({ ...item, issue: i.number })));

  it("is fiscal year 2568 responding to ITA 2567: 99.61, ผ่านดีเยี่ยม", () => {
    expect(plan.fiscalYear).toBe(2568);
    expect(plan.assessment).toEqual({ year: 2567, score: "99.61", level: "ผ่านดีเยี่ยม" });
  });

  it("has seven issues with the document's item counts", () => {
    expect(plan.issues.map((i) => i.items.length)).toEqual([7, 10, 9, 3, 7, 8, 16]);
    expect(items).toHaveLength(60);
    expect(new Set(items.map((i) => i.code)).size).toBe(59);
  });

  it("puts o25 under issue 2 and o15 under issues 5 and 6", () => {
    expect(items.filter((i) => i.code === "o25").map((i) => i.issue)).toEqual([2]);
    expect(items.filter((i) => i.code === "o15").map((i) => i.issue)).toEqual([5, 6]);
  });

  it("has exactly the six scores below 100", () => {
    const below = Object.fromEntries(items.filter((i) => i.belowPassMark).map((i) => [i.code, i.score]));
    expect(below).toEqual({ e8: "83.00", i5: "99.39", i7: "99.39", i8: "96.97", i14: "99.39", i15: "99.39" });
    expect(items.filter((i) => !i.belowPassMark).every((i) => i.score === "100")).toBe(true);
  });

  it("covers IIT i1–i15, EIT e1–e9 and OIT o1–o35", () => {
    const codes = new Set(items.map((i) => i.code));
    for (const [letter, max] of [["i", 15], ["e", 9], ["o", 35]] as const)
      for (let n = 1; n <= max; n++) expect(codes).toContain(`${letter}${n}`);
  });

  it("has a measure with steps, unit and period for every issue", () => {
    expect(plan.issues.map((i) => i.measure.unit)).toEqual([
      "ทุกส่วนราชการ", "ทุกส่วนราชการ", "สำนักปลัด", "กองคลัง", "ทุกส่วนราชการ", "ทุกส่วนราชการ", "ทุกส่วนราชการ",
    ]);
    expect(plan.issues.map((i) => i.measure.steps.length)).toEqual([4, 2, 3, 4, 2, 2, 3]);
    for (const issue of plan.issues)
      expect(issue.measure.period).toEqual({ start: "2024-10-01", end: "2025-09-30", text: "1 ตุลาคม 2567 - 30 กันยายน 2568" });
  });
});
