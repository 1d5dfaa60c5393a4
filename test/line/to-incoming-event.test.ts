import { toIncomingEvent } from "../../src/line/to-incoming-event";

const USER = "U" + "1".repeat(32);
const base = {
  webhookEventId: "01JABCDEF0123456789ABCDEFG",
  timestamp: Date.UTC(2026, 10, 25, 3, 0, 0),
  mode: "active",
  source: { type: "user", userId: USER },
  replyToken: "rt",
  deliveryContext: { isRedelivery: true },
};

describe("toIncomingEvent", () => {
  it("turns a text message into a text event with its source and redelivery flag", () => {
    const r = toIncomingEvent({ ...base, type: "message", message: { id: "1", type: "text", text: "สวัสดี", quoteToken: "q" } });
    expect(r).toEqual({
      ok: true,
      event: expect.objectContaining({ kind: "text", text: "สวัสดี", isRedelivery: true, source: { type: "user", userId: USER } }),
    });
  });

  it("keeps group and postback details", () => {
    const r = toIncomingEvent({
      ...base,
      type: "postback",
      source: { type: "group", groupId: "C" + "2".repeat(32), userId: USER },
      postback: { data: "a=x", params: { datetime: "2026-12-01T09:00" } },
    });
    expect(r.ok && r.event).toMatchObject({ kind: "postback", data: "a=x", params: { datetime: "2026-12-01T09:00" }, source: { type: "group" } });
  });

  it.each([
    [{ date: "2026-12-01" }, { mode: "date", date: { year: 2026, month: 12, day: 1 } }],
    [{ time: "09:30" }, { mode: "time", time: { hour: 9, minute: 30 } }],
    [{ time: "00:00" }, { mode: "time", time: { hour: 0, minute: 0 } }],
    [{ datetime: "2026-12-01T23:59" }, { mode: "datetime", date: { year: 2026, month: 12, day: 1 }, time: { hour: 23, minute: 59 } }],
    [{ datetime: "2028-02-29t07:05" }, { mode: "datetime", date: { year: 2028, month: 2, day: 29 }, time: { hour: 7, minute: 5 } }],
  ])("parses what a datetime picker returned: %j", (params, picked) => {
    const r = toIncomingEvent({ ...base, type: "postback", postback: { data: "a=pick", params } });
    expect(r.ok && r.event).toMatchObject({ kind: "postback", data: "a=pick", picked });
  });

  it.each([
    ["no params", undefined],
    ["a rich menu switch", { newRichMenuAliasId: "role-officer", status: "SUCCESS" }],
    ["a day that does not exist", { date: "2026-02-29" }],
    ["a time that does not exist", { time: "24:00" }],
    ["a datetime without a time", { datetime: "2026-12-01" }],
    ["a malformed date", { date: "1/12/2026" }],
    ["a non-string value", { date: 20261201 }],
  ])("has no pick for %s, and still handles the postback", (_why, params) => {
    const r = toIncomingEvent({ ...base, type: "postback", postback: { data: "a=pick", ...(params ? { params } : {}) } });
    expect(r.ok && r.event).toMatchObject({ kind: "postback", data: "a=pick", picked: undefined });
  });

  it.each([
    ["sticker", { type: "message", message: { id: "1", type: "sticker", packageId: "1", stickerId: "1" } }],
    ["image", { type: "message", message: { id: "1", type: "image", contentProvider: { type: "line" } } }],
    ["location", { type: "message", message: { id: "1", type: "location", latitude: 18.6, longitude: 98.9, address: "สันป่าตอง" } }],
    ["file", { type: "message", message: { id: "1", type: "file", fileName: "a.pdf", fileSize: 3 } }],
    ["unsend", { type: "unsend", unsend: { messageId: "1" } }],
    ["follow", { type: "follow", follow: { isUnblocked: false } }],
    ["unfollow", { type: "unfollow" }],
    ["other", { type: "beacon", beacon: { hwid: "x", type: "enter" } }],
    ["other", { type: "message", message: { id: "1", type: "hologram" } }],
  ])("understands %s events", (kind, fields) => {
    const r = toIncomingEvent({ ...base, ...fields });
    expect(r.ok && r.event.kind).toBe(kind);
  });

  it("reads an empty location title or address as none", () => {
    const r = toIncomingEvent({ ...base, type: "message", message: { id: "1", type: "location", latitude: 18.6, longitude: 98.9, title: "", address: "" } });
    expect(r.ok && r.event).toMatchObject({ kind: "location", title: undefined, address: undefined });
  });

  it.each([
    ["no envelope", "just a string"],
    ["no event id", { ...base, webhookEventId: undefined, type: "unfollow" }],
    ["no source", { ...base, source: undefined, type: "unfollow" }],
    ["user source without user", { ...base, source: { type: "user" }, type: "unfollow" }],
    ["text without text", { ...base, type: "message", message: { id: "1", type: "text" } }],
    ["postback without data", { ...base, type: "postback", postback: {} }],
  ])("reports %s instead of throwing", (_why, raw) => {
    expect(toIncomingEvent(raw).ok).toBe(false);
  });

  const text = { type: "message", message: { id: "325708", type: "text", text: "สวัสดี" } };
  const hostile = ["a/b", "..", "../people/x", "__proto__", "valueOf", "constructor", ""];

  it.each(hostile)("skips an event whose webhookEventId is %j, naming no id", (id) => {
    expect(toIncomingEvent({ ...base, ...text, webhookEventId: id })).toEqual({ ok: false, reason: expect.stringContaining("webhookEventId") });
  });

  it.each([
    ["userId", (id: string) => ({ source: { type: "user", userId: id } })],
    ["groupId", (id: string) => ({ source: { type: "group", groupId: id, userId: USER } })],
    ["group member userId", (id: string) => ({ source: { type: "group", groupId: "C" + "2".repeat(32), userId: id } })],
    ["roomId", (id: string) => ({ source: { type: "room", roomId: id } })],
    ["messageId", (id: string) => ({ message: { id, type: "text", text: "x" } })],
    ["unsend messageId", (id: string) => ({ type: "unsend", unsend: { messageId: id } })],
  ])("skips an event whose %s is not in LINE's format, keeping its event id for the log", (_what, make) => {
    for (const id of [...hostile, "U" + "1".repeat(31), "C" + "g".repeat(32)]) {
      expect(toIncomingEvent({ ...base, ...text, ...make(id) })).toEqual({ ok: false, reason: expect.any(String), eventId: base.webhookEventId });
    }
  });

  it("accepts LINE's own ID formats", () => {
    const r = toIncomingEvent({ ...base, ...text, webhookEventId: "01FZ74A0TDDPYRVKNK77XKC3ZR", source: { type: "room", roomId: "R" + "a".repeat(32), userId: USER } });
    expect(r.ok).toBe(true);
  });

  it("skips a standby event as expected, not as a fault", () => {
    expect(toIncomingEvent({ ...base, ...text, mode: "standby" })).toEqual({ ok: false, reason: expect.stringContaining("standby"), eventId: base.webhookEventId, expected: true });
  });
});
