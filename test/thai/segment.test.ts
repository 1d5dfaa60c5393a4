import { createTokenizer } from "../../src/thai/segment";

describe("createTokenizer", () => {
  it("segments Thai with the runtime dictionary", () => {
    expect(createTokenizer()("ใครเป็นผู้รับผิดชอบ")).toContain("ใคร");
  });
  it("keeps dictionary words whole and Latin/digit runs as tokens", () => {
    const tokenize = createTokenizer(["ยะหยัง", "จัดซื้อจัดจ้าง"]);
    expect(tokenize("ข้อ e8 ยะหยัง จัดซื้อจัดจ้าง 99.61")).toEqual(["ข้อ", "e8", "ยะหยัง", "จัดซื้อจัดจ้าง", "99.61"]);
  });
  it("prefers the longest dictionary word", () => {
    expect(createTokenizer(["กอง", "กองคลัง"])("กองคลัง")).toEqual(["กองคลัง"]);
  });
});
