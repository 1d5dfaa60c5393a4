import type { Plan } from "../schema";
import { joinWrapped } from "./issue-records";
import { placeOf, type SourceLine } from "./source-lines";

/**
 * The facts a plan states once, near its top: which organisation, which fiscal year, the title,
 * and the ITA result it answers (year, score, level). Read from the text before the first issue,
 * falling back to the whole document; what is not found is reported, never made up.
 */
export interface PlanFacts {
  organization: Plan["organization"];
  title: string;
  fiscalYear: number;
  assessment: Plan["assessment"];
}

/** Organisation types: the long form, and the short form people write (อบต.เวียงท่ากาน). */
const ORG_TYPES: ReadonlyArray<readonly [string, string]> = [
  ["องค์การบริหารส่วนตำบล", "อบต."],
  ["เทศบาลตำบล", "ทต."],
  ["เทศบาลเมือง", "ทม."],
  ["เทศบาลนคร", "ทน."],
  ["องค์การบริหารส่วนจังหวัด", "อบจ."],
];

const NAME = "([\\u0e01-\\u0e4e]+)";
const YEAR = "(25\\d\\d|\\d{2})(?!\\d)";
/** "ประจำปีงบประมาณ พ.ศ. 2570", "ปีงบประมาณ 2570", "ประจำปี พ.ศ. 2570", "ปีงบ 70". */
const FISCAL_YEAR = new RegExp(`(?:ประจำ)?ปี(?:งบประมาณ|งบ)?\\s*(?:พ\\.\\s?ศ\\.?)?\\s*${YEAR}`, "g");

export function readPlanFacts(preamble: SourceLine[], all: SourceLine[], warnings: string[]): PlanFacts {
  const head = joinLines(preamble);
  const first = preamble.find((l) => l.cells.some((c) => c.trim()));
  const last = [...preamble].reverse().find((l) => l.cells.some((c) => c.trim()));
  /** Where the facts were looked for, so that a warning about them names the place. */
  const where = first && last ? `${placeOf(first)} to ${placeOf(last)}` : "the whole document";
  const whole = joinLines(all);

  const organization = readOrganization(head) ?? readOrganization(whole);
  if (!organization) warnings.push(`${where}: organisation not found (looked for องค์การบริหารส่วนตำบล…, เทศบาลตำบล…, เทศบาลเมือง…, เทศบาลนคร… or อบต./ทต./ทม./ทน.)`);

  // The longest such line: a running header repeats the title shortened ("มาตรการส่งเสริมคุณธรรมฯ").
  const title =
    preamble
      .map((l) => l.cells.join(" "))
      .filter((t) => /^\s*(?:มาตรการ|แผน)[\u0e00-\u0e7f\s]*(?:คุณธรรม|โปร่งใส)/.test(t))
      .map(cleanTitle)
      .sort((a, b) => b.length - a.length)[0] ?? "";
  if (!title) warnings.push(`${where}: title not found (looked for a line starting "มาตรการ…คุณธรรม/โปร่งใส" before the first issue)`);

  const inHead = findAssessment(head);
  const assessmentAt = inHead ?? findAssessment(whole);
  const source = inHead ? head : whole;
  const before = assessmentAt ? source.slice(0, assessmentAt.index) : head;
  const planYears = [...before.matchAll(FISCAL_YEAR)].map((m) => fullYear(m[1] as string));
  let fiscalYear = planYears[0] ?? 0;
  let assessedYear = assessmentAt?.year;
  if (!fiscalYear) {
    const other = [...whole.matchAll(FISCAL_YEAR)].map((m) => fullYear(m[1] as string)).find((y) => y !== assessedYear);
    if (other) fiscalYear = other;
  }
  if (!fiscalYear) warnings.push(`${where}: fiscal year not found (looked for ประจำปีงบประมาณ พ.ศ. NNNN near the title)`);
  if (!assessedYear && fiscalYear) {
    assessedYear = fiscalYear - 1;
    warnings.push(`${where}: the year of the ITA result was not stated; taken as ${assessedYear}, the year before the plan — check`);
  }
  if (assessedYear && fiscalYear && (assessedYear > fiscalYear || assessedYear < fiscalYear - 2))
    warnings.push(`${where}: the ITA result is for ${assessedYear} but the plan is for ${fiscalYear} — check both years`);

  const score = assessmentAt?.score ?? "";
  if (!score) warnings.push(`${where}: overall ITA score not found (looked for ได้คะแนน N / คะแนน N near ผลการประเมิน)`);
  const level = assessmentAt ? readLevel(source.slice(assessmentAt.index, assessmentAt.index + 400)) : undefined;
  if (!level) warnings.push(`${where}: ITA result level not found (looked for ระดับ “ผ่านดีเยี่ยม”, ระดับ A…)`);

  return {
    organization: organization ?? { name: "", shortName: "" },
    title,
    fiscalYear,
    assessment: { year: assessedYear ?? 0, score, level: level ?? "" },
  };
}

