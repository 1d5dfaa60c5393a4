/**
 * `npm run -s ask -- --batch` with an optional "chat" on each line (issue 13, item 9): lines with
 * the same chat are one conversation, in order; lines without one stand alone.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { answerBatch } from "../../scripts/ask-batch";
import { MAX_QA_CONTEXT_BYTES, type QaContext } from "../../src/qa/qa-context";

const root = join(__dirname, "..", "..");

/** Says which context it was given; the question becomes the next context ("จบ" leaves none). */
const scripted = {
  answer(q: string, context?: QaContext) {
    const context2: QaContext | undefined = q === "จบ" ? undefined : q === "ยาว" ? { topic: "ก".repeat(MAX_QA_CONTEXT_BYTES) } : { topic: q };
    return { answered: true, kind: "plan" as const, confidence: 1, messages: [{ type: "text" as const, text: `ก่อนหน้า=${String(context?.topic ?? "-")}` }], context: context2 };
  },
};

async function run(lines: object[]): Promise<Array<{ q: string; chat?: string; text: string }>> {
  const out: string[] = [];
  await answerBatch(lines.map((l) => JSON.stringify(l)), scripted, { write: (l) => out.push(l), warn: () => undefined });
  return out.map((l) => {
    const r = JSON.parse(l) as { q: string; chat?: string; messages: Array<{ text: string }> };
    return { q: r.q, ...(r.chat !== undefined ? { chat: r.chat } : {}), text: r.messages[0]?.text ?? "" };
  });
}

describe("ask --batch conversations", () => {
  it("gives each chat's question the context of that chat's previous answer, in order", async () => {
    const out = await run([
      { q: "ข้อ i5", chat: "a" },
      { q: "ประเด็น 3", chat: "b" },
      { q: "แล้วใครรับผิดชอบ", chat: "a" },
      { q: "แล้วปีก่อนล่ะ", chat: "b" },
      { q: "แล้วปีก่อนล่ะ", chat: "a" },
    ]);
    expect(out.map((r) => r.text)).toEqual(["ก่อนหน้า=-", "ก่อนหน้า=-", "ก่อนหน้า=ข้อ i5", "ก่อนหน้า=ประเด็น 3", "ก่อนหน้า=แล้วใครรับผิดชอบ"]);
    expect(out.map((r) => r.chat)).toEqual(["a", "b", "a", "b", "a"]);
  });

  it("gives lines without a chat no context, and keeps none from them", async () => {
    const out = await run([{ q: "ข้อ i5" }, { q: "แล้วใครรับผิดชอบ" }, { q: "ข้อ e8", chat: "a" }, { q: "ต่อ" }, { q: "ต่อ", chat: "a" }]);
    expect(out.map((r) => r.text)).toEqual(["ก่อนหน้า=-", "ก่อนหน้า=-", "ก่อนหน้า=-", "ก่อนหน้า=-", "ก่อนหน้า=ข้อ e8"]);
    expect(out[0]).not.toHaveProperty("chat");
  });

  it("forgets a chat's context after an answer without one, or with one too big to keep", async () => {
    const out = await run([
      { q: "ข้อ i5", chat: "a" },
      { q: "จบ", chat: "a" },
      { q: "ต่อ", chat: "a" },
      { q: "ยาว", chat: "a" },
      { q: "ต่อ", chat: "a" },
    ]);
    expect(out.map((r) => r.text)).toEqual(["ก่อนหน้า=-", "ก่อนหน้า=ข้อ i5", "ก่อนหน้า=-", "ก่อนหน้า=ต่อ", "ก่อนหน้า=-"]);
  });

  it("takes chat lines through the real command, one JSON line out per line in", () => {
    const input = ['{"q": "ข้อ i5 ได้กี่คะแนน", "chat": "c1"}', '{"q": "แล้วใครรับผิดชอบ", "chat": "c1"}', '{"q": "คะแนน ITA ได้เท่าไร"}', "not json"].join("\n");
    const res = spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/ask.ts", "--batch"], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
    const lines = res.stdout.trim().split("\n").map((l) => JSON.parse(l) as { q: string; chat?: string; answered: boolean; messages: unknown[] });
    expect(lines.map((l) => [l.q, l.chat])).toEqual([
      ["ข้อ i5 ได้กี่คะแนน", "c1"],
      ["แล้วใครรับผิดชอบ", "c1"],
      ["คะแนน ITA ได้เท่าไร", undefined],
    ]);
    expect(lines[0]?.answered).toBe(true);
    expect(JSON.stringify(lines[0]?.messages)).toContain("99.39");
    expect(res.stderr).toContain("not JSON");
  });
});
