import { toArabicDigits, toThaiDigits } from "../../src/thai/digits";

describe("digits", () => {
  it("reads Thai digits as Arabic", () => {
    expect(toArabicDigits("๙๙.๖๑ คะแนน ปี ๒๕๖๗")).toBe("99.61 คะแนน ปี 2567");
  });
  it("writes Arabic digits as Thai", () => {
    expect(toThaiDigits("1 ตุลาคม 2567")).toBe("๑ ตุลาคม ๒๕๖๗");
  });
  it("round-trips", () => {
    expect(toArabicDigits(toThaiDigits("0123456789"))).toBe("0123456789");
  });
});
