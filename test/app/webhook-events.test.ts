/**
 * Every webhook event LINE's webhook.yml lists (every event type, message type and source type,
 * from the stand-in's samples), each checked against webhook.yml, delivered signed to the bot over
 * HTTP, and answered 200: handled, or skipped with a log line naming it, never failed or thrown.
 */
import { sampleWebhookEvents, validateWebhookBody } from "line-standin";
import { CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const GROUP = "C" + "4".repeat(32);
const ROOM = "R" + "5".repeat(32);
const samples = sampleWebhookEvents({ userId: CITIZEN, groupId: GROUP, roomId: ROOM, timestamp: Date.now() });

describe("webhook: every event type LINE documents", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it.each(samples.map((sample) => [sample.name, sample] as const))("%s: answered 200, handled or skipped", async (_name, { event }) => {
    expect(validateWebhookBody({ destination: h.standin.botUserId, events: [event] })).toEqual([]);
    const before = h.logger.records.length;

    const res = await h.standin.deliverEvent(event);

    expect(res.status).toBe(200);
    const records = h.logger.records.slice(before);
    expect(records.filter((record) => record.severity === "ERROR")).toEqual([]);
    const done = records.find((record) => record.event === "webhook.request.done");
    expect(done?.["results"]).toEqual([expect.stringMatching(/^(handled|skipped)$/)]);
    if (done?.["results"] && (done["results"] as string[])[0] === "skipped") {
      expect(records).toContainEqual(expect.objectContaining({ event: "webhook.event.skipped", eventId: event.webhookEventId }));
    }
  });

  it("logs event types it does not act on, with LINE's own type", () => {
    const ignored = h.logger.records.filter((record) => record.event === "event.ignored").map((record) => record["lineType"] ?? record["kind"]);
    expect(ignored).toEqual(expect.arrayContaining(["videoPlayComplete", "beacon", "accountLink", "membership", "activated", "deactivated", "delivery"]));
  });

  it("replies only where LINE gave a reply token, and every reply it made was accepted", () => {
    const replies = h.standin.state.calls.filter((call) => call.endpoint === "reply");
    const tokens = new Set(samples.flatMap(({ event }) => ("replyToken" in event && event.replyToken ? [event.replyToken] : [])));
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(tokens.has(reply.replyToken!)).toBe(true);
    expect(h.logger.records.filter((record) => record.event === "webhook.reply.failed")).toEqual([]);
  });
});
