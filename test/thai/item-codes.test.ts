import { canonicalizeItemCodes, compareItemCodes, extractItemCodes, toolOfCode } from "../../src/thai/item-codes";
import { normalizeText } from "../../src/thai/normalize";

const codes = (text: string): string[] => extractItemCodes(canonicalizeItemCodes(normalizeText(text)));

describe("item codes", () => {
  it.each([
    ["ข้อ e๘", "e8"],
    ["E 8 ผ่านไหม", "e8"],
    ["ข้อ อี 8", "e8"],
    ["อี8", "e8"],
    ["o๑๒", "o12"],
    ["โอ 12", "o12"],
    ["ไอ 14", "i14"],
    ["i๕", "i5"],
    ["e-8", "e8"],
    ["IIT ข้อ 5", "i5"],
    ["EIT ข้อที่ 8", "e8"],
    ["ข้อo๑๕ผ่าน", "o15"],
  ])("%s → %s", (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it("reads the OCR's zero as the letter o", () => {
    expect(codes("ข้อ ๐๗ ๑๐๐")).toEqual(["o7"]);
    expect(codes("ข้อ ๐๒๕ ๑๐๐")).toEqual(["o25"]);
    expect(codes("ข้อ ๐๑๐")).toEqual(["o10"]);
  });

  it("does not take scores, years or words for codes", () => {
    expect(codes("99.61 คะแนน ปี 2567 e-service ข้อ 3")).toEqual([]);
    expect(codes("e 8.5")).toEqual([]);
  });

  it("knows the tool of a code and the ITA order", () => {
    expect(toolOfCode("i5")).toBe("IIT");
    expect(toolOfCode("e8")).toBe("EIT");
    expect(toolOfCode("o25")).toBe("OIT");
    expect(["o2", "e8", "i15", "i5"].sort(compareItemCodes)).toEqual(["i5", "i15", "e8", "o2"]);
  });
});
