import { canonicalize, processText } from "../../src/knowledge/text-pipeline";

describe("text pipeline", () => {
  it.each([
    ["อีเซอร์วิส", "eservice"],
    ["E-Service", "eservice"],
    ["ไอทีเอ", "ita"],
    ["ป.ป.ช.", "ปปช"],
    ["แชทบอท", "chatbot"],
    ["ไลน์", "line"],
  ])("rewrites %s to %s", (from, to) => {
    expect(canonicalize(from)).toBe(to);
  });

  it("does not take ไลน์ inside ออนไลน์ for LINE", () => {
    expect(processText("บริการออนไลน์").tokens).not.toContain("line");
  });

  it("maps everyday words to the plan's words", () => {
    expect(processText("ของหลวง").tokens).toEqual(expect.arrayContaining(["ทรัพย์สิน", "ราชการ"]));
    expect(processText("โกง").tokens).toContain("ทุจริต");
    expect(processText("ไผรับผิดชอบ").tokens).toContain("ใคร");
  });

  it("keeps บ่อย (often) apart from the dialect บ่ (not)", () => {
    expect(canonicalize("บ่อยแค่ไหน")).not.toContain("ไม่");
    expect(canonicalize("บ่ผ่าน")).toContain("ไม่");
  });

  it("keeps ผ่อน (ease) apart from the dialect ผ่อ (look), and เรื่องบริการ whole", () => {
    expect(canonicalize("ผ่อนผันได้ไหม")).not.toContain("ดู");
    expect(canonicalize("ผ่อหื้อแน")).toContain("ดู");
    expect(canonicalize("เรื่องบริการออนไลน์")).toContain("บริการ");
  });

  it("treats the plan's text and a question the same way", () => {
    expect(processText("ข้อ ๐๒๕").tokens).toEqual(["ข้อ", "o25"]);
    expect(processText("ข้อ o๒๕").tokens).toEqual(["ข้อ", "o25"]);
  });
});
