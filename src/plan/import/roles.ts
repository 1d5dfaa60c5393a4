/**
 * What a table column or a labelled line holds, recognised by the words plans use for it, not by
 * its position: columns come in any order, and some plans write each issue as a block of
 * "label: value" lines instead of a table.
 */
export type Role = "issue" | "seq" | "tools" | "codes" | "scores" | "items" | "analysis" | "measure" | "steps" | "unit" | "period";

/** Checked in order: the first that matches names the role (ขั้นตอนหรือวิธีการ is steps, not measure). */
const ROLE_WORDS: ReadonlyArray<readonly [Role, RegExp]> = [
  ["items", /^ข้อคำถาม(?:และ|\/)(?:ผล)?คะแนน/],
  ["issue", /^ประเด็น|^หัวข้อ$/],
  ["seq", /^(?:ลำดับ(?:ที่)?|ที่)$/],
  ["tools", /^เครื่องมือ|^แบบวัด/],
  ["scores", /^(?:ผล)?คะแนน|คะแนนที่ได้|^ค่าคะแนน/],
  ["codes", /^ข้อคำถาม|^ตัวชี้วัด|^ข้อ$|^รหัสข้อ/],
  ["analysis", /วิเคราะห์|^ผลการประเมิน$|^สภาพปัญหา|^ปัญหา|^ข้อเสนอแนะ|^ข้อสังเกต/],
  ["steps", /^ขั้นตอน|^วิธีการ|^วิธี(?:การ)?ดำเนิน|^วิธีปฏิบัติ|^แนวทาง(?:การ)?(?:ดำเนินการ|ปฏิบัติ)|^การดำเนินการ$/],
  ["unit", /รับผิดชอบ|^หน่วยงาน(?:ที่)?ดำเนินการ|^ผู้ดำเนินการ/],
  ["period", /^ระยะเวลา|^ช่วงเวลา|^กำหนดเวลา|^ห้วงเวลา|^ระยะดำเนินการ|^เวลาดำเนินการ/],
  ["measure", /^มาตรการ|^โครงการ|^กิจกรรม|^ชื่อมาตรการ/],
];

/** A header cell's role; spaces are ignored because scans break header words ("เครื่องมือ การประเมิน"). */
export function roleOfHeader(cell: string): Role | undefined {
  const text = cell.replace(/[\s*]+/g, "").replace(/[:：]$/, "");
  if (!text || text.length > 60) return undefined;
  return ROLE_WORDS.find(([, words]) => words.test(text))?.[0];
}

/**
 * Roles of a table header row, by cell index, when the row is one: at least two cells must name a
 * role and none may look like data (an issue number or a score).
 */
export function headerRoles(cells: string[]): Map<number, Role> | undefined {
  const roles = new Map<number, Role>();
  for (const [i, cell] of cells.entries()) {
    if (/^\s*(?:\(?\d{1,2}[.):]|(?:ประเด็น|หัวข้อ)[\u0e00-\u0e7f]{0,24}?\s*\d)/.test(cell) || /\d{2,}/.test(cell)) return undefined;
    const role = roleOfHeader(cell);
    if (role && ![...roles.values()].includes(role)) roles.set(i, role);
  }
  return roles.size >= 2 ? roles : undefined;
}

/** Labels that plans also write with only a space before the value ("ผู้รับผิดชอบ กองคลัง"). */
const SPACED_LABEL = /^\s*(ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ|ระยะเวลา(?:ดำเนินการ|การดำเนินการ|ดำเนินงาน)?|เครื่องมือ(?:การประเมิน)?)\s+(\S.*)$/s;

/**
 * A labelled line inside an issue block: "ผู้รับผิดชอบ: กองคลัง", "ระยะเวลา กุมภาพันธ์ 2570", or
 * the label alone with the value on the lines below. A label needs a colon, a dash, or to stand
 * alone, so a sentence that merely starts with "มาตรการ…" is not read as one.
 */
export function readLabel(text: string): { role: Role; value: string } | undefined {
  const m = /^\s*[-•*]?\s*([^:：\-–\n]{2,60}?)\s*(?:[:：]|\s[-–]\s)\s*(.*)$/s.exec(text);
  if (m) {
    const role = roleOfHeader(m[1] as string);
    if (role && role !== "seq" && role !== "issue") return { role, value: (m[2] as string).trim() };
  }
  const spaced = SPACED_LABEL.exec(text);
  if (spaced) return { role: roleOfHeader(spaced[1] as string) as Role, value: (spaced[2] as string).trim() };
  const alone = roleOfHeader(text);
  if (alone && alone !== "seq" && alone !== "issue" && text.trim().length <= 40 && !/\d/.test(text)) return { role: alone, value: "" };
  return undefined;
}

const UNIT_WORDS = /^(?:ทุก(?:ส่วนราชการ|กอง|สำนัก|หน่วยงาน)|สำนัก|กอง|ส่วน|ฝ่าย|งาน|หน่วย|ศูนย์|คณะ|นายก|ปลัด|เจ้าหน้าที่)/;
const PERIOD_WORDS = /(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|ไตรมาส|ตลอดปี|ปีงบประมาณ)/;

/**
 * Roles of a table row that came without a header row, told by what each cell holds: an issue
 * number, IIT/EIT/OIT, item codes, scores, numbered steps, a unit's name, a period; the remaining
 * prose is the analysis in a row with codes and the measure in a row with steps. Undefined unless
 * the row starts with an issue and at least two other cells are recognised.
 */
export function inferRoles(cells: string[], isIssueStart: (cell: string) => boolean): Map<number, Role> | undefined {
  const roles = new Map<number, Role>();
  const prose: number[] = [];
  for (const [i, raw] of cells.entries()) {
    const cell = raw.trim();
    if (!cell) continue;
    if (!roles.size && isIssueStart(cell)) roles.set(i, "issue");
    else if (/^(?:[IEO]IT[\s,/]*)+$/i.test(cell)) roles.set(i, "tools");
    else if (/^(?:(?:ข้อ\s*)?(?:[ieo]\s*\d{1,2}|0\d{1,2})[\s,]*)+$/i.test(cell)) roles.set(i, "codes");
    else if (/^(?:\d{1,3}(?:\.\d{1,2})?\s*%?[\s,]*)+$/.test(cell)) roles.set(i, "scores");
    else if (PERIOD_WORDS.test(cell) && cell.length <= 60) roles.set(i, "period");
    else if (UNIT_WORDS.test(cell) && cell.length <= 60) roles.set(i, "unit");
    else if ((cell.match(/(?:^|\s)(?:\(?\d{1,2}[.)](?!\d)|[•●○◦▪])/g)?.length ?? 0) >= 2) roles.set(i, "steps");
    else prose.push(i);
  }
  const kinds = new Set(roles.values());
  const partOne = kinds.has("codes") || kinds.has("scores");
  if (prose[0] !== undefined) roles.set(prose[0], partOne ? "analysis" : "measure");
  return kinds.has("issue") && roles.size >= 3 ? roles : undefined;
}
