/**
 * `npm run -s ask -- "คำถาม"` prints the bot's reply for a person to read;
 * `npm run -s ask -- --batch` reads JSON lines {"q": "...", "chat"?: "..."} on stdin and writes
 * one JSON line {"q", "chat"?, "answered", "messages"} per question, and nothing else, on stdout
 * (product.md; used by ../shared/eval/qa-eval.mjs; see ask-batch.ts). Same engine as the webhook.
 */
import { createInterface } from "node:readline";
import { loadConfig } from "../src/config";
import { loadConfiguredPlan } from "../src/plan/load-plan";
import { createAnswerer } from "../src/qa/answerer";
import { visibleTexts } from "../src/qa/visible-text";
import { answerBatch } from "./ask-batch";

async function main(argv: string[]): Promise<number> {
  const answerer = createAnswerer({ plan: loadConfiguredPlan(loadConfig(process.env, "local").planFile) });
  if (argv.includes("--batch")) {
    await answerBatch(createInterface({ input: process.stdin, crlfDelay: Infinity }), answerer, {
      write: (line) => process.stdout.write(line),
      warn: (text) => process.stderr.write(`${text}\n`),
    });
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
