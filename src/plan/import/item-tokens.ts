/**
 * Item codes and scores as plan documents write them, after {@link normalizeThaiText} (Arabic
 * digits). Codes: `i 3`, `ข้อ e5`, `O12`, `E-8`, `IIT 3`, `EIT ข้อ 5`, and the scanner's letter o read as a zero
 * (`ข้อ 07` = o7, `025` = o25, `012` = o12, since no ITA item number starts with 0); ranges such
 * as `o1–o6`; bare numbers (`ข้อ 12`) whose letter comes from the row's tool (OIT → o).
 */
export type ItemLetter = "i" | "e" | "o";

export interface CodeToken {
  kind: "code";
  /** Canonical code (e8); undefined for a bare number whose tool is not known. */
  code?: string;
  /** The text as written, for warnings. */
  text: string;
  index: number;
}

export interface ScoreToken {
  kind: "score";
  score: string;
  text: string;
  index: number;
}

export type ItemToken = CodeToken | ScoreToken;

/** A code written with its tool's name: `IIT 3`, `EIT ข้อ 5`, `OIT-12`. */
const TOOL_CODE = /(?<![A-Za-z])([IEOieo])IT\s*[-.]?\s*(?:ข้อ\s*(?:ที่\s*)?)?(\d{1,2})(?![\d])(?!\.\d)/y;
const LETTER_CODE = /(?<![A-Za-z])(?:(?<=ข้อ)|(?<![\u0e00-\u0e7f]))([IEOieo])\s*[-.]?\s*(\d{1,2})(?![\d])(?!\.\d)(?:\s*[-–]\s*\1\s*(\d{1,2})(?![\d.]))?/y;
const ZERO_CODE = /(?<![\d.])0(\d{1,2})(?![\d])(?!\.\d)/y;
/** `ข้อ 12`, or `ข้อ 7 (IIT)` with its tool after it. */
const BARE_CODE = /(?<=ข้อ\s*(?:ที่\s*)?)(\d{1,2})(?![\d.])(?:\s*\(\s*([IEOieo])IT\s*\))?/y;
const SCORE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?![\d])\s*%?/y;
const SKIP = /ข้อ\s*(?:ที่\s*)?|[\s,;/()[\]=:]+|คะแนน|ร้อยละ|ได้|และ/y;

/**
 * Splits a codes or scores cell into tokens, left to right; `unread` is whatever text was neither,
 * so the caller can warn about it instead of guessing. A number right after `ข้อ` is a code; any
 * other number is a score, except the zero-prefixed `0NN` form, which is always a code.
 */
export function tokenizeItems(text: string, toolLetter?: ItemLetter): { tokens: ItemToken[]; unread: string[] } {
  const tokens: ItemToken[] = [];
  const unread: string[] = [];
  let pending = "";
  let at = 0;
  const flush = () => {
    if (pending.trim()) unread.push(pending.trim());
    pending = "";
  };
  const match = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = at;
    return re.exec(text);
  };
  while (at < text.length) {
    let m: RegExpExecArray | null;
    if ((m = match(TOOL_CODE))) {
      flush();
      tokens.push({ kind: "code", code: `${(m[1] as string).toLowerCase()}${Number(m[2])}`, text: m[0], index: m.index });
      at += m[0].length;
    } else if ((m = match(LETTER_CODE))) {
      flush();
      const letter = (m[1] as string).toLowerCase();
      const from = Number(m[2]);
      const to = m[3] ? Number(m[3]) : from;
      for (let n = from; n <= Math.max(from, to); n++) tokens.push({ kind: "code", code: `${letter}${n}`, text: m[0], index: m.index });
      at += m[0].length;
    } else if ((m = match(ZERO_CODE))) {
      flush();
      tokens.push({ kind: "code", code: `o${Number(m[1])}`, text: m[0], index: m.index });
      at += m[0].length;
    } else if ((m = match(BARE_CODE))) {
      flush();
      const letter = m[2]?.toLowerCase() ?? toolLetter;
      tokens.push({ kind: "code", ...(letter ? { code: `${letter}${Number(m[1])}` } : {}), text: `ข้อ ${m[0]}`, index: m.index });
      at += m[0].length;
    } else if ((m = match(SCORE))) {
      flush();
      tokens.push({ kind: "score", score: m[1] as string, text: m[0], index: m.index });
      at += m[0].length;
    } else if ((m = match(SKIP))) {
      flush();
      at += m[0].length;
    } else {
      pending += text[at];
      at += 1;
    }
  }
  flush();
  return { tokens, unread };
}

/**
 * The letter of the one tool `text` names (OIT → o), for item codes written as bare numbers;
 * undefined when it names none or several.
 */
export function soleToolLetter(text: string): ItemLetter | undefined {
  const named = new Set(readTools(text).tools);
  return named.size === 1 ? ([...named][0]!.charAt(0).toLowerCase() as ItemLetter) : undefined;
}

/** IIT/EIT/OIT named in a cell, in order, and whatever else the cell says. */
export function readTools(text: string): { tools: Array<"IIT" | "EIT" | "OIT">; unread: string } {
  const tools = [...text.matchAll(/\b([IEO])IT\b/gi)].map((m) => `${(m[1] as string).toUpperCase()}IT` as "IIT" | "EIT" | "OIT");
  const unread = text.replace(/\b[IEO]IT\b/gi, "").replace(/และ|[\s,/&+]+/g, "");
  return { tools, unread };
}
