import { createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import { planForYear } from "../support/plans";
import { evalVisibleText } from "./eval-match";

/**
 * Several fiscal years' plans (issue 17): questions answer from the current plan; one that names a
 * held year, or follows up on an answer from it, answers from that year's plan; "ปีนี้" is the
 * current fiscal year; a year no plan holds is said honestly, with the years there are.
 */
const shipped = loadDefaultPlan(); // FY2568, ITA 2567
const current = planForYear(shipped, 2570, (p) => ({
  ...p,
  assessment: { year: 2569, score: "98.20", level: "ผ่านดีเยี่ยม" },
  issues: p.issues.map((i) => (i.number === 4 ? { ...i, measure: { ...i.measure, unit: "กองยุทธศาสตร์และงบประมาณ" } } : i)),
}));
const answerer = createAnswerer({ plan: current, others: [shipped], thisYear: 2570 });
const text = (q: string, context?: Parameters<typeof answerer.answer>[1]) => evalVisibleText(answerer.answer(q, context).messages).join("\n");

describe("questions over the plans of several fiscal years", () => {
  it("answers from the current plan when no year is named, or this year is", () => {
    expect(text("ประเด็นที่ 4 ใครรับผิดชอบ")).toContain("กองยุทธศาสตร์และงบประมาณ");
    expect(text("ประเด็นที่ 4 ใครรับผิดชอบ")).toContain("ปีงบประมาณ พ.ศ. 2570");
    expect(text("ปีนี้ประเด็นที่ 4 ใครรับผิดชอบ")).toContain("กองยุทธศาสตร์และงบประมาณ");
    expect(text("คะแนน ITA ได้เท่าไร")).toContain("98.20");
  });

  it("answers from a past year's plan when the question names that year", () => {
    const owner = text("ปีงบ 68 ประเด็นที่ 4 ใครรับผิดชอบ");
    expect(owner).toContain("กองคลัง");
    expect(owner).toContain("ปีงบประมาณ พ.ศ. 2568");
    expect(owner).not.toContain("กองยุทธศาสตร์");
    expect(text("ผล ITA ปี 2567 ได้กี่คะแนน")).toContain("99.61");
    expect(text("ITA ปีที่แล้วได้เท่าไร")).toContain("98.20"); // last year's result (2569) is the current plan's
  });

  it("follows up in the year the chat was talking about", () => {
    const first = answerer.answer("มาตรการปีงบประมาณ 2568 มีกี่ประเด็น");
    expect(first.answered).toBe(true);
    const next = text("แล้วประเด็นที่ 4 ใครรับผิดชอบ", first.context);
    expect(next).toContain("กองคลัง");
    expect(next).toContain("ปีงบประมาณ พ.ศ. 2568");
  });

  it("says which years it holds when asked about one it does not", () => {
    const answer = answerer.answer("แผนปีที่แล้วมีกี่ประเด็น"); // FY2569: no plan held
    expect(answer.answered).toBe(false);
    expect(text("แผนปีที่แล้วมีกี่ประเด็น")).toContain("ปีงบประมาณ พ.ศ. 2568, 2570");
    expect(text("มาตรการปี 2565 มีอะไรบ้าง")).toContain("จึงไม่มีมาตรการของปี 2565");
  });

  it("counts 'ปีนี้' from the current fiscal year, not from the plan's", () => {
    const closed = createAnswerer({ plan: shipped, thisYear: 2570 }); // FY2570 has begun, no plan for it yet
    expect(closed.answer("แผนปีนี้มีกี่ประเด็น").answered).toBe(false);
    expect(evalVisibleText(closed.answer("แผนปีนี้มีกี่ประเด็น").messages).join("\n")).toContain("จึงไม่มีมาตรการของปี 2570");
    expect(createAnswerer({ plan: shipped }).answer("แผนปีนี้มีกี่ประเด็น").answered).toBe(true);
  });
});
