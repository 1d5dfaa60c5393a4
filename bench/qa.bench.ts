import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnswerer, loadDefaultPlan, type FaqEntry } from "../src/qa/answerer";
import { type BenchModule, type BenchRow, load1, round, summarize } from "./bench-module";

/**
 * Time per question of the QA engine over a few thousand varied questions (the case files, each
 * also with Thai digits, dialect particles, a typo and a long tail), first with the plan alone, then
 * with 10,000 synthetic FAQ entries loaded, as the two-way channel will add. Deterministic: a
 * seeded generator, so runs compare.
 *
 * Build figures: the plan's index (once per process); the 10,000 entries' index on an instance that
 * has never seen them (start-up: every wording goes through the text pipeline); and the reload
 * after staff add one entry (the plan's index and the wordings already processed are reused); then
 * 10,000 other entries written as Thai is, without spaces between words, so that the segmenter
 * meets every run for the first time (the spaced entries above repeat a vocabulary of 100 words).
 * `cpu ms` is this process's CPU time for the build, which a busy shared machine inflates less
 * than wall time.
 */
const FAQ_COUNT = 10_000;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function caseQuestions(): string[] {
  const root = join(__dirname, "..");
  const categories = join(root, "test", "qa", "cases");
  const files = [
    join(root, "test", "qa", "cases.jsonl"),
    ...readdirSync(categories).map((f) => join(categories, f)),
    join(root, "..", "shared", "eval", "qa-dev.jsonl"),
    join(root, "..", "shared", "eval", "qa-dev-2.jsonl"),
  ];
  const out: string[] = [];
  for (const file of files) {
    try {
      for (const line of readFileSync(file, "utf8").split("\n"))
        if (line.trim()) out.push((JSON.parse(line) as { q: string }).q);
    } catch {
      // a missing sample file only makes the question set smaller
    }
  }
  return out;
}

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const SUFFIXES = ["", " ครับ", " ค่ะ", " เจ้า", " ก่อ", " หน่อยครับ", " นะคะ 🙏", " ??"];

function variants(questions: string[], target: number, rand: () => number): string[] {
  const out: string[] = [];
  while (out.length < target)
    for (const q of questions) {
      const r = rand();
      let v = q + (SUFFIXES[Math.floor(rand() * SUFFIXES.length)] ?? "");
      if (r < 0.25) v = v.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
      else if (r < 0.45) v = v.replace(/[\u0e48-\u0e4b]/, "");
      else if (r < 0.5) v = `${v} ${"ยาวมาก ".repeat(200)}`;
      out.push(v);
      if (out.length >= target) break;
    }
  return out;
}

const WORDS =
  "ถนน น้ำ ไฟฟ้า ขยะ เบี้ย ยังชีพ ผู้สูงอายุ ภาษี ที่ดิน ป้าย อาคาร ก่อสร้าง ขออนุญาต ใบอนุญาต ตลาด ร้านค้า สุนัข ยุง โรงเรียน ศูนย์เด็กเล็ก วัคซีน ประปา ท่อ ระบายน้ำ ไฟส่องสว่าง กีฬา ประชุม สภา ข้อบัญญัติ งบประมาณ จัดซื้อ ประกาศ ผล สอบ สมัคร งาน เงินเดือน สวัสดิการ น้ำท่วม ภัยแล้ง ไฟป่า หมอกควัน รถ ดับเพลิง กู้ภัย ผู้พิการ เด็ก สตรี ชุมชน หมู่บ้าน ผู้ใหญ่บ้าน กำนัน วัด ประเพณี สงกรานต์ ลอยกระทง ท่องเที่ยว เกษตร ปุ๋ย ข้าว ลำไย ตลาดนัด จดทะเบียน พาณิชย์ สุขาภิบาล อาหาร ใบรับรอง แพทย์ อสม สุขภาพ เลือกตั้ง นายก ปลัด กองช่าง กองคลัง สำนักปลัด เอกสาร แบบฟอร์ม ออนไลน์ เว็บไซต์ โทรศัพท์ อีเมล เวลาทำการ วันหยุด ค่าธรรมเนียม ชำระ คืนเงิน ร้องเรียน ติดตาม".split(" ");

