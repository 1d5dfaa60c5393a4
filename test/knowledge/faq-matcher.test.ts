/**
 * FAQ entries are matched by meaning, through the plan's normalisation and index (issue 13, item
 * 10): a paraphrase of a saved question finds it whichever of the two staff saved, and a question
 * that only shares a topic with an entry does not take its answer.
 */
import { createAnswerer, loadDefaultPlan, type FaqEntry } from "../../src/qa/answerer";
import { evalVisibleText } from "../qa/eval-match";

const plan = createAnswerer({ plan: loadDefaultPlan() });
const saved = (...questions: string[]): FaqEntry => ({ id: "F1", questions, answer: "คำตอบของเจ้าหน้าที่" });
const findsEntry = (entry: FaqEntry, asked: string): boolean => {
  const a = plan.withFaqs([entry]).answer(asked);
  return a.kind === "faq" && evalVisibleText(a.messages).join("") === entry.answer;
};

describe("FAQ entries matched by meaning", () => {
  /** Pairs that say the same; each leans on one part of the shared pipeline. */
  const paraphrases: Array<[string, string, string]> = [
    ["word order and particles", "ค่าเก็บขยะเดือนละกี่บาท", "เดือนละกี่บาทคะ ค่าเก็บขยะ"],
    ["Thai digits and another question word", "ประชาคมหมู่ 5 จัดวันไหน", "ประชาคมหมู่ ๕ จัดเมื่อไหร่คะ"],
    ["words in another order, a compound cut differently", "รถเก็บขยะมาวันไหน", "รถขยะมาเก็บวันไหนคะ"],
    ["spacing, punctuation and polite words", "อบต. เปิดวันเสาร์ไหม", "วันเสาร์ อบต.เปิดมั้ยครับ"],
    ["how, asked in other words", "ขอใช้สนามกีฬาต้องทำยังไง", "อยากขอใช้สนามกีฬาทำอย่างไรคะ"],
    ["where, asked in other words", "ภาษีที่ดินจ่ายที่ไหน", "จะจ่ายภาษีที่ดินต้องไปที่ไหนครับ"],
  ];

  it.each(paraphrases)("finds a paraphrase both ways (%s)", (_why, one, other) => {
    expect(findsEntry(saved(one), other)).toBe(true);
    expect(findsEntry(saved(other), one)).toBe(true);
  });

  it("finds a saved question from a shorter one that leaves out what it implies", () => {
    expect(findsEntry(saved("ค่าเก็บขยะเดือนละกี่บาท"), "ค่าขยะเดือนละเท่าไหร่")).toBe(true);
    expect(findsEntry(saved("เบี้ยยังชีพผู้สูงอายุจ่ายวันที่เท่าไร"), "เบี้ยผู้สูงอายุจ่ายวันไหน")).toBe(true);
  });

  it("finds an entry by any of its wordings", () => {
    const entry = saved("ค่าเก็บขยะเดือนละกี่บาท", "รถเก็บขยะมาวันไหน");
    expect(findsEntry(entry, "รถขยะมาเก็บวันไหนคะ")).toBe(true);
    expect(findsEntry(entry, "เดือนละกี่บาทคะ ค่าเก็บขยะ")).toBe(true);
  });

  /** Pairs that share a topic or most words, but not the meaning. */
  const unrelated: Array<[string, string, string]> = [
    ["same topic, another question", "ค่าเก็บขยะเดือนละกี่บาท", "ขยะอันตรายทิ้งที่ไหน"],
    ["same question, another service", "ค่าเก็บขยะเดือนละกี่บาท", "ค่าน้ำประปาเดือนละกี่บาท"],
    ["a weekday in common", "อบต. เปิดวันเสาร์ไหม", "วันเสาร์นี้มีประชุมไหม"],
    ["another group of people", "เบี้ยยังชีพผู้สูงอายุจ่ายวันที่เท่าไร", "เบี้ยยังชีพคนพิการได้เดือนละเท่าไร"],
    ["another village", "ประชาคมหมู่ 5 จัดวันไหน", "ประชาคมหมู่ 6 จัดวันไหน"],
    ["a question and a report about the same place", "ขอใช้สนามกีฬาต้องทำยังไง", "สนามกีฬาไฟเสีย"],
    ["one word of several", "ค่าเก็บขยะเดือนละกี่บาท", "ขยะ"],
  ];

  it.each(unrelated)("does not take an entry's answer for a question that differs (%s), either way", (_why, one, other) => {
    expect(findsEntry(saved(one), other)).toBe(false);
    expect(findsEntry(saved(other), one)).toBe(false);
  });

  it("answers a paraphrase of an entry about something outside the plan, which the plan answerer refuses", () => {
    expect(plan.answer("ค่าขยะเดือนละเท่าไหร่").answered).toBe(false);
    expect(findsEntry(saved("ค่าเก็บขยะเดือนละกี่บาท"), "ค่าขยะเดือนละเท่าไหร่")).toBe(true);
  });

  it("answers plan questions from the plan, whatever entries staff saved", () => {
    const withMany = plan.withFaqs([saved("คะแนน ITA ของ อบต. ปีนี้เท่าไร"), { id: "F2", questions: ["ข้อ i5 คืออะไร"], answer: "x" }]);
    for (const q of ["คะแนน ITA ได้เท่าไร", "ข้อ i5 ได้กี่คะแนน"]) {
      expect(withMany.answer(q).kind).toBe("plan");
      expect(evalVisibleText(withMany.answer(q).messages)).toEqual(evalVisibleText(plan.answer(q).messages));
    }
  });
});
