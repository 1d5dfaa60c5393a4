import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import { buildVocabulary } from "../../src/qa/entities";
import { understand } from "../../src/qa/understand";

const vocabulary = buildVocabulary(loadDefaultPlan(), loadDefaultGlossary());
const parts = (q: string) => understand(q, vocabulary).parts;
const one = (q: string) => {
  const [p, ...rest] = parts(q);
  expect(rest).toEqual([]);
  return p as NonNullable<typeof p>;
};

describe("understand: text → typed queries", () => {
  it("reads what is asked, in standard Thai, northern Thai and English alike", () => {
    for (const q of ["ใครรับผิดชอบประเด็นที่ 4", "ประเด็นที่ 4 ไผรับผิดชอบเจ้า", "who is responsible for issue 4?"]) {
      const p = one(q);
      expect(p.asks.has("owner")).toBe(true);
      expect(p.about.issues).toEqual([4]);
    }
    expect([...one("e8 ได้เต๊าใด").asks]).toEqual(["score"]);
    expect(one("ข้อไหนบ่ผ่านพ่อง").filters.has("below")).toBe(true);
  });

  it("reads item codes however they are written", () => {
    expect(one("ไอสิบห้า ได้เท่าไร").about.items).toEqual(["i15"]);
    expect(one("คะแนนของe1e2e3").about.items).toEqual(["e1", "e2", "e3"]);
    expect(one("ที่เขียนว่า ๐๑๓ ในตาราง").about.items).toEqual(["o13"]);
  });

  it("names units from the plan and the usual divisions, and 'every unit'", () => {
    expect(one("กองคลังต้องทำอะไรบ้าง").about.units).toEqual(["กองคลัง"]);
    expect(one("กองการศึกษามีกิจกรรมอะไร").about.units).toEqual(["กองการศึกษา ศาสนาและวัฒนธรรม"]);
    const p = one("มาตรการที่ไม่ได้ให้ทุกส่วนราชการรับผิดชอบ");
    expect(p.about.units).toEqual(["ทุกส่วนราชการ"]);
    expect(p.negatesUnit).toBe(true);
  });

  it("keeps the year as written: Buddhist Era, short, Christian era, relative", () => {
    expect(one("ITA ปี 2567").year).toEqual({ said: "be", be: 2567 });
    expect(one("ITA ปี 67").year).toEqual({ said: "short", be: 2567 });
    expect(one("ITA result 2024").year).toEqual({ said: "ce", be: 2567 });
    expect(one("ITA ปีที่แล้ว").year).toEqual({ said: "relative", relative: -1 });
    expect(one("ผลล่าสุด").year).toEqual({ said: "relative", relative: "latest" });
    expect(one("ผล ITA ออกหรือยัง").asksIfOut).toBe(true);
    expect(one("เริ่มตั้งแต่ ต.ค. 2024").year).toBeUndefined();
  });

  it("splits a message into its questions, and only there", () => {
    expect(parts("คะแนนรวมเท่าไหร่ มีกี่ประเด็น และใครดูแลเรื่องทรัพย์สินราชการ").map((p) => [...p.asks])).toEqual([["score"], ["count"], ["owner"]]);
    expect(parts("ข้อ i7 ได้กี่คะแนน แล้ว i9 ล่ะ").map((p) => p.about.items)).toEqual([["i7"], ["i9"]]);
    expect(parts("i7 ได้เท่าไร\ni8 ได้เท่าไร")).toHaveLength(2);
    expect(parts("ข้อที่ถามว่าเจ้าหน้าที่ทำงานตามขั้นตอนและเวลาที่กำหนดไหม")).toHaveLength(1);
    expect(parts("คะแนน ITA ของ อบต. ปี 2567 ได้เท่าไหร่")).toHaveLength(1);
  });

  it("reads a quoted item's wording as the item, not as the question", () => {
    const p = one("ข้อที่ว่าเจ้านายใช้ให้ไปทำงานส่วนตัว ได้คะแนนเท่าไหร่");
    expect(p.quotesItem).toBe(true);
    expect([...p.asks]).toEqual(["score"]);
  });

  it("tells requests and complaints from plan questions that use the same words", () => {
    expect(understand("ขอยืมเต็นท์ไปงานศพวันเสาร์นี้ค่ะ", vocabulary).act).toBe("request");
    expect(understand("อยากร้องเรียนเจ้าหน้าที่ที่เรียกเงินค่ะ", vocabulary).act).toBe("request");
    expect(understand("ถ้าจะยืมของหลวงต้องทำอย่างไร", vocabulary).act).toBe("question");
    expect(understand("อยากให้อธิบายข้อ e8 หน่อยค่ะ", vocabulary).act).toBe("question");
    expect(understand("เรื่องร้องเรียนการทุจริต ได้คะแนนเท่าไร", vocabulary).act).toBe("question");
  });

  it("takes an emoji, a sticker's text or a nod for small talk, and keyboard mashing for noise", () => {
    for (const q of ["🙏", "👍👍", "555", "[สติกเกอร์]", "โอเคครับ", "ขอบคุณค่ะ 🙏"]) expect(understand(q, vocabulary).act).toBe("smalltalk");
    expect(understand("o๑๒e๘i๓ ฟฟฟฟ หกดหก ++--", vocabulary).act).toBe("noise");
    expect(understand("...", vocabulary).act).toBe("noise");
    expect(understand("🙏 ขอถามคะแนน ITA", vocabulary).act).toBe("question");
  });
});
