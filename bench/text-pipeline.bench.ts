import { processText } from "../src/knowledge/text-pipeline";
import type { BenchModule, BenchRow } from "./bench-module";

/**
 * Texts per second through the text pipeline (normalise → item codes → lexicon rewrites → words
 * and trigrams), which every FAQ entry and plan record goes through when an index is built: the
 * FAQ index of 10,000 entries must build in well under a second. Short texts of about 100
 * characters, as staff write FAQ entries: first new sentences (every Thai run new to the
 * segmenter), then the same texts again (as when the index is rebuilt after one edit).
 */
const COUNT = 10_000;
const PHRASES = [
  "รถเก็บขยะมาวันไหน", "ค่าธรรมเนียมเก็บขยะเดือนละเท่าไร", "ต่อใบอนุญาตก่อสร้างต้องใช้เอกสารอะไรบ้าง", "จ่ายภาษีที่ดินได้ที่ไหน",
  "ลงทะเบียนเบี้ยยังชีพผู้สูงอายุเมื่อไหร่", "ขอใช้สนามกีฬาต้องทำยังไง", "ไฟทางดับแจ้งใคร", "ศูนย์เด็กเล็กรับสมัครเดือนไหน",
  "ฉีดวัคซีนสุนัขฟรีที่ไหน", "ขอถังขยะเพิ่มได้ไหม", "น้ำประปาไม่ไหลติดต่อกองช่าง", "ประชุมสภาเปิดให้ประชาชนฟังไหม",
];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function texts(rand: () => number): string[] {
  const pick = (): string => PHRASES[Math.floor(rand() * PHRASES.length)] ?? "";
  // A number glued to the phrase makes each Thai run new, as in real entries written one by one.
  return Array.from({ length: COUNT }, (_, i) => `${pick()}ค่ะ${i} ${pick()} ข้อ ${i % 40} กองคลัง ${pick()}`.slice(0, 100));
}

function run(label: string, all: readonly string[]): BenchRow {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const t of all) processText(t);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return {
    label,
    texts: all.length,
    "chars/text": Math.round(all.reduce((n, t) => n + t.length, 0) / all.length),
    "µs/text (wall)": ((wallMs * 1000) / all.length).toFixed(1),
    "µs/text (cpu)": ((cpuMs * 1000) / all.length).toFixed(1),
    "texts/s (cpu)": Math.round((all.length * 1000) / cpuMs),
  };
}

export const textPipelineBench: BenchModule = {
  name: "text pipeline: texts per second",
  run() {
    const all = texts(seeded(2568));
    processText("อุ่นเครื่อง ข้อ e8 ได้กี่คะแนน");
    return { tables: [{ title: "texts through the pipeline", rows: [run("new texts", all), run("same texts again", all)] }], figures: {} };
  },
};
