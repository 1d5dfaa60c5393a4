import { buildFaqRecords, buildPlanRecords } from "../../src/knowledge/records";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";

describe("records", () => {
  const records = buildPlanRecords(loadDefaultPlan(), loadDefaultGlossary());
  const count = (kind: string) => records.filter((r) => r.ref.kind === kind).length;

  it("has one record per answerable thing in the plan", () => {
    expect(count("overview")).toBe(1);
    expect(count("issue")).toBe(7);
    expect(count("measure")).toBe(7);
    expect(count("step")).toBe(20);
    expect(count("item")).toBe(60);
    expect(count("glossary")).toBe(6);
  });

  it("has unique ids", () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it("names FAQ records by their entry", () => {
    expect(buildFaqRecords([{ id: "a1", questions: ["q"], answer: "a" }])[0]?.ref).toEqual({ kind: "faq", id: "a1" });
  });
});
