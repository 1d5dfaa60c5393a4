import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Answer, createAnswerer, loadDefaultGlossary, loadDefaultPlan } from "../../src/qa/answerer";
import type { QaContext } from "../../src/qa/qa-context";
import { evalVisibleText, type QaCase } from "./eval-match";

/**
 * What must hold for every question of every case file (issue 13, "Must hold"): nothing out of
 * scope answered, no score the plan (or the glossary's level bands) does not have, the plan's fiscal year named in every plan
 * answer, at most five messages.
 */
const plan = loadDefaultPlan();
const answerer = createAnswerer({ plan });
const dir = join(__dirname, "cases");
const cases: Array<QaCase & { after?: string[] }> = [join(__dirname, "cases.jsonl"), ...readdirSync(dir).map((f) => join(dir, f))].flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l)),
);
const replies: Array<{ q: string; c: QaCase; a: Answer }> = cases.map((c) => {
  let context: QaContext | undefined;
  for (const q of c.after ?? []) context = answerer.answer(q, context).context;
  return { q: c.q, c, a: answerer.answer(c.q, context) };
});
/** Scores as the plan writes them, and the level bands of the glossary. */
const PLAN_SCORES = new Set([
  ...[plan.assessment.score, ...plan.issues.flatMap((i) => i.items.map((it) => it.score))].filter((s) => s.includes(".")),
  ...(JSON.stringify(loadDefaultGlossary()).match(/\d+\.\d\d/g) ?? []),
]);

describe("must hold for every case", () => {
  it("answers nothing that is out of scope", () => {
    expect(replies.filter(({ c, a }) => c.answered === false && a.answered).map(({ q }) => q)).toEqual([]);
  });

  it("quotes no score the plan does not have", () => {
    const wrong = replies.flatMap(({ q, a }) => (evalVisibleText(a.messages).join(" ").match(/\d+\.\d\d/g) ?? []).filter((n) => !PLAN_SCORES.has(n)).map((n) => `${q}: ${n}`));
    expect(wrong).toEqual([]);
  });

  it("names the plan's fiscal year in every answer from the plan", () => {
    const unnamed = replies.filter(({ a }) => a.kind === "plan" && !evalVisibleText(a.messages).join(" ").includes(`${plan.fiscalYear}`)).map(({ q }) => q);
    expect(unnamed).toEqual([]);
  });

  it("sends at most LINE's five messages", () => {
    expect(replies.filter(({ a }) => a.messages.length < 1 || a.messages.length > 5).map(({ q }) => q)).toEqual([]);
  });
});
