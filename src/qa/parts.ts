import { MARKER_CUES } from "../lexicon/markers";
import type { CueMatch } from "./cues";

/**
 * Where one message holds several questions ("คะแนนรวมเท่าไหร่ มีกี่ประเด็น และใครดูแลเรื่องทรัพย์สิน").
 * Lines and question marks always separate; inside a line, a conjunction (และ, แล้ว, ส่วน) after a
 * space starts a new part, and so does a new question after a word that ends one (ไหม, อะไร, เท่าไร…)
 * when both sides ask something. Returns character ranges of the canonical text.
 */
export interface Span {
  start: number;
  end: number;
}

/** Polite particles that close a question ("…เมื่อไหร่ครับ ใครรับผิดชอบ…"): the question ends after them. */
const POLITE = ["ครับผม", "ครับ", "คับ", "ค่ะ", "คะ", "ค่า", "เจ้า", "จ้า", "จ๊ะ", "นะคะ", "นะครับ", "กั๊บ"];

/** Words that end a question, from the lexicon's markers: a new question may start after them. */
const TERMINAL = new RegExp(
  `(?:${MARKER_CUES.filter((c) => c.tags.some((t) => "marker" in t && t.marker === "terminal"))
    .flatMap((c) => c.phrases)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:${POLITE.join("|")})?$`,
);

/**
 * A particle or question word that carries on the question before it, or ที่ opening a clause about
 * what was just asked for ("ประเด็นไหนบ้าง ที่ได้ 100"): no new question starts there.
 */
const CONTINUES = /^(?:(?:บ้าง|ไหม|ล่ะ|ละ|คะ|ค่ะ|ครับ|เจ้า|หรือ|หรือไม่|หรือเปล่า)(?:\s|$)|ที่(?!ไหน|อยู่|ตั้ง))/;

/**
 * Where the same question is asked again of another subject ("ของหลวงใครดูแล ข่าวสารใครดูแล"): after
 * a strong ask cue (at a space) whose very words come again later, with other words in between.
 */
function repeatedAsks(canonical: string, cues: readonly CueMatch[]): number[] {
  const out: number[] = [];
  const asks = cues.filter((c) => c.value.some((t) => "ask" in t && !t.weak));
  const words = (c: CueMatch): string => canonical.slice(c.start, c.end).replace(/ /g, "");
  for (const [i, c] of asks.entries()) {
    const again = asks.slice(i + 1).find((d) => words(d) === words(c));
    if (!again || canonical[c.end] !== " ") continue;
    const between = canonical.slice(c.end, again.start);
    if (between.trim().length >= 4 && !cues.some((d) => d.start >= c.end && d.end <= again.start && d.value.some((t) => "ask" in t))) out.push(c.end + 1);
  }
  return out;
}

/** "กี่ข้อ ไม่ผ่าน" ("how many items failed", English order): the count goes on to say which ones it counts. */
const COUNT_END = /กี่\s?(?:ข้อ|ประเด็น|มาตรการ|อัน|หน่วย)\s*$/;
const COUNT_FILTER = /^(?:ไม่ผ่าน|ผ่าน|ได้เต็ม|เต็ม|ได้ 100|ต่ำกว่า)/;

/** "ประเด็นไหน มีข้อไม่ผ่านมากที่สุด", "which issue has…": a message that opens with "which X" goes on to say what of it. */
const WHICH = /^\s*(?:ประเด็น|ข้อ|มาตรการ|หน่วยงาน|หน่วย|กอง|เรื่อง|ด้าน|เครื่องมือ|แบบวัด|ขั้นตอน)?\s?(?:ไหน|อะไร)\s*$/;

type Tagged = { has(kind: "ask" | "entity" | "strong-ask", span: Span): boolean; askKinds(span: Span): Set<string>; targetKinds(span: Span): Set<string> };

function newTarget(tagged: Tagged, before: Span, after: Span): boolean {
  const was = tagged.targetKinds(before);
  const now = tagged.targetKinds(after);
  return was.size > 0 && now.size > 0 && [...now].every((t) => !was.has(t));
}

export function splitClauses(canonical: string, cues: readonly CueMatch[], tagged: Tagged): Span[] {
  const cuts: number[] = [];
  for (const c of cues) {
    const spaced = c.start > 0 && /[\s,]/.test(canonical[c.start - 1] ?? "");
    if (spaced && c.value.some((t) => "marker" in t && t.marker === "conjunction")) cuts.push(c.start);
  }
  for (let i = canonical.indexOf(" "); i > 0; i = canonical.indexOf(" ", i + 1))
    // rewrites may have spaced a question word's parts (จั๊กอัน → กี่ อัน)
    if (TERMINAL.test(canonical.slice(Math.max(0, i - 20), i).replace(/ /g, "")) && !CONTINUES.test(canonical.slice(i + 1)) && !WHICH.test(canonical.slice(0, i)) && !(COUNT_END.test(canonical.slice(0, i)) && COUNT_FILTER.test(canonical.slice(i + 1)))) cuts.push(i + 1);
  const repeated = repeatedAsks(canonical, cues);
  cuts.push(...repeated);
  const spans: Span[] = [];
  let start = 0;
  // A message has at most a few questions: cuts past the first dozen are not worth weighing.
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).slice(0, 12)) {
    if (cut <= start || cut >= canonical.length) continue;
    const before = { start, end: cut };
    const after = { start: cut, end: canonical.length };
    const conjunction = cues.some((c) => c.start === cut && c.value.some((t) => "marker" in t && t.marker === "conjunction"));
    const beforeAsks = tagged.askKinds(before);
    const keep = conjunction
      ? tagged.has("ask", before) || tagged.has("entity", before)
      : repeated.includes(cut) ||
        // a bare weak question word ("how much คะแนน e8", English order) frames what follows
        (tagged.has("strong-ask", before) || tagged.has("entity", before)) &&
        beforeAsks.size > 0 &&
        // a new ask, or the same ask of another kind of thing ("มีกี่ประเด็น มีกี่ข้อ")
        (tagged.has("entity", after) || [...tagged.askKinds(after)].some((a) => !beforeAsks.has(a)) || newTarget(tagged, before, after)) &&
        (tagged.has("ask", after) || tagged.has("entity", after));
    if (!keep) continue;
    spans.push(before);
    start = cut;
  }
  spans.push({ start, end: canonical.length });
  return spans.filter((s) => canonical.slice(s.start, s.end).trim());
}
