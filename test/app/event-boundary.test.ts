/**
 * What the webhook refuses to act on, over HTTP against the stand-in and the embedded Firestore:
 * signed events whose IDs are not in LINE's formats (they would become Firestore paths) and events
 * in standby mode (another channel's module is active in the chat). Each is skipped with a log
 * line; the other events of the same request are handled as usual.
 */
import { COLLECTIONS } from "../../src/store/collections";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { CITIZEN, OFFICER, startBotHarness, textEvent, webhookBody, type BotHarness } from "../support/bot-harness";

const docIds = async (h: BotHarness, collection: string) => (await h.fs.db.collection(collection).get()).docs.map((d) => d.id);

describe("IDs that are not in LINE's formats", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("skip their event with a log line, and the good events of the same request are answered", async () => {
    const good = textEvent(CITIZEN, "คะแนน ITA ปี 2567 ได้เท่าไหร่", { replyToken: "g".repeat(32) }) as { webhookEventId: string };
    h.standin.state.replyTokens.issue("g".repeat(32), CITIZEN);
    const bad = [
      { ...(textEvent(OFFICER, "x") as object), webhookEventId: "01JABCDEF/../people/x" },
      { ...(textEvent(OFFICER, "x") as object), webhookEventId: "__proto__" },
      textEvent("valueOf", "ถนนพังหน้าบ้าน"),
      textEvent("__proto__", "ถนนพังหน้าบ้าน"),
      textEvent("U../../people", "ถนนพังหน้าบ้าน"),
      { ...(textEvent(OFFICER, "x") as object), source: { type: "group", groupId: "C/evil", userId: OFFICER } },
      { ...(textEvent(OFFICER, "x") as object), message: { id: "../1", type: "text", text: "x" } },
    ];
    const res = await h.post(webhookBody([...bad.slice(0, 3), good, ...bad.slice(3)]));
    expect(res.status).toBe(200);
    expect(h.logger.records.filter((r) => r.event === "webhook.event.skipped")).toHaveLength(bad.length);
    expect(JSON.stringify(h.botMessages(CITIZEN))).toContain("96.97");
    expect(await docIds(h, COLLECTIONS.webhookEvents)).toEqual([good.webhookEventId]);
    expect(await docIds(h, COLLECTIONS.people)).toEqual([CITIZEN]);
    expect(await docIds(h, TICKET_COLLECTIONS.tickets)).toEqual([]);
    expect(h.standin.state.calls.map((c) => c.to)).toEqual([[CITIZEN]]);
  });
});

describe("standby events", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("get no reply, no push and no ticket, and are logged", async () => {
    // A clear request opens a ticket at once in active mode; in standby it must do nothing.
    const standby = { ...(textEvent(CITIZEN, "ถนนพังหน้าบ้าน ช่วยซ่อมด้วยค่ะ") as object), mode: "standby" };
    const res = await h.post(webhookBody([standby]));
    expect(res.status).toBe(200);
    await h.services.outbox.runner.runDue();
    expect(h.standin.state.calls).toEqual([]);
    expect(await docIds(h, TICKET_COLLECTIONS.tickets)).toEqual([]);
    expect(await docIds(h, COLLECTIONS.webhookEvents)).toEqual([]);
    expect(h.logger.records.find((r) => r.event === "webhook.event.skipped")).toMatchObject({ severity: "INFO", reason: expect.stringContaining("standby") });

    // The same words in active mode do open a ticket: the test above could have failed.
    await h.post(webhookBody([textEvent(CITIZEN, "ถนนพังหน้าบ้าน ช่วยซ่อมด้วยค่ะ")]));
    expect(await docIds(h, TICKET_COLLECTIONS.tickets)).toHaveLength(1);
  });
});
