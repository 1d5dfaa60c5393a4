import { checkMessages } from "../../src/flex/check-limits";
import { createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import { evalVisibleText } from "./eval-match";

const plan = loadDefaultPlan();
const answerer = createAnswerer({ plan });
const visible = (q: string): string => evalVisibleText(answerer.answer(q).messages).join("\n");

describe("createAnswerer().answer", () => {
  it("answers from the plan with its fiscal year", () => {
    const a = answerer.answer("คะแนน ITA ได้เท่าไร");
    expect(a).toMatchObject({ answered: true, kind: "plan" });
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(visible("คะแนน ITA ได้เท่าไร")).toMatch(/99\.61[\s\S]*ปีงบประมาณ พ\.ศ\. 2568/);
  });

  it("hands off what the plan does not cover, politely, without inventing contacts", () => {
    const a = answerer.answer("ถนนหน้าบ้านพัง");
    expect(a).toMatchObject({ answered: false, kind: "handoff" });
    expect(a.confidence).toBeLessThan(0.5);
    const text = visible("ถนนหน้าบ้านพัง");
    expect(text).toContain("เจ้าหน้าที่");
    expect(text).not.toMatch(/\d{2,3}[- ]?\d{3}[- ]?\d{4}/);
  });

  it("greets and thanks as smalltalk with quick replies", () => {
    for (const q of ["สวัสดีครับ", "ขอบคุณค่ะ"]) {
      const a = answerer.answer(q);
      expect(a).toMatchObject({ answered: true, kind: "smalltalk" });
      expect(a.messages[0]?.quickReply?.items?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it("answers glossary questions as glossary", () => {
    expect(answerer.answer("EIT คืออะไร")).toMatchObject({ answered: true, kind: "glossary" });
  });

  it("never throws, whatever the input", () => {
    const inputs = ["", " ", "\u200b\u200b", "😀".repeat(2500), "ก".repeat(5000), "{{code}}", '"}]', "\u0000", "ข้อ".repeat(2000), "e8 ".repeat(1500)];
    for (const q of inputs) {
      const a = answerer.answer(q);
      expect(a.messages.length).toBeGreaterThanOrEqual(1);
      expect(checkMessages(a.messages)).toEqual([]);
    }
    expect(() => answerer.answer(undefined as unknown as string)).not.toThrow();
  });

  it("reads only the start of a very long message", () => {
    const a = answerer.answer(`ข้อ e8 ได้กี่คะแนน ${"บลา ".repeat(1200)}`);
    expect(a.answered).toBe(true);
    expect(evalVisibleText(a.messages).join("")).toContain("83.00");
  });

  it("sees through zero-width characters", () => {
    expect(visible("ข้อ\u200b i\u200b8 ได้กี่คะแนน")).toContain("96.97");
  });

  it("uses only message actions in quick replies, so taps come back as questions", () => {
    for (const q of ["สวัสดี", "ข้อ e8 ทำไมไม่ผ่าน", "ประเด็นที่ 4", "ข้อไหนไม่ผ่าน"]) {
      const items = answerer.answer(q).messages.flatMap((m) => m.quickReply?.items ?? []);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.action?.type).toBe("message");
    }
  });

  it("answers every quick reply it offers", () => {
    const seen = new Set<string>();
    const queue = ["สวัสดี", "ข้อ e8", "ประเด็นที่ 3", "ข้อไหนไม่ผ่าน", "ITA คืออะไร", "มาตรการมีอะไรบ้าง"];
    while (queue.length && seen.size < 80) {
      const q = queue.shift() as string;
      if (seen.has(q)) continue;
      seen.add(q);
      const a = answerer.answer(q);
      expect({ q, answered: a.answered }).toEqual({ q, answered: true });
      for (const item of a.messages.flatMap((m) => m.quickReply?.items ?? []))
        if (item.action?.type === "message") queue.push((item.action as { text: string }).text);
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it("offers a choice as quick replies when two issues match equally", () => {
    const a = answerer.answer("ระเบียบหนังสือสั่งการ");
    expect(a).toMatchObject({ answered: true, kind: "choice" });
    const texts = (a.messages[0]?.quickReply?.items ?? []).map((i) => (i.action as { text?: string }).text);
    expect(texts).toEqual(["มาตรการประเด็นที่ 5", "มาตรการประเด็นที่ 7"]);
    for (const text of texts) expect(answerer.answer(text ?? "").answered).toBe(true);
  });
});

describe("withFaqs", () => {
  const faq = { id: "garbage-day", questions: ["รถเก็บขยะมาวันไหน"], answer: "รถเก็บขยะมาทุกวันพุธค่ะ" };

  it("answers from staff FAQ entries, including topics outside the plan", () => {
    const withFaq = answerer.withFaqs([faq]);
    const a = withFaq.answer("รถขยะมาเก็บวันไหนคะ");
    expect(a).toMatchObject({ answered: true, kind: "faq" });
    expect(evalVisibleText(a.messages).join("")).toContain("ทุกวันพุธ");
  });

  it("leaves the original answerer unchanged and plan answers intact", () => {
    const withFaq = answerer.withFaqs([faq]);
    expect(answerer.answer("รถขยะมาเก็บวันไหนคะ").answered).toBe(false);
    expect(evalVisibleText(withFaq.answer("ข้อ i5 ได้กี่คะแนน").messages).join("")).toContain("99.39");
  });
});
