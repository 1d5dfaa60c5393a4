/**
 * Units (ส่วนราชการ) of the อบต.: the ones a plan names plus the divisions every อบต. has. A unit's
 * ID is derived from its name at creation and never changes afterwards, so activities, officers and
 * postback data keep pointing at it when an admin renames it; it is short ASCII because postback
 * data is limited to 300 characters and Thai text triples in length when URL-encoded.
 */
import { createHash } from "node:crypto";
import type { Plan } from "../plan/schema";

export interface Unit {
  id: string;
  name: string;
}

/** The plan's word for "every unit": a step assigned to it becomes one activity per unit. */
export const ALL_UNITS = "ทุกส่วนราชการ";

/** Divisions an อบต. usually has, seeded alongside the units the plan names. */
export const DEFAULT_DIVISIONS: readonly string[] = [
  "สำนักปลัด",
  "กองคลัง",
  "กองช่าง",
  "กองการศึกษา ศาสนาและวัฒนธรรม",
  "กองสาธารณสุขและสิ่งแวดล้อม",
  "กองสวัสดิการสังคม",
];

/**
 * True when a measure is given to every unit, in the words plans use: ทุกส่วนราชการ, ทุกกอง,
 * ทุกสำนัก/กอง, ทุกหน่วยงาน…
 */
export function namesEveryUnit(unit: string): boolean {
  return /^ทุก\s*(?:ส่วนราชการ|สำนัก|กอง|หน่วยงาน|หน่วย|ฝ่าย|ส่วนงาน)/.test(unit.trim());
}

/**
 * The units one measure names: plans give a measure to two units together ("กองคลัง, กองช่าง",
 * "กองยุทธศาสตร์และงบประมาณ ร่วมกับ กองช่าง", "กองคลัง / กองช่าง", "สำนักปลัด และ กองคลัง"),
 * and each of them does it. Only a separator between names splits: the และ inside a name
 * ("กองสาธารณสุขและสิ่งแวดล้อม", "กองการศึกษา ศาสนาและวัฒนธรรม") has no space on both sides.
 */
export function unitsOfMeasure(unit: string): string[] {
  const names = unit
    .split(/\s*[,，、/;]\s*|\s+(?:ร่วมกับ|และ|กับ)\s+/)
    .map((u) => u.trim())
    .filter(Boolean);
  return names.length ? names : [unit.trim()];
}

/** Folds spacing so "กองการศึกษา  ศาสนา…" and "กองการศึกษาศาสนา…" are the same unit. */
export function unitKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, "").trim();
}

export function unitIdFor(name: string): string {
  return `u${createHash("sha256").update(unitKey(name)).digest("hex").slice(0, 8)}`;
}

/** Unit names a plan assigns measures to, as written, each once (ทุกส่วนราชการ and its like left out). */
export function namedUnits(plan: Plan): string[] {
  return [...new Set(plan.issues.filter((i) => !namesEveryUnit(i.measure.unit)).flatMap((i) => unitsOfMeasure(i.measure.unit)))];
}

/** Units the plan names, then the default divisions, without duplicates, in that order. */
export function seedUnits(plan: Plan, divisions: readonly string[] = DEFAULT_DIVISIONS): Unit[] {
  const names = [...namedUnits(plan), ...divisions];
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const name of names) {
    const id = unitIdFor(name);
    if (seen.has(id)) continue;
    seen.add(id);
    units.push({ id, name: name.trim() });
  }
  return units;
}

/**
 * Finds a unit by what a person typed or what an older record holds: its ID, its exact name, or its
 * name with spacing folded; then by a unique prefix ("กองการศึกษา" for the long name).
 */
export function findUnit(units: readonly Unit[], text: string): Unit | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const key = unitKey(t);
  const exact = units.find((u) => u.id === t || u.name === t || unitKey(u.name) === key);
  if (exact) return exact;
  const prefixed = units.filter((u) => unitKey(u.name).startsWith(key));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
