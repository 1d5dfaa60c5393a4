import { compilePhrases } from "../../src/thai/phrase-matcher";

const matcher = compilePhrases([
  { text: "ไผ", value: "ใคร" },
  { text: "ทรัพย์สิน", value: "ทรัพย์สิน" },
  { text: "ทรัพสิน", value: "ทรัพย์สิน" },
  { text: "ของหลวง", value: "ทรัพย์สินของราชการ" },
  { text: "ไลน์", value: "line", notAfter: ["ออน"] },
  { text: "บ่", value: "ไม่", notBefore: ["อ", "าย"] },
  { text: "ก่อ", value: "ไหม", onlyBefore: ["เจ้า"] },
  { text: "score", value: "คะแนน" },
  { text: "how much", value: "เท่าไร" },
]);
const words = (text: string): string[] => matcher.scan(text).map((m) => m.value);

describe("compilePhrases", () => {
  it("finds every phrase in one pass, longest first", () => {
    expect(words("ของหลวงไผดูแล")).toEqual(["ทรัพย์สินของราชการ", "ใคร"]);
    expect(words("ทรัพสินกับทรัพย์สิน")).toEqual(["ทรัพย์สิน", "ทรัพย์สิน"]);
  });

  it("matches Thai only on syllable boundaries", () => {
    expect(words("ไผ่")).toEqual([]);
    expect(words("เไผ")).toEqual([]);
  });

  it("matches Latin phrases only as whole words", () => {
    expect(words("score how much")).toEqual(["คะแนน", "เท่าไร"]);
    expect(words("scores")).toEqual([]);
  });

  it("honours each phrase's guards", () => {
    expect(words("บริการออนไลน์")).toEqual([]);
    expect(words("มีไลน์ไหม")).toEqual(["line"]);
    expect(words("บ่อย บ่าย บ่ผ่าน")).toEqual(["ไม่"]);
    expect(words("ผ่านก่อ ผ่านก่อเจ้า ก่อน ก่อสร้าง")).toEqual(["ไหม", "ไหม"]);
  });

  it("replaces with single spaces around each replacement", () => {
    expect(matcher.replace("ไผดูแลของหลวง", (m) => m.value)).toBe("ใคร ดูแล ทรัพย์สินของราชการ");
    expect(matcher.replace("ถาม ไผ ครับ", (m) => m.value)).toBe("ถาม ใคร ครับ");
  });

  it("can let spaces fall inside a phrase", () => {
    const spaced = compilePhrases([{ text: "ใครรับผิดชอบ", value: "owner" }], { skipSpaces: true });
    expect(spaced.scan("ใคร รับผิดชอบ").map((m) => m.value)).toEqual(["owner"]);
  });
});
