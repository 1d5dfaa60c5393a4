import { type Cue, cue } from "./types";

/**
 * Years named relative to now, where "now" is the plan's fiscal year (or, in a follow-up, the
 * year the chat was just talking about). "ล่าสุด" and "ครั้งนี้" mean the latest the plan holds;
 * "ปีนี้" means the plan's own year, whose ITA result a plan never holds.
 */
export const YEAR_CUES: readonly Cue[] = [
  cue(["ปีที่แล้ว", "ปีก่อน", "ปีที่ผ่านมา", "รอบที่แล้ว", "รอบก่อน", "ครั้งก่อน", "ครั้งที่แล้ว", "รอบประเมินที่แล้ว", "ปีงบที่แล้ว", "ปีงบประมาณที่แล้ว", "ปีงบก่อน", "ปีกลาย"], { relativeYear: -1 }),
  cue(["สองปีก่อน", "2 ปีก่อน", "สองปีที่แล้ว", "2 ปีที่แล้ว", "ก่อนปีที่แล้ว", "ปีก่อนปีที่แล้ว", "ปีก่อนหน้าปีที่แล้ว", "ปีก่อนๆ", "ปีก่อน ๆ", "ย้อนหลัง"], { relativeYear: -2 }),
  cue(["ปีนี้", "ปีปัจจุบัน", "ปีงบนี้", "ปีงบประมาณนี้", "ปีงบประมาณปัจจุบัน"], { relativeYear: 0 }),
  cue(["ปีหน้า", "ปีต่อไป", "ปีถัดไป", "ปีงบหน้า", "ปีงบประมาณหน้า", "ปีงบประมาณถัดไป", "รอบหน้า", "ครั้งหน้า", "ครั้งต่อไป"], { relativeYear: 1 }),
  cue(["ล่าสุด", "ครั้งล่าสุด", "รอบล่าสุด", "อันล่าสุด"], { relativeYear: "latest" }),
  cue(["ครั้งนี้", "รอบนี้", "ชุดนี้", "ชุดรอบนี้", "ฉบับนี้"], { relativeYear: "current" }),
];
