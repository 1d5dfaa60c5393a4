import { createIndex } from "../../src/knowledge/bm25-index";
import { buildPlanRecords } from "../../src/knowledge/records";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import { analyzeQuestion } from "../../src/qa/question";
import { route } from "../../src/qa/route";

const plan = loadDefaultPlan();
const glossary = loadDefaultGlossary();
const ctx = { plan, glossary, index: createIndex(buildPlanRecords(plan, glossary)) };
const decide = (q: string) => route(analyzeQuestion(q, plan), ctx).decision;

describe("route", () => {
  it("looks item codes up directly, in any spelling", () => {
    expect(decide("ข้อ อี 8 ได้กี่คะแนน")).toEqual({ type: "item", codes: ["e8"], focus: "score" });
    expect(decide("e8 ทำไมไม่ผ่าน")).toMatchObject({ type: "item", focus: "detail" });
    expect(decide("ข้อ e8 ใครรับผิดชอบ")).toMatchObject({ type: "item", focus: "who" });
    expect(decide("ข้อ e20")).toEqual({ type: "unknown-item", codes: ["e20"] });
  });

  it("looks issue numbers up directly and picks the focus by question type", () => {
    expect(decide("ประเด็นที่ 3 ใครรับผิดชอบ")).toMatchObject({ type: "issue", issue: 3, focus: "who" });
    expect(decide("ประเด็นที่เจ็ด เริ่มเมื่อไร")).toMatchObject({ type: "issue", issue: 7, focus: "when" });
    expect(decide("ขั้นตอนมาตรการประเด็นที่ 2")).toMatchObject({ type: "issue", issue: 2, focus: "steps" });
    expect(decide("ประเด็นที่ 12")).toEqual({ type: "unknown-issue", issue: 12 });
  });

  it("answers whole-plan questions with templates", () => {
    expect(decide("มีกี่ประเด็น")).toEqual({ type: "count", subject: "issues" });
    expect(decide("ข้อไหนไม่ผ่านบ้าง")).toEqual({ type: "failed-list" });
    expect(decide("ระยะเวลาดำเนินการมาตรการ")).toEqual({ type: "period" });
    expect(decide("คะแนนรวมเท่าไร")).toEqual({ type: "overview" });
    expect(decide("IIT ไม่ผ่านกี่ข้อ")).toEqual({ type: "count", subject: "failed", tool: "IIT" });
  });

  it("finds topics by retrieval", () => {
    expect(decide("ของหลวงใครดูแล")).toMatchObject({ type: "issue", issue: 4, focus: "who" });
    expect(decide("ตรวจสอบครุภัณฑ์ทำอย่างไร")).toMatchObject({ type: "issue", issue: 4, focus: "steps", step: 3 });
  });

  it("hands off unknown topics, requests, other years and empty text", () => {
    expect(decide("ถนนพัง")).toMatchObject({ type: "handoff", reason: "out-of-scope" });
    expect(decide("ช่วยมาซ่อมไฟหน่อย")).toMatchObject({ type: "handoff" });
    expect(decide("ขอแบบฟอร์มขออนุญาตก่อสร้าง")).toMatchObject({ type: "handoff", reason: "request" });
    expect(decide("ผล ITA ปี 2565")).toEqual({ type: "handoff", reason: "unknown-year", year: 2565 });
    expect(decide("🙂🙂")).toMatchObject({ type: "handoff", reason: "empty" });
  });

  it("recognises greetings and thanks", () => {
    expect(decide("สวัสดีค่ะ")).toEqual({ type: "smalltalk", which: "greeting" });
    expect(decide("ขอบคุณมากเจ้า")).toEqual({ type: "smalltalk", which: "thanks" });
  });

  it("offers a choice when two issues match a question equally", () => {
    const d = decide("ระเบียบหนังสือสั่งการ");
    expect(d.type).toBe("choice");
    if (d.type === "choice") expect(d.options.map((o) => o.type)).toEqual(["issue", "issue"]);
  });
});
