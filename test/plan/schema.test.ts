import { loadDefaultPlan } from "../../src/qa/answerer";
import { parsePlan, PlanFileError } from "../../src/plan/load-plan";

describe("plan schema", () => {
  const plan = loadDefaultPlan();
  const clone = (): ReturnType<typeof loadDefaultPlan> => JSON.parse(JSON.stringify(plan));

  it("accepts the shipped plan", () => {
    expect(() => parsePlan(clone())).not.toThrow();
  });

  it("refuses a pass flag that contradicts the score, naming the path", () => {
    const bad = clone();
    const item = bad.issues[1]?.items.find((i) => i.code === "e8");
    if (!item) throw new Error("fixture");
    item.belowPassMark = false;
    expect(() => parsePlan(bad, "x.json")).toThrow(/issues\.1\.items\.4\.belowPassMark: e8 scores 83.00/);
  });

  it("refuses scores written as numbers, bad codes and bad dates", () => {
    const bad = clone() as unknown as { issues: Array<{ items: Array<Record<string, unknown>>; measure: { period: Record<string, string> } }> };
    const first = bad.issues[0];
    if (!first?.items[0]) throw new Error("fixture");
    first.items[0].score = 100;
    first.items[0].code = "x1";
    first.measure.period.start = "1 ต.ค. 2567";
    try {
      parsePlan(bad, "bad.json");
      throw new Error("accepted");
    } catch (err) {
      expect(err).toBeInstanceOf(PlanFileError);
      const message = (err as Error).message;
      expect(message).toMatch(/issues\.0\.items\.0\.score/);
      expect(message).toMatch(/issues\.0\.items\.0\.code/);
      expect(message).toMatch(/issues\.0\.measure\.period\.start/);
    }
  });

  it("refuses issues out of order", () => {
    const bad = clone();
    bad.issues.reverse();
    expect(() => parsePlan(bad)).toThrow(/numbered 1, 2, 3/);
  });
});
