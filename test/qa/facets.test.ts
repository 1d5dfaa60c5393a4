import { createIndex } from "../../src/knowledge/bm25-index";
import { buildPlanRecords } from "../../src/knowledge/records";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import { decide } from "../../src/qa/decide";
import { buildVocabulary } from "../../src/qa/entities";
import { perSubject, withFacets } from "../../src/qa/facets";
import { understand } from "../../src/qa/understand";

/**
 * One part that asks several things (issue 13, "combined"): every aspect asked of the same item or
 * issue is a decision of its own, and a part naming two units or two tools is decided for each.
 * Decisions, not Thai sentences: the wording is the templates' business.
 */
const plan = loadDefaultPlan();
const glossary = loadDefaultGlossary();
const ctx = { plan, glossary, index: createIndex(buildPlanRecords(plan, glossary)) };
const vocabulary = buildVocabulary(plan, glossary);
const decisions = (text: string) => {
  const [q, ...more] = understand(text, vocabulary).parts;
  if (!q || more.length) throw new Error(`not one part: ${text}`);
  return perSubject(q).flatMap((one) => withFacets(decide(one, undefined, ctx), one, plan).map((r) => r.decision));
};

describe("facets: every aspect one part asks", () => {
  it("answers the score, the unit, the period and the steps of an issue together", () => {
    expect(decisions("ประเด็นที่ 5 ใครรับผิดชอบ ได้กี่คะแนน")).toEqual([{ type: "issues", issues: [5], focus: "score", also: ["who"] }]);
    expect(decisions("ประเด็นที่ 5 ใครรับผิดชอบและทำถึงเมื่อไร")).toEqual([{ type: "issues", issues: [5], focus: "who", also: ["when"] }]);
    expect(decisions("ประเด็น 4 กับ 6 ใครดูแล ต้องทำอะไร")).toEqual([{ type: "issues", issues: [4, 6], focus: "who", also: ["steps"] }]);
  });

  it("gives an item its own line, then the measure's aspects of its issue", () => {
    expect(decisions("ข้อ e8 ใครดูแล ได้กี่คะแนน")).toEqual([
      { type: "item", codes: ["e8"], focus: "score" },
      { type: "issues", issues: [2], focus: "who", also: [] },
    ]);
  });

  it("keeps one aspect when only one is asked, and a long list of items to the one asked", () => {
    expect(decisions("ข้อ e8 ได้กี่คะแนน")).toEqual([{ type: "item", codes: ["e8"], focus: "score" }]);
    expect(decisions("ประเด็นที่ 3 ใครรับผิดชอบ")).toEqual([{ type: "issue", issue: 3, focus: "who" }]);
    expect(decisions("e8 i5 i7 i8 ใครดูแล ได้กี่คะแนน")).toEqual([{ type: "item", codes: ["e8", "i5", "i7", "i8"], focus: "who" }]);
  });

  it("decides a part naming two units or two tools once for each", () => {
    expect(decisions("กองคลังกับสำนักปลัดต้องทำอะไรบ้าง")).toEqual([
      { type: "unit", unit: "กองคลัง" },
      { type: "unit", unit: "สำนักปลัด" },
    ]);
    expect(decisions("EIT กับ IIT ได้เต็มกี่ข้อ").map((d) => d.type === "count" && d.tool)).toEqual(["EIT", "IIT"]);
  });

  it("adds who is responsible to a list of issues when that is asked too", () => {
    expect(decisions("ประเด็นที่ได้เต็มทุกข้อ ใครรับผิดชอบ")).toEqual([{ type: "full-issues" }, { type: "issues", issues: [1, 3, 4], focus: "who", also: [] }]);
  });
});
