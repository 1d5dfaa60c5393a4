/**
 * Webhook bodies against LINE's webhook.yml: what the stand-in's simulated users send, and the
 * sample of every event type it offers bots for their tests. Which types exist is read from the
 * spec itself, so a type LINE adds makes this fail until a sample is written for it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { validateWebhookBody } from "../src/request-validators";
import type { UserInput } from "../src/types";
import { sampleWebhookEvents } from "../src/webhook-fixtures";
import { GROUP_ID, OTHER_USER_ID, startHarness, USER_ID, type Harness } from "./standin-harness";

const ROOM_ID = "R0123456789abcdef0123456789abcdef";
const DESTINATION = "U" + "d".repeat(32);
const samples = sampleWebhookEvents({ userId: USER_ID, groupId: GROUP_ID, roomId: ROOM_ID, timestamp: Date.UTC(2026, 10, 25, 3) });

type Schemas = Record<string, { discriminator?: { mapping?: Record<string, string> } }>;
const spec = load(readFileSync(join(__dirname, "..", "openapi", "webhook.yml"), "utf8")) as { components: { schemas: Schemas } };
const mappingKeys = (schema: string): string[] => Object.keys(spec.components.schemas[schema]?.discriminator?.mapping ?? {});

describe("the sample of every webhook event", () => {
  it.each(samples.map((sample) => [sample.name, sample] as const))("%s is valid against webhook.yml", (_name, sample) => {
    expect(validateWebhookBody({ destination: DESTINATION, events: [sample.event] })).toEqual([]);
  });

  it("covers every event, message, source, membership and module type webhook.yml lists", () => {
    const events = samples.map(({ event }) => event as unknown as Record<string, Record<string, unknown> | string>);
    const nested = (key: string) => events.flatMap((event) => (typeof event[key] === "object" ? [(event[key] as Record<string, unknown>)["type"]] : []));
    expect(new Set(events.map((event) => event["type"]))).toEqual(new Set(mappingKeys("Event")));
    expect(new Set(nested("message"))).toEqual(new Set(mappingKeys("MessageContent")));
    expect(new Set(nested("source"))).toEqual(new Set(mappingKeys("Source")));
    expect(new Set(nested("membership"))).toEqual(new Set(mappingKeys("MembershipContent")));
    expect(new Set(nested("module"))).toEqual(new Set(mappingKeys("ModuleContent")));
  });

  it("gives every sample its own event ID and reply token", () => {
    const ids = samples.map(({ event }) => event.webhookEventId);
    const tokens = samples.flatMap(({ event }) => ("replyToken" in event ? [event.replyToken] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("refuses what webhook.yml refuses", () => {
    const [text] = samples;
    const event = { ...(text!.event as unknown as Record<string, unknown>) };
    expect(validateWebhookBody({ destination: "bot", events: [] })).toContainEqual(expect.objectContaining({ property: "destination" }));
    expect(validateWebhookBody({ destination: DESTINATION, events: [{ ...event, mode: "passive" }] })).toContainEqual(expect.objectContaining({ property: "events[0].mode" }));
    expect(validateWebhookBody({ destination: DESTINATION, events: [{ ...event, type: "reaction" }] })).toContainEqual(expect.objectContaining({ property: "events[0].type" }));
    const { webhookEventId: _dropped, ...withoutId } = event;
    expect(validateWebhookBody({ destination: DESTINATION, events: [withoutId] })).toContainEqual(expect.objectContaining({ property: "events[0].webhookEventId" }));
  });
});

describe("what simulated users send", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const inputs: Array<[string, UserInput, boolean]> = [
    ["text", { type: "text", text: "สวัสดีค่ะ" }, false],
    ["text in a group", { type: "text", text: "สวัสดีค่ะ" }, true],
    ["postback", { type: "postback", data: "a=1", displayText: "ตกลง" }, false],
    ["postback with a date", { type: "postback", data: "a=1", params: { date: "2026-12-01" } }, false],
    ["image", { type: "image" }, false],
    ["sticker", { type: "sticker", packageId: "446", stickerId: "1988" }, false],
    ["location", { type: "location", latitude: 18.6, longitude: 98.9, address: "สันป่าตอง" }, false],
    ["follow", { type: "follow" }, false],
    ["unfollow", { type: "unfollow" }, false],
    ["join", { type: "join" }, true],
    ["memberJoined", { type: "memberJoined" }, true],
  ];

  it.each(inputs)("%s is a body valid against webhook.yml, and so is its redelivery", async (_name, input, inGroup) => {
    const sent = await h.standin.sendAsUser(OTHER_USER_ID, input, inGroup ? { groupId: GROUP_ID } : {});
    expect(sent.status).toBe(200);
    expect(validateWebhookBody(h.received.at(-1)!.body)).toEqual([]);
    await h.standin.redeliver(sent.webhookEventId);
    expect(h.received.at(-1)!.body.events[0]).toMatchObject({ deliveryContext: { isRedelivery: true } });
    expect(validateWebhookBody(h.received.at(-1)!.body)).toEqual([]);
  });

  it("delivers a sample event signed, and lets the bot answer it with its reply token", async () => {
    const follow = samples.find((sample) => sample.name === "follow")!.event;
    const sent = await h.standin.deliverEvent(follow);
    expect(sent).toMatchObject({ status: 200, webhookEventId: follow.webhookEventId });
    expect(h.received.at(-1)!.body.events).toEqual([follow]);
    await expect(h.client.replyMessage({ replyToken: sent.replyToken!, messages: [{ type: "text", text: "ยินดีต้อนรับค่ะ" }] })).resolves.toBeDefined();
    expect(h.standin.state.botMessages(USER_ID)).toEqual([{ type: "text", text: "ยินดีต้อนรับค่ะ" }]);
  });
});
