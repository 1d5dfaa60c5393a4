import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkMessages } from "../../src/flex/check-limits";
import { type Answer, createAnswerer, loadDefaultPlan } from "../../src/qa/answerer";
import type { QaContext } from "../../src/qa/qa-context";
import { judge, type QaCase } from "./eval-match";

/**
 * One case file per category of issue 13 (`test/qa/cases/<category>.jsonl`), judged with the eval's
 * rules. A case may carry `after`: questions asked earlier in the same chat; each is answered with
 * the context the one before it left, and the case's question with the last one's, exactly as the
 * webhook and `ask --batch` chain them. A failure lists every failing question of the file at once.
 */
interface ChatCase extends QaCase {
  after?: string[];
}

const dir = join(__dirname, "cases");
const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
const answerer = createAnswerer({ plan: loadDefaultPlan() });

function ask(c: ChatCase): Answer {
  let context: QaContext | undefined;
  for (const q of c.after ?? []) context = answerer.answer(q, context).context;
  return answerer.answer(c.q, context);
}

describe.each(files)("case file test/qa/cases/%s", (file) => {
  const cases: ChatCase[] = readFileSync(join(dir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ChatCase);
  const replies = cases.map((c) => ({ c, reply: ask(c) }));

  it("has enough cases to stand for its category, some of them out of scope", () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it("answers every case as expected", () => {
    const failures = replies.map(({ c, reply }) => ({ q: c.q, why: judge(c, reply) })).filter((f) => f.why.length);
    expect(failures).toEqual([]);
  });

  it("keeps every reply within LINE's limits", () => {
    const problems = replies.map(({ c, reply }) => ({ q: c.q, problems: checkMessages(reply.messages) })).filter((p) => p.problems.length);
    expect(problems).toEqual([]);
  });
});

test("every category of issue 13 has a case file", () => {
  expect(files.sort()).toEqual(
    ["codes", "combine", "dialect", "english", "follow-ups", "multi-part", "paraphrase", "requests", "smalltalk", "years"].map((c) => `${c}.jsonl`),
  );
});
