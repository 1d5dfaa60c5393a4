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

/** Words that end a question, from the lexicon's markers: a new question may start after them. */
const TERMINAL = new RegExp(
  `(?:${MARKER_CUES.filter((c) => c.tags.some((t) => "marker" in t && t.marker === "terminal"))
    .flatMap((c) => c.phrases)
    .sort((a, b) => b.length - a.length)
    .join("|")})$`,
);

type Tagged = { has(kind: "ask" | "entity" | "strong-ask", span: Span): boolean; askKinds(span: Span): Set<string> };

export function splitClauses(canonical: string, cues: readonly CueMatch[], tagged: Tagged): Span[] {
  const cuts: number[] = [];
  for (const c of cues) {
    const spaced = c.start > 0 && /[\s,]/.test(canonical[c.start - 1] ?? "");
    if (spaced && c.value.some((t) => "marker" in t && t.marker === "conjunction")) cuts.push(c.start);
  }
  for (let i = canonical.indexOf(" "); i > 0; i = canonical.indexOf(" ", i + 1)) if (TERMINAL.test(canonical.slice(Math.max(0, i - 12), i))) cuts.push(i + 1);
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
      : // a bare weak question word ("how much คะแนน e8", English order) frames what follows
        (tagged.has("strong-ask", before) || tagged.has("entity", before)) &&
        beforeAsks.size > 0 &&
        (tagged.has("entity", after) || [...tagged.askKinds(after)].some((a) => !beforeAsks.has(a))) &&
        (tagged.has("ask", after) || tagged.has("entity", after));
    if (!keep) continue;
    spans.push(before);
    start = cut;
  }
  spans.push({ start, end: canonical.length });
  return spans.filter((s) => canonical.slice(s.start, s.end).trim());
}
