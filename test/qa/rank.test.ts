import { canonicalize } from "../../src/knowledge/text-pipeline";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { itemsAtPlace, placeAsked } from "../../src/qa/rank";

describe("rank: which place from the bottom a question asks for", () => {
  const plan = loadDefaultPlan();

  it("reads the place however it is written, through the lexicon", () => {
    expect(placeAsked(canonicalize("ข้อไหนได้คะแนนต่ำสุด"))).toBe(1);
    expect(placeAsked(canonicalize("ข้อที่ได้คะแนนน้อยเป็นอันดับสอง"))).toBe(2);
    expect(placeAsked(canonicalize("ข้อที่คะแนนต่ำรองลงมา"))).toBe(2);
    expect(placeAsked(canonicalize("which item had the second lowest score"))).toBe(2);
    expect(placeAsked(canonicalize("คะแนนต่ำเป็นอันดับที่ 3"))).toBe(3);
    expect(placeAsked(canonicalize("the third lowest item"))).toBe(3);
  });

  it("names every item that shares a place, and nothing past the last place", () => {
    expect(itemsAtPlace(plan, 1)).toEqual(["e8"]);
    expect(itemsAtPlace(plan, 2)).toEqual(["i8"]);
    expect([...itemsAtPlace(plan, 3)].sort()).toEqual(["i14", "i15", "i5", "i7"]);
    expect(itemsAtPlace(plan, 9)).toEqual([]);
  });
});
