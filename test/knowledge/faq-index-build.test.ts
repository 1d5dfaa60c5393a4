/**
 * The FAQ index is built fast by doing the same work in bulk: the new wordings of thousands of
 * entries are segmented together, a few hundred characters per ICU call, and each entry's
 * wordings are compared only once a question makes it a candidate (issue 13 "Must hold", issue 18
 * item 4). None of that may change what a question matches. These tests compare the bulk build
 * with the plainest one: every text segmented alone by a tokenizer that has never seen another.
 */
import { createKnowledgeBase } from "../../src/knowledge/knowledge-base";
import { buildPlanRecords, type FaqEntry } from "../../src/knowledge/records";
import { KEEP_WHOLE } from "../../src/knowledge/synonyms";
import { canonicalize, processText } from "../../src/knowledge/text-pipeline";
import { loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import { createTokenizer } from "../../src/thai/segment";

const plan = loadDefaultPlan();
const glossary = loadDefaultGlossary();

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Words as staff and citizens write them, glued without spaces so that every Thai run is new. */
const WORDS = [
  "ค่าเก็บขยะ", "เดือนละ", "กี่บาท", "รถเก็บขยะ", "มาวันไหน", "ภาษีที่ดิน", "จ่ายที่ไหน", "เบี้ยยังชีพ", "ผู้สูงอายุ",
  "ขอใช้", "สนามกีฬา", "ต้องทำยังไง", "ไฟทางดับ", "แจ้งใคร", "ศูนย์เด็กเล็ก", "รับสมัคร", "วัคซีนสุนัข", "ฟรีไหม",
  "ใบอนุญาตก่อสร้าง", "ใช้เอกสารอะไร", "น้ำประปาไม่ไหล", "ติดต่อกองช่าง", "ประชุมสภา", "เปิดให้ฟังไหม", "ร้องเรียน",
  "ทุจริต", "ข้อ", "e8", "๑๒", "ปีงบ 68", "ของหลวง", "ยืมได้ไหม", "เจ้า", "ก่อ", "ครับ", "คะ", "อบต.", "ลำไย", "หมอกควัน",
];

function syntheticFaqs(count: number, rand: () => number): FaqEntry[] {
  const pick = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(rand() < 0.7 ? "" : " ");
  return Array.from({ length: count }, (_, i) => ({
    id: `F${i + 1}`,
    questions: [pick(2 + Math.floor(rand() * 4)), pick(2 + Math.floor(rand() * 3))],
    answer: `คำตอบ ${i + 1}`,
  }));
}

/** Each text's words by a tokenizer that has seen no other text: the reference. */
const alone = (text: string, dictionary: readonly string[]): string[] => createTokenizer(dictionary)(text);

describe("segmenting many texts together", () => {
  const faqs = syntheticFaqs(400, seeded(13));
  const texts = [
    ...faqs.flatMap((f) => f.questions).map(canonicalize),
    // The plan's own texts: long runs, Latin codes and digits between Thai.
    ...buildPlanRecords(plan, glossary).flatMap((r) => r.fields.map(([text]) => canonicalize(text))),
  ];

  it.each([
    ["no dictionary", [] as readonly string[]],
    ["the words kept whole", KEEP_WHOLE],
  ])("gives each text the words it has alone (%s)", (_why, dictionary) => {
    const together = createTokenizer(dictionary);
    together.learn(texts);
    const mismatches = texts.filter((t) => JSON.stringify(together(t)) !== JSON.stringify(alone(t, dictionary)));
    expect(mismatches).toEqual([]);
  });

  it("gives a long text (several ICU calls) the words of its runs segmented one by one", () => {
    const long = texts.slice(0, 300).join(" ");
    const byRun = (long.match(/[\u0e00-\u0e7f]+|[a-z0-9]+(?:[.][0-9]+)?/g) ?? []).flatMap((run) => alone(run, []));
    expect(long.length).toBeGreaterThan(2000);
    expect(createTokenizer()(long)).toEqual(byRun);
  });
});

describe("an FAQ index built from many new entries at once", () => {
  const faqs = syntheticFaqs(600, seeded(2568));
  // The plainest build: each wording processed alone by a fresh tokenizer, entry by entry.
  const reference = createKnowledgeBase(plan, glossary, [], (text) => {
    const canonical = canonicalize(text);
    return { canonical, tokens: alone(canonical, KEEP_WHOLE), grams: [] };
  }).withFaqs(faqs);
  const bulk = createKnowledgeBase(plan, glossary).withFaqs(faqs);

  /** Questions that find entries, nearly find them, or find none: wordings, their parts, reorderings. */
  const rand = seeded(7);
  const questions = faqs.slice(0, 250).flatMap((f) => {
    const words = processText(f.questions[0] as string).tokens;
    const shuffled = [...words].sort(() => rand() - 0.5);
    return [f.questions[0] as string, `${f.questions[1]} ครับ`, shuffled.join(""), words.slice(0, Math.max(1, words.length - 1)).join(" "), `${words[0]}ไหม`];
  });

  it("matches every question to the same entry with the same score (the words' weights included)", () => {
    const view = (kb: typeof bulk, q: ReturnType<typeof processText>) => {
      const m = kb.faqMatcher.match(q);
      return m && `${m.faq.id} ${m.score.toFixed(12)}`;
    };
    const processed = questions.map(processText);
    const found = processed.filter((q) => view(bulk, q) !== undefined);
    expect(found.length).toBeGreaterThan(questions.length / 4);
    expect(questions.filter((q, i) => view(bulk, processed[i]!) !== view(reference, processed[i]!))).toEqual([]);
  });
});
