/**
 * The same matching rules as ../shared/eval/qa-eval.mjs, so the case file can run inside jest:
 * visible text is every text/altText/label/displayText/title value; comparison ignores whitespace,
 * case and Thai vs Arabic digits.
 */
export interface QaCase {
  q: string;
  answered?: boolean;
  all?: string[];
  any?: string[];
  none?: string[];
  maxChars?: number;
}

const VISIBLE_KEYS = new Set(["text", "altText", "label", "displayText", "title"]);

export function evalVisibleText(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) evalVisibleText(n, out);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string" && VISIBLE_KEYS.has(k)) out.push(v);
      else if (typeof v === "object") evalVisibleText(v, out);
    }
  return out;
}

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const norm = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
    .toLowerCase()
    .replace(/\s+/g, "");

/** Why a reply fails a case; empty when it passes. */
export function judge(c: QaCase, reply: { answered: boolean; messages: unknown[] }): string[] {
  const why: string[] = [];
  const shown = evalVisibleText(reply.messages).join("\n");
  const text = norm(shown);
  if (typeof c.answered === "boolean" && reply.answered !== c.answered) why.push(`answered=${reply.answered}, expected ${c.answered}`);
  for (const s of c.all ?? []) if (!text.includes(norm(s))) why.push(`missing "${s}"`);
  if (c.any?.length && !c.any.some((s) => text.includes(norm(s)))) why.push(`none of ${JSON.stringify(c.any)}`);
  for (const s of c.none ?? []) if (text.includes(norm(s))) why.push(`must not say "${s}"`);
  const max = c.maxChars ?? 2500;
  if (shown.length > max) why.push(`reply is ${shown.length} chars (max ${max})`);
  return why;
}
