import { createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import { MAX_QA_CONTEXT_BYTES, type QaContext } from "../../src/qa/qa-context";
import { evalVisibleText } from "./eval-match";

const plan = loadDefaultPlan();
const answerer = createAnswerer({ plan });
const text = (a: { messages: unknown[] }): string => evalVisibleText(a.messages).join("\n");
const after = (first: string, then: string) => answerer.answer(then, answerer.answer(first).context);

describe("follow-ups in a chat (answer(q2, answer(q1).context))", () => {
  it("gives every plan answer a small, plain-JSON context that names the plan, not the citizen's words", () => {
    for (const q of ["ข้อ e8 ได้กี่คะแนน", "ประเด็นที่ 4 ใครรับผิดชอบ", "กองคลังรับผิดชอบอะไร", "IIT คืออะไร", "คะแนน ITA เท่าไร"]) {
      const context = answerer.answer(q).context as QaContext;
      expect(context).toMatchObject({ v: 1, plan: plan.id });
      const json = JSON.stringify(context);
      expect(JSON.parse(json)).toEqual(context);
      expect(Buffer.byteLength(json)).toBeLessThan(MAX_QA_CONTEXT_BYTES);
      expect(json).not.toContain(q);
    }
  });

  it("borrows the subject: who, when, why and which issue refer to what was just answered", () => {
    expect(text(after("ข้อ e8 ได้กี่คะแนน", "แล้วใครรับผิดชอบ"))).toContain("ทุกส่วนราชการ");
    expect(text(after("ประเด็นที่ 4 เรื่องอะไร", "แล้วใครรับผิดชอบคะ"))).toContain("กองคลัง");
    const why = text(after("ข้อ i8 ได้เท่าไร", "ทำไมถึงไม่เต็ม"));
    expect(why).toContain("96.97");
    expect(why).not.toContain("e8");
    expect(text(after("i15 ได้กี่คะแนน", "อยู่ประเด็นไหน"))).toContain("ป้องกันการทุจริต");
  });

  it("borrows the ask when the follow-up names only a new subject", () => {
    const next = text(after("ประเด็นที่ 3 ใครรับผิดชอบ", "แล้วประเด็นที่ 4 ล่ะ"));
    expect(next).toContain("กองคลัง");
    expect(next).not.toContain("สำนักปลัด");
    expect(text(after("ข้อ e8 ได้กี่คะแนน", "แล้ว i5 ล่ะ"))).toContain("99.39");
  });

  it("counts 'last year' from the year just talked about, and says when the plan does not hold it", () => {
    const before = after("คะแนน ITA ได้เท่าไร", "แล้วปีก่อนล่ะ");
    expect(before.answered).toBe(false);
    expect(text(before)).toContain("2566");
    expect(after("ผลประเมินปี 2566 ได้เท่าไร", "แล้วปี 2567 ล่ะ")).toMatchObject({ answered: true });
  });

  it("does not guess without a context, nor with another plan's", () => {
    for (const q of ["ข้อนั้นทำไมไม่ผ่าน", "แล้วปีก่อนล่ะ", "แล้วใครรับผิดชอบคะ"]) {
      expect(answerer.answer(q).answered).toBe(false);
      expect(answerer.answer(q, { v: 1, plan: "another-plan-2568", items: ["e8"] }).answered).toBe(false);
    }
    // Without แล้ว the question stands on its own: the plan's owners.
    const general = text(answerer.answer("ใครรับผิดชอบคะ"));
    for (const unit of ["สำนักปลัด", "กองคลัง", "ทุกส่วนราชการ"]) expect(general).toContain(unit);
  });

  it("lets a question that names its own subject, or is out of scope, ignore the context", () => {
    expect(text(after("ข้อ e8 ได้กี่คะแนน", "ITA คืออะไร"))).not.toContain("83");
    expect(after("ข้อ e8 ได้กี่คะแนน", "ถนนหน้าบ้านพังใครรับผิดชอบ").answered).toBe(false);
    expect(answerer.answer("ข้อ e8 ได้กี่คะแนน", { v: 1, plan: plan.id, items: [42] } as unknown as QaContext).answered).toBe(true);
  });
});
