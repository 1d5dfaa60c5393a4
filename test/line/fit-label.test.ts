import fc from "fast-check";
import { fitGraphemes, fitLabel, graphemeCount } from "../../src/line/fit-label";

describe("fitLabel", () => {
  it("keeps a Thai label of 20 grapheme clusters whole, however many UTF-16 units it has", () => {
    const label = "ที่ปู่สั่ง".repeat(5).slice(0, 30) + "ที่ปู่สั่งดู้นี่กิ๊ที่ปู่สั่งดู้";
    const twenty = [...new Intl.Segmenter("th", { granularity: "grapheme" }).segment(label)].slice(0, 20).map((s) => s.segment).join("");
    expect(twenty.length).toBeGreaterThanOrEqual(30);
    expect(fitLabel(twenty)).toBe(twenty);
  });

  it("cuts between Thai words, not inside one", () => {
    expect(fitLabel("กองสาธารณสุขและสิ่งแวดล้อม")).toBe("กองสาธารณสุขและสิ่ง…");
    expect(fitLabel("สำนักปลัดองค์การบริหารส่วนตำบลเวียงท่ากาน")).toBe("สำนักปลัดองค์การบริหาร…");
    expect(fitLabel("กองการศึกษา ศาสนาและวัฒนธรรม")).toBe("กองการศึกษา ศาสนาและ…");
  });

  it("cuts between clusters when one word is longer than the label", () => {
    expect(fitLabel("a".repeat(30))).toBe(`${"a".repeat(19)}…`);
  });

  it("never exceeds the limit, never empties a text, and keeps a prefix of it", () => {
    const piece = fc.constantFrom("ที่", "กอง", "สาธารณสุข", " ", "😀", "👋🏻", "ITA", "ข้อ", "1", "น้ำ", "เ", "ๆ");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 60 }), (pieces, max) => {
        const text = pieces.join("");
        const fitted = fitGraphemes(text, max);
        expect(graphemeCount(fitted)).toBeLessThanOrEqual(max);
        expect(fitted.length).toBeGreaterThan(0);
        if (fitted !== text) expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
      }),
    );
  });
});