function readOrganization(text: string): Plan["organization"] | undefined {
  const earliest = (form: "long" | "short") =>
    ORG_TYPES.map(([long, short]) => {
      const m = new RegExp(`${(form === "long" ? long : short).replace(".", "\\.")}\\s*${NAME}`).exec(text);
      if (!m || /^(?:และ|ของ|ที่|ใน|ทุก)/.test(m[1] as string)) return undefined;
      return { at: m.index, name: `${long}${m[1]}`, shortName: `${short}${m[1]}` };
    })
      .filter((f) => f !== undefined)
      .sort((x, y) => x.at - y.at)[0];
  // The long form wins over a short one met in passing ("งานอบต.สัญจร").
  const long = earliest("long");
  const short = earliest("short");
  const best = long ?? short;
  if (!best) return undefined;
  // Where the place follows the name: after the long form, or after the short form when the long one has none near.
  const place = (at: number) => text.slice(at, at + 250);
  const placeAt = [best.at, ...(short && short.at !== best.at ? [short.at] : [])].find((at) => /อำเภอ|(?<![\u0e00-\u0e7f])อ\.|จังหวัด|(?<![\u0e00-\u0e7f])จ\./.test(place(at).slice(0, 200))) ?? best.at;
  const after = text.slice(placeAt);
  const district = /(?:อำเภอ|(?<![\u0e00-\u0e7f])อ\.)\s*([\u0e01-\u0e4e]+)/.exec(after);
  const province = /(?:จังหวัด|(?<![\u0e00-\u0e7f])จ\.)\s*([\u0e01-\u0e4e]+)/.exec(after);
  const subdistrict = /(?:(?<![\u0e00-\u0e7f])ตำบล|(?<![\u0e00-\u0e7f])ต\.)\s*([\u0e01-\u0e4e]+)/.exec(after);
  const near = (m: RegExpExecArray | null) => (m && m.index < 200 ? m[1] : undefined);
  return {
    name: best.name,
    shortName: best.shortName,
    ...optional("subdistrict", near(subdistrict)),
    ...optional("district", near(district)),
    ...optional("province", near(province)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** The title without the organisation and year that often follow it on the same line. */
function cleanTitle(line: string): string {
  return line
    .replace(/\*+/g, "")
    .split(/\s*(?:ขององค์การ|ของเทศบาล|องค์การบริหารส่วน|เทศบาล(?:ตำบล|เมือง|นคร)|อบต\.|ทต\.|ทม\.|ทน\.|ประจำปี|ปีงบประมาณ)/)[0]!
    .replace(/\s+/g, " ")
    .trim();
}

/** The sentence giving the ITA result: its position, year and score. */
function findAssessment(text: string): { index: number; year?: number; score?: string } | undefined {
  const anchor = /ผลการประเมิน(?:คุณธรรมและความโปร่งใส|ITA)?|ผลคะแนน\s*ITA|คะแนน\s*ITA/.exec(text);
  if (!anchor) return undefined;
  const window = text.slice(anchor.index, anchor.index + 500);
  const score =
    /(?:ได้(?:รับ)?(?:ผล)?คะแนน(?:รวม|เฉลี่ย)?|คะแนน(?:รวม|เฉลี่ย)|ได้|ITA)\s*(?:เท่ากับ|=|:)?\s*(?:ร้อยละ)?\s*(\d{1,3}\.\d{1,2}|100|\d{2})(?!\d)\s*(?:คะแนน|%)?/.exec(window) ??
    // "… = 90.12 คะแนน", "… 90.12 คะแนน": a number said to be the score, wherever the sentence puts it.
    /(?:=|:|เท่ากับ)\s*(\d{1,3}\.\d{1,2}|100)(?![\d.])|(?<![\d.])(\d{1,3}\.\d{1,2}|100)\s*(?:คะแนน|%)/.exec(window);
  const year = new RegExp(`(?:ปี(?:งบประมาณ|งบ)?|พ\\.\\s?ศ\\.)\\s*(?:พ\\.\\s?ศ\\.)?\\s*${YEAR}`).exec(window.slice(0, score?.index ?? 200));
  if (!score && !year) return undefined;
  const value = score?.[1] ?? score?.[2];
  return { index: anchor.index, ...(year ? { year: fullYear(year[1] as string) } : {}), ...(value ? { score: value } : {}) };
}

/** "ระดับ “ผ่านดีเยี่ยม”", "อยู่ในระดับ A", "ระดับผลการประเมิน: ผ่าน". */
function readLevel(text: string): string | undefined {
  const quoted = /ระดับ[^“"”\n]{0,40}[“"]([^”"]{1,30})[”"]/.exec(text);
  if (quoted) return quoted[1]!.trim();
  const plain = /ระดับ(?:ผลการประเมิน)?\s*(?:อยู่)?\s*(?:ใน)?\s*(?:ระดับ)?\s*[:=]?\s*(AA|[A-F](?![A-Za-z])|ผ่านดีเยี่ยม|ผ่านดีมาก|ผ่านดี|ผ่าน|ไม่ผ่าน|ดีเยี่ยม|ดีมาก|ดี|พอใช้|ต้องปรับปรุง)/.exec(text);
  return plain?.[1];
}

function fullYear(text: string): number {
  const n = Number(text);
  return n < 100 ? 2500 + n : n;
}

/** Prose of some lines as one text; PDF lines that wrap join as a person reads them. */
function joinLines(lines: SourceLine[]): string {
  let text = "";
  for (const line of lines) {
    const t = line.cells.map((c) => c.trim()).filter(Boolean).join(" ");
    if (t) text = text ? (line.flow === "wrap" ? joinWrapped(text, t) : `${text}\n${t}`) : t;
  }
  return text;
}
