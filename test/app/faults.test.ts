/**
 * Faults on our side of the webhook: the store unreachable, and a process that died after taking
 * an event. LINE-side faults (500, 429, timeouts) are covered with the sender.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { createEventLedger } from "../../src/store/event-ledger";
import { CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const root = join(__dirname, "..", "..");
/** Only stops a hang; the fixture's deadlines are its own (a busy machine takes long to start it). */
const HANG_MS = 300_000;

describe("Firestore unreachable", () => {
  let out: { status: number; lineCalls: number; logged: string[]; publicPage: PageAnswer; report: PageAnswer };
  type PageAnswer = { status: number; type: string; retryAfter: string | null; body: string };

  beforeAll(() => {
    const { FIRESTORE_EMULATOR_HOST: _shared, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(__dirname, "fixtures", "unreachable-store.ts")], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: HANG_MS,
    });
    out = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}");
  }, HANG_MS);

  it("answers 500 so LINE redelivers, and sends nothing", () => {
    expect(out).toMatchObject({ status: 500, lineCalls: 0 });
    expect(out.logged).toContain("webhook.event.timeout");
  });

  it.each(["publicPage", "report"] as const)("answers the %s with a short 503 page once its deadline passes", (page) => {
    const answer = out[page];
    expect(answer).toMatchObject({ status: 503, retryAfter: "30" });
    expect(answer.type).toMatch(/^text\/html/);
    expect(answer.body).toContain("ลองใหม่");
    expect(answer.body.length).toBeLessThan(600);
  });
});

describe("a process that died while handling an event", () => {
  const clock = createFixedClock(new Date("2026-11-25T03:00:00Z"));
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ clock });
  });
  afterAll(() => h.close());

  it("is covered by LINE's redelivery: handled exactly once, the answer pushed as the reply token has expired", async () => {
    // An event whose handler died after claiming it: the ledger still says "processing".
    const orphan = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ข้อ i8 ได้กี่คะแนน" });
    const orphanId = orphan.webhookEventId;
    await h.fs.db.collection("webhookEvents").doc(orphanId).update({ state: "processing" });
    const before = h.standin.state.calls.length;

    // While the dead process's lease runs, a redelivery is asked to come back later.
    expect((await h.standin.redeliver(orphanId)).status).toBe(500);
    // After the lease, the redelivery takes the event over and the answer arrives once, by push.
    clock.advance(61_000);
    expect((await h.standin.redeliver(orphanId)).status).toBe(200);
    expect((await h.standin.redeliver(orphanId)).status).toBe(200);
    const after = h.standin.state.calls.slice(before);
    expect(after.map((c) => c.endpoint)).toEqual(["push"]);
    expect(JSON.stringify(after[0]?.messages)).toContain("96.97");
    const ledger = createEventLedger(h.fs.db);
    expect(await ledger.claim(orphanId, clock.now(), { kind: "text", isRedelivery: true })).toBe("duplicate");
  });
});
