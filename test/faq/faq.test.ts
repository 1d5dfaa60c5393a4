/**
 * FAQ entries in Firestore and the answerer that uses them: a new entry is used at once on the
 * instance that wrote it and, on another instance, after its next version check.
 */
import { createFixedClock } from "../../src/clock";
import { createFaqAwareAnswerer } from "../../src/faq/faq-aware-answerer";
import { createFaqStore } from "../../src/faq/faq-store";
import { silentLogger } from "../../src/logs";
import { realQuestions } from "../support/bot-harness";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

describe("FAQ store and the FAQ-aware answerer", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());
  const at = new Date("2026-11-20T03:00:00Z");

  it("adds, edits, extends and removes entries, bumping the version each time", async () => {
    const store = createFaqStore(fs.db);
    const v0 = await store.version();
    const [a, b] = await Promise.all([
      store.add({ questions: ["ถามหนึ่ง", "ถามหนึ่ง", " "], answer: "ตอบหนึ่ง", createdBy: "Ustaff" }, at),
      store.add({ questions: ["ถามสอง"], answer: "ตอบสอง", createdBy: "Ustaff" }, at),
    ]);
    expect(new Set([a.id, b.id])).toEqual(new Set(["F1", "F2"]));
    expect(a.questions.length).toBe(1);
    expect((await store.setAnswer("F1", "ตอบใหม่", at))?.answer).toBe("ตอบใหม่");
    expect((await store.addQuestions("F1", ["ถามหนึ่งแบบอื่น"], at))?.questions).toHaveLength(2);
    expect(await store.remove("F2")).toBe(true);
    expect(await store.remove("F2")).toBe(false);
    expect((await store.list()).map((f) => f.id)).toEqual(["F1"]);
    expect(await store.version()).toBe(v0 + 5);
    await store.remove("F1");
  });

  it("uses a new entry at once after a local change, and on another instance after its next check", async () => {
    const clock = createFixedClock(at);
    const here = createFaqAwareAnswerer({ base: realQuestions(), db: fs.db, clock, logger: silentLogger, checkEveryMs: 5000 });
    const elsewhere = createFaqAwareAnswerer({ base: realQuestions(), db: fs.db, clock, logger: silentLogger, checkEveryMs: 5000 });
    const q = "ค่าเก็บขยะเดือนละกี่บาท";
    await here.refresh();
    await elsewhere.refresh();
    expect(here.answer(q).answered).toBe(false);

    await createFaqStore(fs.db).add({ questions: [q], answer: "เดือนละ 20 บาทค่ะ", createdBy: "Ustaff" }, at);
    here.invalidate();
    await here.refresh();
    expect(here.answer(q)).toMatchObject({ answered: true, kind: "faq" });
    expect(JSON.stringify(here.answer("ค่าเก็บขยะ เดือนละกี่บาทคะ").messages)).toContain("20 บาท");

    await elsewhere.refresh();
    expect(elsewhere.answer(q).answered).toBe(false);
    clock.advance(5000);
    await elsewhere.refresh();
    expect(elsewhere.answer(q).answered).toBe(true);
    expect(elsewhere.faqCount).toBe(1);
    // The plan is still answered as before.
    expect(elsewhere.answer("คะแนน ITA ของ อบต. ปี 2567 ได้เท่าไหร่").answered).toBe(true);
  });
});
