/**
 * The webhook over real HTTP: signature on raw bytes, body checks, exactly-once handling, one
 * response per request, and per-event isolation. The bot talks to the LINE stand-in and the
 * embedded Firestore.
 */
import { COLLECTIONS } from "../../src/store/collections";
import { CITIZEN, OFFICER, startBotHarness, textEvent, webhookBody, type BotHarness } from "../support/bot-harness";

async function count(h: BotHarness, collection: string): Promise<number> {
  return (await h.fs.db.collection(collection).count().get()).data().count;
}

describe("webhook: who may call it and what it accepts", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  const body = webhookBody([textEvent(CITIZEN, "คะแนน ITA ปี 2567 ได้เท่าไหร่")]);

  it.each([
    ["missing", null],
    ["wrong", "bm90IHRoZSByaWdodCBzaWduYXR1cmU="],
    ["not base64", "%%%"],
  ])("answers 401 to a %s signature, storing and sending nothing", async (_what, signature) => {
    const res = await h.post(body, { signature });
    expect(res.status).toBe(401);
    expect(await count(h, COLLECTIONS.webhookEvents)).toBe(0);
    expect(await count(h, COLLECTIONS.people)).toBe(0);
    expect(h.standin.state.calls).toHaveLength(0);
  });

  it("checks the signature on the raw bytes: the same JSON re-serialised does not pass", async () => {
    const reserialised = JSON.stringify(JSON.parse(body), null, 1);
    const res = await h.post(reserialised, { signature: (await import("line-standin")).signWebhookBody("test-channel-secret", body) });
    expect(res.status).toBe(401);
  });

  it.each([
    ["not JSON", "{not json"],
    ["JSON without events", JSON.stringify({ destination: "x" })],
    ["events that are not a list", JSON.stringify({ events: "many" })],
  ])("answers 400 to a correctly signed body that is %s", async (_what, raw) => {
    expect((await h.post(raw)).status).toBe(400);
    expect(await count(h, COLLECTIONS.webhookEvents)).toBe(0);
  });

  it("answers 413 to a body over 1 MB", async () => {
    const huge = webhookBody([textEvent(CITIZEN, "ก".repeat(600_000))]);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(1024 * 1024);
    expect((await h.post(huge)).status).toBe(413);
  });

  it("answers 200 to LINE's Verify request (no events)", async () => {
    const res = await h.post(webhookBody([]));
    expect(res.status).toBe(200);
  });

  it("answers 405 to other methods", async () => {
    expect((await fetch(h.webhookUrl)).status).toBe(405);
  });
});

describe("webhook: every event exactly once", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("handles once when LINE delivers the same event twice at the same moment, and asks LINE to retry the copy", async () => {
    const event = textEvent(CITIZEN, "สวัสดีค่ะ");
    const body = webhookBody([event]);
    const [a, b] = await Promise.all([h.post(body), h.post(body)]);
    expect([a.status, b.status].sort()).toEqual([200, 500]);
    const ledger = await h.fs.db.collection(COLLECTIONS.webhookEvents).get();
    expect(ledger.docs.map((d) => d.data().state)).toEqual(["done"]);
    expect(h.logger.records.filter((r) => r.event === "webhook.event.in_flight")).toHaveLength(1);
    // LINE's redelivery of the copy then finds it done.
    expect((await h.post(body)).status).toBe(200);
    expect(h.logger.records.filter((r) => r.event === "webhook.event.duplicate")).toHaveLength(1);
  });

  it("replies once to an event and its redelivery", async () => {
    const before = h.standin.state.calls.length;
    const first = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ข้อ e8 ได้กี่คะแนน" });
    const again = await h.standin.redeliver(first.webhookEventId);
    expect([first.status, again.status]).toEqual([200, 200]);
    const replies = h.standin.state.calls.slice(before).filter((c) => c.endpoint === "reply");
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.messages)).toContain("83");
  });

  it("counts a question in the statistics once, even when its event arrives again", async () => {
    const month = async () => (await h.fs.db.collection("qaStats").get()).docs.reduce((n, d) => n + Number(d.get("botAnswered") ?? 0), 0);
    const before = await month();
    const first = await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ประเด็นที่ 3 ใครรับผิดชอบ" });
    await h.standin.redeliver(first.webhookEventId);
    expect(await month()).toBe(before + 1);
  });
});

