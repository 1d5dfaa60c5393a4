/**
 * Property-based: thousands of random and mutated webhook bodies, postback data and texts thrown at
 * the app over HTTP. The app must never crash, never answer 500 for a client's fault, never let an
 * unsigned or wrongly signed body change state, and keep answering real requests afterwards.
 */
import fc from "fast-check";
import { signWebhookBody } from "line-standin";
import { COLLECTIONS } from "../../src/store/collections";
import { ADMIN, CITIZEN, TEST_SECRET, startBotHarness, textEvent, webhookBody, type BotHarness } from "../support/bot-harness";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** A real event, then mutated: fields dropped, retyped, replaced by junk. */
const eventArb = fc
  .record({
    base: fc.constantFrom(
      () => textEvent(CITIZEN, "ข้อ e8"),
      () => ({ ...(textEvent(CITIZEN, "x") as Record<string, unknown>), type: "postback", message: undefined, postback: { data: "a=report-progress&id=1" } }),
      () => ({ ...(textEvent(CITIZEN, "x") as Record<string, unknown>), type: "follow", message: undefined }),
    ),
    drop: fc.subarray(["type", "source", "webhookEventId", "timestamp", "message", "replyToken", "deliveryContext", "postback"]),
    junk: fc.dictionary(fc.constantFrom("type", "source", "message", "postback", "timestamp", "webhookEventId"), fc.anything(), { maxKeys: 3 }),
    text: fc.oneof(fc.string({ maxLength: 50 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.constant("ก".repeat(5000))),
  })
  .map(({ base, drop, junk, text }) => {
    const e = base() as Record<string, unknown>;
    if (e.message && typeof e.message === "object") (e.message as Record<string, unknown>).text = text;
    for (const k of drop) delete e[k];
    return { ...e, ...junk, webhookEventId: typeof junk.webhookEventId === "string" ? junk.webhookEventId : `01FUZZ${Math.random().toString(36).slice(2, 12)}` };
  });

describe("hostile input", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("never answers 5xx to a signed body of any shape, and never crashes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(eventArb, { maxLength: 4 }).map((events) => webhookBody(events)),
          fc.json(),
          fc.string(),
          fc.array(fc.anything(), { maxLength: 3 }).map((events) => JSON.stringify({ events })),
        ),
        async (body) => {
          const res = await h.post(body);
          expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: RUNS },
    );
    expect(h.logger.records.filter((r) => r.event === "webhook.request.failed")).toEqual([]);
  });

  it("changes nothing for a body that is not signed with the channel secret", async () => {
    const before = (await h.fs.db.collection(COLLECTIONS.webhookEvents).count().get()).data().count;
    const calls = h.standin.state.calls.length;
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 3 }), fc.string(), async (events, secret) => {
        const body = webhookBody(events);
        const signature = signWebhookBody(secret === TEST_SECRET ? secret + "x" : secret, body);
        expect((await h.post(body, { signature })).status).toBe(401);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    expect((await h.fs.db.collection(COLLECTIONS.webhookEvents).count().get()).data().count).toBe(before);
    expect(h.standin.state.calls.length).toBe(calls);
  });

  it("answers any postback data and any text politely, from anyone", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }).map((data) => ({ type: "postback" as const, data: data || "x" })),
          fc.string({ maxLength: 300 }).map((text) => ({ type: "text" as const, text: text || "?" })),
          fc.constantFrom("a=report-progress&activity=../../etc", "a=ticket-answer&t=1", "a=announce-send", "a=__proto__", "a=constructor").map((data) => ({ type: "postback" as const, data })),
        ),
        async (input) => {
          const res = await h.standin.sendAsUser(CITIZEN, input);
          expect(res.status).toBe(200);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    expect(h.logger.records.filter((r) => r.event === "webhook.event.failed")).toEqual([]);
  });
});

describe("names with quotes, braces and invisible characters shown in Flex", () => {
  let h: BotHarness;
  const NASTY = 'สมชาย "{{code}}" {ไม่}</b>\u200b\u202e\\n 😀';
  const nasty = "U" + "e".repeat(32);
  beforeAll(async () => {
    h = await startBotHarness();
    h.standin.state.setProfile(nasty, { displayName: NASTY });
    await h.standin.sendAsUser(ADMIN, { type: "follow" });
  });
  afterAll(() => h.close());

  it("reach staff exactly as written on the ticket card, and LINE accepts the card", async () => {
    await h.standin.sendAsUser(nasty, { type: "follow" });
    const res = await h.standin.sendAsUser(nasty, { type: "text", text: "ไฟถนนหน้าบ้านดับ ช่วยซ่อมด้วยค่ะ" });
    expect(res.status).toBe(200);
    await h.services.outbox.runner.runDue();
    const cards = h.standin.state.calls.filter((c) => c.endpoint !== "reply").flatMap((c) => c.messages) as Array<{ type: string; contents?: unknown }>;
    const flex = cards.filter((m) => m.type === "flex");
    expect(flex.length).toBeGreaterThan(0);
    const names: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === "object") for (const [k, v] of Object.entries(n)) (k === "text" && typeof v === "string" ? names.push(v) : walk(v));
    };
    walk(flex);
    expect(names.some((t) => t.includes(NASTY))).toBe(true);
  });
});
