/**
 * `npm run -s ask -- --batch`: JSON lines `{"q": "...", "chat"?: "..."}` in, one JSON line
 * `{"q", "chat"?, "answered", "messages"}` out per question, and nothing else on stdout
 * (product.md; used by ../shared/eval/qa-eval.mjs). Lines with the same `chat` are one
 * conversation, in order: each question gets the context the chat's previous answer left, as the
 * webhook does from Firestore (here in memory, with no expiry: a batch is one sitting). Lines
 * without `chat` stand alone.
 */
import { serializedQaContext } from "../src/bot/qa-context-store";
import type { Answerer } from "../src/qa/answerer";
import type { QaContext } from "../src/qa/qa-context";

export async function answerBatch(
  lines: AsyncIterable<string> | Iterable<string>,
  answerer: Pick<Answerer, "answer">,
  out: { write(line: string): void; warn(text: string): void },
): Promise<void> {
  const contexts = new Map<string, QaContext>();
  for await (const line of lines) {
    if (!line.trim()) continue;
    let parsed: { q?: unknown; chat?: unknown };
    try {
      parsed = JSON.parse(line) as { q?: unknown; chat?: unknown };
    } catch {
      out.warn(`skipped a line that is not JSON: ${line.slice(0, 80)}`);
      continue;
    }
    const q = typeof parsed.q === "string" ? parsed.q : "";
    const chat = typeof parsed.chat === "string" || typeof parsed.chat === "number" ? String(parsed.chat) : undefined;
    const a = answerer.answer(q, chat === undefined ? undefined : contexts.get(chat));
    if (chat !== undefined) {
      // Kept as the webhook keeps it: a copy of what fits, so no answer can change it afterwards.
      const json = serializedQaContext(a.context);
      if (json === undefined) contexts.delete(chat);
      else contexts.set(chat, JSON.parse(json) as QaContext);
    }
    out.write(`${JSON.stringify({ q, ...(chat === undefined ? {} : { chat: parsed.chat }), answered: a.answered, messages: a.messages })}\n`);
  }
}