describe("webhook: one event failing does not stop the others", () => {
  let h: BotHarness;
  beforeAll(async () => {
    const { realQuestions } = await import("../support/bot-harness");
    const real = realQuestions();
    h = await startBotHarness({
      questions: {
        answer: (q) => {
          if (q.includes("พัง")) throw new Error("answerer exploded");
          return real.answer(q);
        },
      },
    });
  });
  afterAll(() => h.close());

  it("handles the rest, logs the failure with its event id, and answers once", async () => {
    const users = { failing: CITIZEN, fine: OFFICER };
    const failed = await h.standin.sendAsUser(users.failing, { type: "text", text: "ระบบพังไหม" });
    expect(failed.status).toBe(200);
    const fine = await h.standin.sendAsUser(users.fine, { type: "text", text: "ประเด็นที่ 3 ใครรับผิดชอบ" });
    expect(fine.status).toBe(200);

    const failure = h.logger.records.find((r) => r.event === "webhook.event.failed");
    expect(failure).toMatchObject({ eventId: failed.webhookEventId, kind: "text" });
    expect(JSON.stringify(h.botMessages(users.failing))).toContain("ขออภัย");
    expect(JSON.stringify(h.botMessages(users.fine))).toContain("สำนักปลัด");
  });

  it("isolates failures inside one request with several events", async () => {
    const events = [textEvent(CITIZEN, "พังอีกแล้ว"), textEvent(OFFICER, "สวัสดี"), { type: "mystery", webhookEventId: "01JMYSTERY0000000000000000", timestamp: 1, mode: "active", source: { type: "user", userId: OFFICER } }, "junk"];
    const res = await h.post(webhookBody(events));
    expect(res.status).toBe(200);
    const ids = (events.slice(0, 3) as { webhookEventId: string }[]).map((e) => e.webhookEventId);
    const states = await Promise.all(ids.map(async (id) => (await h.fs.db.collection(COLLECTIONS.webhookEvents).doc(id).get()).data()?.state));
    expect(states).toEqual(["done", "done", "done"]);
    expect(h.logger.records.filter((r) => r.event === "webhook.event.skipped")).toHaveLength(1);
  });
});

describe("webhook: its deadline is the only clock that makes it give up", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  /** LINE's reply endpoint holds the next reply until the test lets it answer. */
  function holdNextReply(): () => void {
    let open!: () => void;
    h.standin.state.failNext(1, { until: new Promise<void>((resolve) => (open = resolve)), path: "/v2/bot/message/reply" });
    return open;
  }

  it("answers 200 once its work is done, however long that took, while its deadline has not passed", async () => {
    const open = holdNextReply();
    const sending = h.standin.sendAsUser(CITIZEN, { type: "text", text: "ข้อ e8 ได้กี่คะแนน" });
    // The request has started its deadline and waits on LINE; a slow machine cannot expire it.
    await h.deadlines.started();
    open();
    expect((await sending).status).toBe(200);
    expect(h.deadlines.pending).toHaveLength(0);
    expect(JSON.stringify(h.botMessages(CITIZEN))).toContain("83");
    expect(h.logger.records.filter((r) => r.event === "webhook.event.timeout")).toEqual([]);
  });

  it("answers 500 so LINE redelivers when the deadline passes first, and the late answer still arrives once", async () => {
    const before = h.botMessages(CITIZEN).length;
    const open = holdNextReply();
    const sending = h.standin.sendAsUser(CITIZEN, { type: "text", text: "ประเด็นที่ 3 ใครรับผิดชอบ" });
    await h.deadlines.started();
    expect(h.deadlines.expire()).toBe(1);
    const answered = await sending;
    expect(answered.status).toBe(500);
    expect(h.logger.records.filter((r) => r.event === "webhook.event.timeout")).toHaveLength(1);
    // The handler goes on after the response; once LINE answers it, it marks the event done…
    // (Read until done rather than listened to: a listener's stream can still be closing when the
    // test's Firestore is deleted, and its late status then crashes the worker after teardown.)
    const done = async (): Promise<void> => {
      const ref = h.fs.db.collection(COLLECTIONS.webhookEvents).doc(answered.webhookEventId);
      while ((await ref.get()).get("state") !== "done") await new Promise((resolve) => setTimeout(resolve, 20));
    };
    open();
    await done();
    // …and LINE's redelivery finds it done: one answer in all.
    expect((await h.standin.redeliver(answered.webhookEventId)).status).toBe(200);
    expect(h.botMessages(CITIZEN).slice(before)).toHaveLength(1);
  });
});
