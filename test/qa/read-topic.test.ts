import { loadDefaultPlan } from "../../src/qa/answerer";
import { readTopic } from "../../src/qa/follow-up";
import type { QaContext } from "../../src/qa/qa-context";

/** The chat's topic comes back from Firestore: a stored shape the code no longer writes is dropped, never trusted. */
describe("readTopic", () => {
  const plan = loadDefaultPlan();
  const of = (t: Record<string, unknown>) => readTopic({ v: 1, plan: plan.id, ...t } as unknown as QaContext, plan);

  it("keeps a well-formed topic with its remembered list", () => {
    expect(of({ items: ["e8"], list: { items: ["e8", "i8"] } })).toEqual({ v: 1, plan: plan.id, items: ["e8"], list: { items: ["e8", "i8"] } });
    expect(of({ unit: "กองคลัง", units: ["กองคลัง", "สำนักปลัด"] })?.units).toEqual(["กองคลัง", "สำนักปลัด"]);
  });

  it("drops a topic whose list or units are not what they claim", () => {
    expect(of({ items: ["e8"], list: { items: [8, 9] } })).toBeUndefined();
    expect(of({ list: { issues: ["2"] } })).toBeUndefined();
    expect(of({ units: "กองคลัง" })).toBeUndefined();
    expect(of({ issues: [2], list: null })).toBeUndefined();
  });
});
