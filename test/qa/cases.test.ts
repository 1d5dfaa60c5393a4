import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkMessages } from "../../src/flex/check-limits";
import { createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import { judge, type QaCase } from "./eval-match";

/**
 * Runs the team's own case file (paraphrases, dialect, typos, digits, out-of-scope requests)
 * through the engine with the eval's rules. A failure lists every failing question at once.
 */
const cases: QaCase[] = readFileSync(join(__dirname, "cases.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as QaCase);

describe("case file test/qa/cases.jsonl", () => {
  const answerer = createAnswerer({ plan: loadDefaultPlan() });
  const replies = cases.map((c) => ({ c, reply: answerer.answer(c.q) }));

  it("has 150+ varied cases, a quarter of them out of scope", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.answered === false).length).toBeGreaterThanOrEqual(40);
  });

  it("answers every case as expected", () => {
    const failures = replies.map(({ c, reply }) => ({ q: c.q, why: judge(c, reply) })).filter((f) => f.why.length);
    expect(failures).toEqual([]);
  });

  it("never answers an out-of-scope case from the plan", () => {
    const wrong = replies.filter(({ c, reply }) => c.answered === false && reply.answered).map(({ c }) => c.q);
    expect(wrong).toEqual([]);
  });

  it("keeps every reply within LINE's limits and a phone screen", () => {
    for (const { c, reply } of replies) {
      expect({ q: c.q, problems: checkMessages(reply.messages) }).toEqual({ q: c.q, problems: [] });
      const visible = reply.messages.map((m) => JSON.stringify(m)).join("").length;
      expect(visible).toBeLessThan(12000);
    }
  });
});
