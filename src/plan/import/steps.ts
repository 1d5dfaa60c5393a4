/**
 * Splits a "ขั้นตอน" cell or block into steps. Plans number steps `1.`, `1)`, `(1)`, `ขั้นที่ 1`, `2.1` (Thai digits
 * arrive as Arabic) or list them with bullets (• - ○ ▪ …), one per line or run together in one
 * table cell. A number counts as a step marker only where a step can start (start of text, a
 * line, or after a space) and never inside a decimal (`99.39`) or a date (`30 ก.ย.`).
 */
export interface SplitSteps {
  steps: string[];
  /** The numbers the document gave, in order, when it numbered them (1,2,3,6). */
  numbers: number[];
}

const BULLET = "[•●○◦▪■□◆◇❖➢➤►✓✔*]";
/**
 * A numbered marker: `1.`, `1)`, `(1)`, `ขั้นที่ 1`, `ขั้นตอนที่ 1:`, or a sub-number `2.1` (the
 * measure's number, then the step's); the first group that matched is the step's number.
 */
const NUMBERED = /(?:^|(?<=[\s]))(?:\((\d{1,2})\)|(\d{1,2})[.)](?!\d)|ขั้น(?:ตอน)?ที่\s*(\d{1,2})\s*[:.]?|(\d{1,2})\.(\d{1,2})(?![\d.]))\s*/g;
const numberOf = (m: RegExpMatchArray) => Number(m[1] ?? m[2] ?? m[3] ?? m[5]);
const INLINE_DASHES = new RegExp(`(?:^|(?<=\\s))${BULLET}\\s*|^\\s*[-–]\\s+|(?<=\\n)\\s*[-–]\\s+|(?<=[^\\d.\\s] )[-–]\\s+(?=[^\\d\\s])`, "g");
const BULLETED = new RegExp(`(?:^|(?<=\\s))${BULLET}\\s*|(?:^|(?<=\\n))\\s*[-–]\\s+`, "g");

export function splitSteps(text: string): SplitSteps {
  const source = text.replace(/\r/g, "").trim();
  const numbered = [...source.matchAll(NUMBERED)].filter((m) => numberOf(m) <= 30);
  if (numbered.length > 0 && startsAt(source, numbered[0]?.index ?? -1)) {
    const runs = sequentialMarkers(numbered);
    const steps = runs.map((m, i) => clean(source.slice((m.index ?? 0) + m[0].length, runs[i + 1]?.index ?? source.length)));
    return { steps: steps.filter(Boolean), numbers: runs.map(numberOf) };
  }
  // A cell that starts with a dash lists its steps with dashes run together ("- ก - ข"); a dash
  // between numbers or dates ("1 ต.ค. - 30 ก.ย.") is a range, never a step.
  const bullets = [...source.matchAll(/^\s*[-–]\s/.test(source) ? INLINE_DASHES : BULLETED)];
  if (bullets.length > 0 && startsAt(source, bullets[0]?.index ?? -1)) {
    const steps = bullets.map((m, i) => clean(source.slice((m.index ?? 0) + m[0].length, bullets[i + 1]?.index ?? source.length)));
    return { steps: steps.filter(Boolean), numbers: [] };
  }
  const lines = source.split("\n").map(clean).filter(Boolean);
  return { steps: lines.length > 1 ? lines : lines.length ? [clean(source)] : [], numbers: [] };
}

/** True when only whitespace comes before `index` (the list starts the cell). */
function startsAt(text: string, index: number): boolean {
  return index >= 0 && text.slice(0, index).trim() === "";
}

/**
 * Keeps the markers that continue the list: each number must be larger than the one before (the
 * seed's 1, 2, 3, 6 is a list; a stray "3." inside a step's text after "5." is not a new step).
 */
function sequentialMarkers(markers: RegExpMatchArray[]): RegExpMatchArray[] {
  const kept: RegExpMatchArray[] = [];
  let last = 0;
  let prefix: string | undefined;
  for (const m of markers) {
    const n = numberOf(m);
    // 2.1, 2.2…: one prefix throughout, each the next number (so "1.5 วัน" in a step is not step 5).
    if (m[5] !== undefined) {
      prefix ??= m[4];
      if (m[4] !== prefix || n !== last + 1) continue;
    }
    if (n > last && n <= last + 5) {
      kept.push(m);
      last = n;
    }
  }
  return kept;
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").replace(/^[;,]\s*|[;,]$/g, "").trim();
}