/** `joiner: ""` writes entries as Thai is written, without spaces: every Thai run is new to the segmenter. */
function syntheticFaqs(count: number, rand: () => number, joiner = " "): FaqEntry[] {
  const pick = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(joiner);
  return Array.from({ length: count }, (_, i) => ({
    id: `${joiner ? "faq" : "glued"}-${i}`,
    questions: [`${pick(3 + Math.floor(rand() * 3))} ทำอย่างไร`, `${pick(2 + Math.floor(rand() * 3))} ได้ไหม`],
    answer: `${pick(12)} ติดต่อเจ้าหน้าที่ รายการที่ ${i}`,
  }));
}

function timeAll(answer: (q: string) => unknown, questions: string[]): number[] {
  for (const q of questions.slice(0, 200)) answer(q);
  const samples: number[] = [];
  for (const q of questions) {
    const start = process.hrtime.bigint();
    answer(q);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

function row(label: string, samples: number[], extra: Record<string, string | number> = {}): BenchRow {
  const { median, p99, mean } = summarize(samples);
  return { label, questions: samples.length, "median ms": median.toFixed(3), "p99 ms": p99.toFixed(3), "mean ms": mean.toFixed(3), ...extra };
}

/** Wall and CPU milliseconds of `work`. */
function timed<T>(work: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const buildFigures = (t: { wallMs: number; cpuMs: number }) => ({ "build ms": t.wallMs.toFixed(1), "build cpu ms": t.cpuMs.toFixed(1) });

export const qaBench: BenchModule = {
  name: "qa: time per question",
  run() {
    const rand = seeded(2568);
    const questions = variants(caseQuestions(), 3000, rand);
    const plan = loadDefaultPlan();

    const plain = timed(() => createAnswerer({ plan }));
    const planOnly = timeAll((q) => plain.value.answer(q), questions);
    const rows = [row("plan only", planOnly, buildFigures(plain))];

    const faqs = syntheticFaqs(FAQ_COUNT, rand);
    const withFaqs = timed(() => plain.value.withFaqs(faqs));
    const with10k = timeAll((q) => withFaqs.value.answer(q), questions);
    rows.push(row(`plan + ${FAQ_COUNT.toLocaleString("en")} FAQ`, with10k, buildFigures(withFaqs)));

    const added: FaqEntry = { id: "faq-new", questions: ["ค่าเก็บขยะเดือนละกี่บาท", "ค่าขยะเดือนละเท่าไร"], answer: "เดือนละ 20 บาทค่ะ" };
    const reload = timed(() => plain.value.withFaqs([...faqs, added]));
    rows.push(row(`reload: ${FAQ_COUNT.toLocaleString("en")} FAQ + 1 new`, timeAll((q) => reload.value.answer(q), questions.slice(0, 1000)), buildFigures(reload)));
    const glued = syntheticFaqs(FAQ_COUNT, rand, "");
    const cold = timed(() => plain.value.withFaqs(glued));
    rows.push(row(`${FAQ_COUNT.toLocaleString("en")} FAQ written without spaces`, timeAll((q) => cold.value.answer(q), questions.slice(0, 1000)), buildFigures(cold)));
    return {
      tables: [
        {
          title: `time per question and index build (load ${load1()})`,
          rows,
          notes: ["faq10k_build_ms is the CPU time of the 10,000-entry build on a new instance: a busy shared machine inflates wall time, not the work."],
        },
      ],
      figures: {
        qa_median_ms: round(summarize(planOnly).median, 3),
        qa10k_median_ms: round(summarize(with10k).median, 3),
        faq10k_build_ms: Math.round(withFaqs.cpuMs),
      },
    };
  },
};
