/**
 * A bounded burst on loopback: 1,000 webhook requests at once, each a question from a different
 * person. Every event is handled once (one reply each, every ledger entry done), nothing fails, and
 * the heap comes back to where it was. No timing is asserted; `npm run bench` prints the figures.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createFixedClock } from "../../src/clock";
import { COLLECTIONS } from "../../src/store/collections";
import { startBotHarness, type BotHarness } from "../support/bot-harness";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const BURST = 1000;
const QUESTIONS = ["คะแนน ITA ปี 2567", "ข้อ e8 ทำไมไม่ผ่าน", "ประเด็นที่ 4 ใครรับผิดชอบ", "สวัสดีค่ะ", "ถนนพัง ช่วยซ่อมด้วย"];
const user = (i: number) => "U" + (0xb0000 + i).toString(16).padStart(32, "0");

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe("burst of 1,000 concurrent webhook requests", () => {
  let h: BotHarness;
  beforeAll(async () => {
    // The test's own clock: LINE's reply tokens last a minute, and on a busy machine a burst can
    // take longer than that by the wall clock; time here moves only if the test moves it.
    h = await startBotHarness({ clock: createFixedClock(new Date("2026-12-05T03:00:00Z")) });
  });
  afterAll(() => h.close());

  it("handles every event exactly once and returns to its memory baseline", async () => {
    // Warm up, so the baseline includes what any first request loads.
    await Promise.all(Array.from({ length: 20 }, (_, i) => h.standin.sendAsUser(user(BURST + i), { type: "text", text: "สวัสดี" })));
    h.standin.state.reset();
    const baseline = heapMb();

    const results = await Promise.all(
      Array.from({ length: BURST }, (_, i) => h.standin.sendAsUser(user(i), { type: "text", text: QUESTIONS[i % QUESTIONS.length]! })),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);

    const replies = h.standin.state.calls.filter((c) => c.endpoint === "reply");
    expect(replies).toHaveLength(BURST);
    expect(new Set(replies.map((c) => c.replyToken)).size).toBe(BURST);
    expect(new Set(replies.flatMap((c) => c.to))).toEqual(new Set(Array.from({ length: BURST }, (_, i) => user(i))));
    const done = await h.fs.db.collection(COLLECTIONS.webhookEvents).where("state", "==", "done").count().get();
    expect(done.data().count).toBe(BURST + 20);
    expect(h.logger.records.filter((r) => r.severity === "ERROR")).toEqual([]);

    h.standin.state.reset();
    h.logger.records.length = 0;
    // What the burst allocated is garbage now: the heap is back within a small margin.
    expect(heapMb() - baseline).toBeLessThan(40);
  }, 600_000); // only stops a hang: nothing here depends on how fast the machine is
});
