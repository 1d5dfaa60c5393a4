/**
 * `npm run -s ask -- "คำถาม"` prints the bot's reply for a person to read;
 * `npm run -s ask -- --batch` reads JSON lines {"q": "..."} on stdin and writes one JSON line
 * {"q", "answered", "messages"} per question, and nothing else, on stdout (product.md; used by
 * ../shared/eval/qa-eval.mjs). Same engine as the webhook.
 */
import { createInterface } from "node:readline";
import { loadConfig } from "../src/config";
import { loadConfiguredPlan } from "../src/plan/load-plan";
import { createAnswerer } from "../src/qa/answerer";
import { visibleTexts } from "../src/qa/visible-text";

async function main(argv: string[]): Promise<number> {
  const answerer = createAnswerer({ plan: loadConfiguredPlan(loadConfig(process.env, "local").planFile) });
  if (argv.includes("--batch")) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let q: string;
      try {
        const parsed = JSON.parse(line) as { q?: unknown };
        q = typeof parsed.q === "string" ? parsed.q : "";
      } catch {
        process.stderr.write(`skipped a line that is not JSON: ${line.slice(0, 80)}\n`);
        continue;
      }
      const a = answerer.answer(q);
      process.stdout.write(`${JSON.stringify({ q, answered: a.answered, messages: a.messages })}\n`);
    }
    return 0;
  }
  const question = argv.filter((a) => !a.startsWith("--")).join(" ");
  if (!question) {
    process.stderr.write('usage: npm run -s ask -- "คำถาม"   |   npm run -s ask -- --batch < questions.jsonl\n');
    return 2;
  }
  const a = answerer.answer(question);
  process.stdout.write(`[${a.kind}, answered=${a.answered}, confidence=${a.confidence.toFixed(2)}]\n`);
  for (const text of visibleTexts(a.messages)) process.stdout.write(`${text}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
