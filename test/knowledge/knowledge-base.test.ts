/**
 * The plan's part of the index is built once; a new set of FAQ entries builds only the FAQ part,
 * and processes only wordings it has not seen (issue 13 "Must hold", issue 18 item 4).
 */
import { buildSegment, combineSegments, createIndex } from "../../src/knowledge/bm25-index";
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base";
import { createProcessedTextCache } from "../../src/knowledge/processed-text-cache";
import { buildFaqRecords, buildPlanRecords, type FaqEntry } from "../../src/knowledge/records";
import { processText } from "../../src/knowledge/text-pipeline";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";

const plan = loadDefaultPlan();
const glossary = loadDefaultGlossary();
const faq = (id: string, ...questions: string[]): FaqEntry => ({ id, questions, answer: `ตอบ ${id}` });

describe("an index of several segments", () => {
  const records = [...buildPlanRecords(plan, glossary), ...buildFaqRecords([faq("F1", "ค่าเก็บขยะเดือนละกี่บาท"), faq("F2", "ตรวจสอบครุภัณฑ์เมื่อไร", "ของหลวงหายแจ้งใคร")])];
  const whole = createIndex(records);
  const cut = 40;
  const parts = combineSegments([buildSegment(records.slice(0, cut)), buildSegment(records.slice(cut, 90)), buildSegment(records.slice(90))]);
  const questions = ["ตรวจสอบครุภัณฑ์", "ค่าเก็บขยะ", "การจัดซื้อจัดจ้างโปร่งใสไหม", "ทรัพสินของราชการ", "ผู้บริหารประกาศเจตจำนง", "e8 ได้เท่าไร"];

  it("scores exactly as one index of all the records", () => {
    expect(parts.size).toBe(whole.size);
    for (const q of questions) {
      const p = processText(q);
      const view = (hits: ReturnType<typeof whole.search>) => hits.map((h) => ({ id: h.record.id, score: h.score.toFixed(9), matched: [...h.matched].sort() }));
      expect(view(parts.search(p.tokens, p.grams, 10))).toEqual(view(whole.search(p.tokens, p.grams, 10)));
      for (const t of p.tokens) {
        expect(parts.idf(t)).toBeCloseTo(whole.idf(t), 12);
        expect(parts.knows(t)).toBe(whole.knows(t));
        expect(parts.knowsLoosely(t)).toBe(whole.knowsLoosely(t));
        expect(parts.recordsWith(t).map((r) => r.id).sort()).toEqual(whole.recordsWith(t).map((r) => r.id).sort());
      }
    }
  });
});

describe("the knowledge base", () => {
  it("keeps the plan's index when FAQ entries change, and leaves the earlier base as it was", () => {
    const base = createKnowledgeBase(plan, glossary);
    const one = base.withFaqs([faq("F1", "ค่าเก็บขยะเดือนละกี่บาท")]);
    const two = one.withFaqs([faq("F1", "ค่าเก็บขยะเดือนละกี่บาท"), faq("F2", "รถเก็บขยะมาวันไหน")]);
    expect(one.plan).toBe(base.plan);
    expect(two.plan).toBe(base.plan);
    expect([...one.faqs.keys()]).toEqual(["F1"]);
    expect(one.faqMatcher.size).toBe(1);
    expect(two.faqMatcher.size).toBe(2);
    expect(base.faqMatcher.size).toBe(0);
  });

  it("processes each wording once while it is in use, and forgets wordings no longer used", () => {
    const processed: string[] = [];
    const base = createKnowledgeBase(plan, glossary, [], (text) => {
      processed.push(text);
      return processText(text);
    });
    const entries = [faq("F1", "ค่าเก็บขยะเดือนละกี่บาท", "ค่าขยะเท่าไร"), faq("F2", "รถเก็บขยะมาวันไหน")];
    base.withFaqs(entries);
    expect(processed.sort()).toEqual(["ค่าขยะเท่าไร", "ค่าเก็บขยะเดือนละกี่บาท", "รถเก็บขยะมาวันไหน"]);

    processed.length = 0;
    base.withFaqs([...entries, faq("F3", "อบต. เปิดวันเสาร์ไหม")]);
    expect(processed).toEqual(["อบต. เปิดวันเสาร์ไหม"]);

    processed.length = 0;
    base.withFaqs([faq("F3", "อบต. เปิดวันเสาร์ไหม")]);
    base.withFaqs([faq("F3", "อบต. เปิดวันเสาร์ไหม")]);
    expect(processed).toEqual([]);
    base.withFaqs(entries);
    expect(processed.sort()).toEqual(["ค่าขยะเท่าไร", "ค่าเก็บขยะเดือนละกี่บาท", "รถเก็บขยะมาวันไหน"]);
  });
});

describe("the processed-text cache", () => {
  it("computes a text once until a sweep finds it unused", () => {
    let calls = 0;
    const cache = createProcessedTextCache((t) => {
      calls++;
      return processText(t);
    });
    const a = cache.get("ขยะ");
    expect(cache.get("ขยะ")).toBe(a);
    cache.sweep();
    expect(cache.get("ขยะ")).toBe(a);
    cache.sweep();
    cache.sweep();
    expect(cache.size).toBe(0);
    cache.get("ขยะ");
    expect(calls).toBe(2);
  });
});
