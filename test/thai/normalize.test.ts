import { fixTypingOrder, normalizeText } from "../../src/thai/normalize";

describe("normalizeText", () => {
  it("strips zero-width characters and converts digits", () => {
    expect(normalizeText("ข้อ\u200bi๕")).toBe("ข้อ i5");
  });
  it("spaces Thai from Latin letters and digits so the segmenter sees words", () => {
    expect(normalizeText("ข้อo๑๕ผ่าน")).toBe("ข้อ o15 ผ่าน");
    expect(normalizeText("ปี๖๗ได้")).toBe("ปี 67 ได้");
  });
  it("lower-cases and collapses whitespace", () => {
    expect(normalizeText("  ITA   E-Service ")).toBe("ita e-service");
  });
  it("composes to NFC", () => {
    expect(normalizeText("e\u0301")).toBe("\u00e9");
  });
});

describe("fixTypingOrder", () => {
  it("puts a tone mark after the vowel above", () => {
    expect(fixTypingOrder("ก\u0e48\u0e34")).toBe("ก\u0e34\u0e48");
  });
  it("turns nikhahit + sara aa into sara am", () => {
    expect(fixTypingOrder("ค\u0e4d\u0e32")).toBe("คำ");
  });
});
