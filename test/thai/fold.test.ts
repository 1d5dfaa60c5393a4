import { foldThai, trigrams } from "../../src/thai/fold";

describe("foldThai", () => {
  it("forgives silent letters and look-alike consonants", () => {
    expect(foldThai("ทรัพสิน")).toBe(foldThai("ทรัพย์สิน"));
    expect(foldThai("ครุภันฑ์")).toBe(foldThai("ครุภัณฑ์"));
    expect(foldThai("ประเมิณ")).toBe(foldThai("ประเมิน"));
  });
  it("keeps different words apart", () => {
    expect(foldThai("ถนน")).not.toBe(foldThai("ทุจริต"));
  });
});

describe("trigrams", () => {
  it("makes letter trigrams per run", () => {
    expect(trigrams("abcd ef")).toEqual(["abc", "bcd"]);
  });
});
