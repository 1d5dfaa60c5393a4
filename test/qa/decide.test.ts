import { createIndex } from "../../src/knowledge/bm25-index";
import { buildPlanRecords } from "../../src/knowledge/records";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import { decide } from "../../src/qa/decide";
import { buildVocabulary } from "../../src/qa/entities";
import { understand } from "../../src/qa/understand";
import { resolveYear } from "../../src/qa/years";

const plan = loadDefaultPlan();
const glossary = loadDefaultGlossary();
const ctx = { plan, glossary, index: createIndex(buildPlanRecords(plan, glossary)) };
const vocabulary = buildVocabulary(plan, glossary);
const decideOne = (text: string) => {
  const q = understand(text, vocabulary).parts[0];
  if (!q) throw new Error(`no question in ${text}`);
  return decide(q, resolveYear(q.year, plan.fiscalYear, plan.fiscalYear, q.asksIfOut), ctx).decision;
};

describe("decide: typed query → what to answer", () => {
  it("looks named things up directly and picks the template by the ask", () => {
    expect(decideOne("ข้อ อี 8 ได้กี่คะแนน")).toEqual({ type: "item", codes: ["e8"], focus: "score" });
    expect(decideOne("e8 ทำไมไม่ผ่าน")).toMatchObject({ type: "item", focus: "detail" });
    expect(decideOne("ข้อ e8 ใครรับผิดชอบ")).toMatchObject({ type: "item", focus: "who" });
    expect(decideOne("o19 อยู่ issue ไหน")).toMatchObject({ type: "item", focus: "location" });
    expect(decideOne("อีแปด กับ ไอแปด อันไหนคะแนนน้อยกว่า")).toMatchObject({ type: "item", codes: ["e8", "i8"], compare: true });
    expect(decideOne("ข้อ e20")).toEqual({ type: "unknown-item", codes: ["e20"] });
    expect(decideOne("ประเด็นที่เจ็ด เริ่มเมื่อไร")).toMatchObject({ type: "issue", issue: 7, focus: "when" });
    expect(decideOne("มาตรการประเด็นที่ 4 มีกี่ขั้นตอน")).toMatchObject({ type: "issue", issue: 4, focus: "steps" });
    expect(decideOne("ประเด็น 5 กับ 6 ขั้นตอนเหมือนกันไหม")).toMatchObject({ type: "issues", issues: [5, 6], focus: "steps", compare: true });
    expect(decideOne("ประเด็นที่ 12")).toEqual({ type: "unknown-issue", issue: 12 });
    expect(decideOne("กองคลังต้องทำมาตรการไหนบ้าง")).toEqual({ type: "unit", unit: "กองคลัง" });
  });

  it("answers questions about the plan as a whole with templates", () => {
    expect(decideOne("มีกี่ประเด็น")).toEqual({ type: "count", subject: "issues" });
    expect(decideOne("แต่ละเครื่องมือมีกี่ข้อ")).toEqual({ type: "count", subject: "per-tool" });
    expect(decideOne("ข้อไหนไม่ผ่านบ้าง")).toEqual({ type: "failed-list" });
    expect(decideOne("ประเด็นไหนได้เต็มทุกข้อ")).toEqual({ type: "full-issues" });
    expect(decideOne("ประเด็นไหนมีข้อที่ไม่ผ่านเยอะที่สุด")).toEqual({ type: "issues-with-failed", most: true });
    expect(decideOne("มีมาตรการไหนบ้างที่ไม่ได้ให้ทุกส่วนราชการรับผิดชอบ")).toEqual({ type: "measures-not-of", unit: "ทุกส่วนราชการ" });
    expect(decideOne("มาตรการชุดรอบนี้ใช้กับปีงบประมาณไหนคะ")).toEqual({ type: "plan-year", which: "fiscal" });
    expect(decideOne("ผลประเมินที่แผนนี้เอามาวิเคราะห์เป็นผลของปีไหน")).toEqual({ type: "plan-year", which: "assessment" });
  });

  it("answers from the year the plan holds and refuses the years it does not", () => {
    expect(decideOne("ผลปี 2024 ของ i8")).toMatchObject({ type: "item", codes: ["i8"] });
    expect(decideOne("ITA ปีที่แล้วได้เท่าไร")).toEqual({ type: "overview" });
    expect(decideOne("ผล ITA ปี 2565")).toMatchObject({ type: "handoff", reason: "unknown-year", year: 2565 });
    expect(decideOne("ผลประเมินปี 2025 ยังผ่านดีเยี่ยมไหม")).toMatchObject({ type: "handoff", reason: "unknown-year", year: 2568 });
    expect(decideOne("ผล ITA ปีนี้ออกยัง")).toMatchObject({ type: "handoff", reason: "unknown-year", year: 2568 });
    expect(decideOne("มาตรการปีที่แล้วมีอะไรบ้าง")).toMatchObject({ type: "handoff", reason: "unknown-year", year: 2567, yearKind: "fiscal" });
  });

  it("finds topics by retrieval, and themes that run through several measures", () => {
    expect(decideOne("ของหลวงใครดูแล")).toMatchObject({ type: "issue", issue: 4, focus: "who" });
    expect(decideOne("ตรวจสอบครุภัณฑ์ทำอย่างไร")).toMatchObject({ type: "issue", issue: 4, focus: "steps", step: 3 });
    expect(decideOne("แผนนี้มีการทำคู่มืออะไรบ้าง")).toMatchObject({ type: "theme", issues: [{ issue: 1 }, { issue: 4 }] });
    expect(decideOne("ข้อที่ถามว่ามาตรการกันโกงใช้ได้ผลจริงไหม ได้กี่คะแนน")).toMatchObject({ type: "item", codes: ["i14"] });
  });

  it("hands off unknown topics and what no plan holds", () => {
    expect(decideOne("ถนนพัง")).toMatchObject({ type: "handoff", reason: "out-of-scope" });
    expect(decideOne("เบอร์ติดต่อเจ้าหน้าที่พัสดุ กองคลัง")).toMatchObject({ type: "handoff", reason: "out-of-scope" });
    expect(decideOne("นายก อบต. ชื่ออะไร")).toMatchObject({ type: "handoff", reason: "out-of-scope" });
  });
});
