/**
 * Announcements as an admin makes them, through the webhook with the LINE stand-in and the
 * embedded Firestore: compose, preview, audience, send now or schedule, history, cancel; and what
 * everyone else gets when they try (nothing).
 */
import { createFixedClock } from "../../src/clock";
import { COLLECTIONS } from "../../src/store/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; quickReply?: { items: Array<{ action: { type: string; label: string; data?: string; text?: string; displayText?: string } }> } };

/** 25 พ.ย. 2568 09:00 in Bangkok. */
const START = new Date("2025-11-25T02:00:00Z");
const OFFICER_2 = "U" + "0".repeat(31) + "e";
const FINANCE_OFFICER = "U" + "1".repeat(32);

const last = (h: BotHarness, chat: string): Sent => {
  const all = h.botMessages(chat) as Sent[];
  const m = all[all.length - 1];
  if (!m) throw new Error(`no message in ${chat}`);
  return m;
};
const lastText = (h: BotHarness, chat: string) => last(h, chat).text ?? "";

async function say(h: BotHarness, user: string, text: string): Promise<Sent[]> {
  const before = h.botMessages(user).length;
  const res = await h.standin.sendAsUser(user, { type: "text", text });
  expect(res.status).toBe(200);
  return (h.botMessages(user) as Sent[]).slice(before);
}

/** Taps the quick-reply button labelled `label` on the bot's latest message, as the phone would. */
async function tap(h: BotHarness, user: string, label: string): Promise<{ replies: Sent[]; eventId: string }> {
  const item = last(h, user).quickReply?.items.find((i) => i.action.label === label);
  if (!item) throw new Error(`no button "${label}" on: ${JSON.stringify(last(h, user))}`);
  const before = h.botMessages(user).length;
  const res =
    item.action.type === "postback"
      ? await h.standin.sendAsUser(user, { type: "postback", data: item.action.data ?? "", ...(item.action.displayText ? { displayText: item.action.displayText } : {}) })
      : await h.standin.sendAsUser(user, { type: "text", text: item.action.text ?? "" });
  expect(res.status).toBe(200);
  return { replies: (h.botMessages(user) as Sent[]).slice(before), eventId: res.webhookEventId };
}

const outgoing = (h: BotHarness) => h.standin.state.calls.filter((c) => c.endpoint !== "reply");
const announcementCount = async (h: BotHarness) => (await h.fs.db.collection(COLLECTIONS.announcements).count().get()).data().count;
const deliveryCount = async (h: BotHarness) => (await h.fs.db.collection(COLLECTIONS.deliveries).count().get()).data().count;

/** Composes "text" with optional extra up to the preview; returns the preview messages. */
async function compose(h: BotHarness, text: string, extra = "ไม่แนบ"): Promise<Sent[]> {
  expect((await say(h, ADMIN, "สร้างประกาศ"))[0]?.text).toContain("พิมพ์ข้อความประกาศ");
  expect((await say(h, ADMIN, text))[0]?.text).toContain("แนบลิงก์หรือรูปภาพ");
  return extra === "ไม่แนบ" ? (await tap(h, ADMIN, "ไม่แนบ")).replies : say(h, ADMIN, extra);
}

/** Citizens are told the menu is for staff; officers that it is for admins. */
const refusalFor = (user: string) => (user === OFFICER ? /^ขออภัยค่ะ คำสั่งนี้สำหรับผู้ดูแลระบบ/ : /^ขออภัยค่ะ เมนูนี้สำหรับเจ้าหน้าที่/);

describe("announcements in chat", () => {
  let h: BotHarness;
  const clock = createFixedClock(START);

  beforeAll(async () => {
    h = await startBotHarness({ clock });
    for (const u of [ADMIN, CITIZEN, OFFICER, OFFICER_2, FINANCE_OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer", "office");
    await h.services.people.setRole(OFFICER_2, "officer", "office");
    await h.services.people.setRole(FINANCE_OFFICER, "officer", "finance");
    await h.fs.db.collection("units").doc("office").set({ name: "สำนักปลัด", order: 1 });
    await h.fs.db.collection("units").doc("finance").set({ name: "กองคลัง", order: 2 });
  });
  afterAll(() => h.close());
  beforeEach(() => h.standin.state.calls.splice(0));

  it("previews exactly what officers then get, and sends only when the outbox runs", async () => {
    const preview = await compose(h, "ขอเชิญเจ้าหน้าที่ประชุมประจำเดือน วันศุกร์นี้ 13:30 น. ห้องประชุม อบต.", "https://example.org/poster.jpg");
    expect(preview).toHaveLength(3);
    const recipientsSee = preview.slice(0, 2);
    expect(recipientsSee).toEqual([
      { type: "text", text: "ขอเชิญเจ้าหน้าที่ประชุมประจำเดือน วันศุกร์นี้ 13:30 น. ห้องประชุม อบต." },
      { type: "image", originalContentUrl: "https://example.org/poster.jpg", previewImageUrl: "https://example.org/poster.jpg" },
    ]);
    expect(preview[2]?.quickReply?.items.map((i) => i.action.label)).toEqual(["ทุกคน", "เจ้าหน้าที่ทั้งหมด", "สำนักปลัด", "กองคลัง", "ยกเลิก"]);

    const when = (await tap(h, ADMIN, "เจ้าหน้าที่ทั้งหมด")).replies[0]?.text ?? "";
    expect(when).toContain("เจ้าหน้าที่ทั้งหมด 3 คน");
    const confirm = (await tap(h, ADMIN, "ส่งเลย")).replies[0]?.text ?? "";
    expect(confirm).toMatch(/ถึง: เจ้าหน้าที่ทั้งหมด 3 คน\nเวลาส่ง: ทันที/);
    const done = (await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text ?? "";
    expect(done).toMatch(/^รับประกาศฉบับที่ 1 แล้วค่ะ กำลังส่งถึงเจ้าหน้าที่ทั้งหมด 3 คน/);

    // The webhook only stored it; the trigger / schedule sends.
    expect(outgoing(h)).toHaveLength(0);
    expect(await h.services.outbox.runner.runDue()).toBe(1);
    const calls = outgoing(h);
    expect(calls.map((c) => c.endpoint)).toEqual(["multicast"]);
    expect(calls[0]?.to.sort()).toEqual([OFFICER, OFFICER_2, FINANCE_OFFICER].sort());
    expect(calls[0]?.messages).toEqual(recipientsSee);
    expect(calls[0]?.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.botMessages(CITIZEN).some((m) => m.text?.includes("ประชุมประจำเดือน"))).toBe(false);

    const [record] = (await h.fs.db.collection(COLLECTIONS.announcements).get()).docs;
    expect(record?.data()).toMatchObject({ number: 1, createdBy: ADMIN, createdByName: "ปลัด", audience: { type: "officers" }, recipientCount: 3, scheduledFor: null, imageUrl: "https://example.org/poster.jpg" });
    const events = await record?.ref.collection("events").get();
    expect(events?.docs.map((d) => d.get("type"))).toEqual(["created"]);
  });

  it("shows history with who, to whom, how many and per-chunk progress", async () => {
    const reply = (await say(h, ADMIN, "ประวัติประกาศ"))[0]?.text ?? "";
    expect(reply).toContain("ฉบับที่ 1 · ส่งแล้ว");
    expect(reply).toContain("โดย ปลัด");
    expect(reply).toContain("ถึง เจ้าหน้าที่ทั้งหมด 3 คน · ชุดที่ส่งแล้ว 1/1");
    expect(reply).toContain("สร้าง 25 พ.ย. 2568 เวลา 09:00 น.");
  });

  it("sends to one unit only, with a link under the text", async () => {
    const preview = await compose(h, "กองคลังส่งรายงานการเงินภายในวันศุกร์ค่ะ", "https://wiangthakan.go.th/finance");
    expect(preview[0]?.text).toBe("กองคลังส่งรายงานการเงินภายในวันศุกร์ค่ะ\n\n🔗 https://wiangthakan.go.th/finance");
    expect((await tap(h, ADMIN, "กองคลัง")).replies[0]?.text).toContain("เจ้าหน้าที่กองคลัง 1 คน");
    await tap(h, ADMIN, "ส่งเลย");
    await tap(h, ADMIN, "ยืนยันส่ง");
    await h.services.outbox.runner.runDue();
    expect(outgoing(h).map((c) => [c.endpoint, c.to])).toEqual([["push", [FINANCE_OFFICER]]]);
    expect(outgoing(h)[0]?.messages).toEqual(preview.slice(0, 1));
  });

  it("broadcasts to every friend once", async () => {
    await compose(h, "ประชาสัมพันธ์: รับชำระภาษีที่ดินถึง 30 เม.ย. 2569");
    expect((await tap(h, ADMIN, "ทุกคน")).replies[0]?.text).toContain("ประมาณ 5 คน");
    await tap(h, ADMIN, "ส่งเลย");
    await tap(h, ADMIN, "ยืนยันส่ง");
    await h.services.outbox.runner.runDue();
    await h.services.outbox.runner.runDue();
    expect(outgoing(h).map((c) => c.endpoint)).toEqual(["broadcast"]);
    expect(h.botMessages(CITIZEN).filter((m) => m.text?.includes("ภาษีที่ดิน"))).toHaveLength(1);
  });

  it("refuses dates that do not exist or have passed, schedules in Bangkok time, and sends nothing before then", async () => {
    await compose(h, "แจ้งปิดสำนักงานวันหยุดราชการ");
    await tap(h, ADMIN, "สำนักปลัด");
    // The example is tomorrow (the clock is 25 พ.ย. 2568), never a fixed date that has passed.
    expect((await tap(h, ADMIN, "ตั้งเวลา")).replies[0]?.text).toContain("26 พ.ย. 68 09:00");
    expect((await say(h, ADMIN, "31 ก.พ. 69 09:00"))[0]?.text).toContain("ไม่มีวันที่นี้");
    expect((await say(h, ADMIN, "1 พ.ย. 68 09:00"))[0]?.text).toContain("ผ่านไปแล้ว");
    expect((await say(h, ADMIN, "เร็วๆ นี้"))[0]?.text).toContain("อ่านวันเวลาไม่ออก");
    const confirm = (await say(h, ADMIN, "พรุ่งนี้ 9 โมง"))[0]?.text ?? "";
    expect(confirm).toContain("เวลาส่ง: 26 พ.ย. 2568 เวลา 09:00 น.");
    expect(confirm).toContain("เจ้าหน้าที่สำนักปลัด 2 คน");
    const done = (await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text ?? "";
    expect(done).toMatch(/^ตั้งเวลาส่งประกาศฉบับที่ 4 ถึงเจ้าหน้าที่สำนักปลัด 2 คน ไว้ 26 พ.ย. 2568 เวลา 09:00 น. แล้วค่ะ/);

    const record = (await h.fs.db.collection(COLLECTIONS.announcements).where("number", "==", 4).get()).docs[0];
    expect(record?.get("scheduledFor").toDate().toISOString()).toBe("2025-11-26T02:00:00.000Z");

    clock.advance(23 * 3_600_000 + 59 * 60_000); // 08:59 the next day
    expect(await h.services.outbox.runner.runDue()).toBe(0);
    expect(outgoing(h)).toHaveLength(0);
    clock.advance(60_000);
    expect(await h.services.outbox.runner.runDue()).toBe(1);
    expect(outgoing(h).map((c) => c.to.sort())).toEqual([[OFFICER, OFFICER_2].sort()]);

    // Once sent it can no longer be cancelled.
    expect((await say(h, ADMIN, "ยกเลิกประกาศ 4"))[0]?.text).toContain("ส่งแล้ว จึงยกเลิกไม่ได้");
  });

  it("lets the time be changed at the final check, by typing a new one or by a button, and reads weekdays", async () => {
    const { conversations } = h.services;
    await compose(h, "ประชุมประจำเดือน");
    await tap(h, ADMIN, "สำนักปลัด");
    await tap(h, ADMIN, "ตั้งเวลา");
    // Tuesday 25 พ.ย. 2568: "วันเสาร์หน้า" is Saturday of next week.
    const first = (await say(h, ADMIN, "วันเสาร์หน้า 8 โมง"))[0];
    expect(first?.text).toContain("เวลาส่ง: 6 ธ.ค. 2568 เวลา 08:00 น.");
    expect(first?.quickReply?.items.map((i) => i.action.label)).toEqual(["ยืนยันส่ง", "เปลี่ยนเวลา", "ส่งเลย", "ยกเลิก"]);
    const typed = (await say(h, ADMIN, "พฤหัสนี้ บ่ายสอง"))[0]?.text ?? "";
    expect(typed).toContain("เวลาส่ง: 27 พ.ย. 2568 เวลา 14:00 น.");
    expect((await say(h, ADMIN, "1 พ.ย. 68 09:00"))[0]?.text).toContain("ผ่านไปแล้ว");
    expect((await tap(h, ADMIN, "เปลี่ยนเวลา")).replies[0]?.text).toContain("พิมพ์วันเวลาที่ต้องการส่ง");
    expect((await say(h, ADMIN, "จันทร์หน้า 10:00"))[0]?.text).toContain("เวลาส่ง: 8 ธ.ค. 2568 เวลา 10:00 น.");
    expect((await tap(h, ADMIN, "ส่งเลย")).replies[0]?.text).toContain("เวลาส่ง: ทันที");
    expect((await say(h, ADMIN, "ยกเลิก"))[0]?.text).toContain("ยกเลิกรายการ");
    expect(await conversations.get(ADMIN, clock.now())).toBeUndefined();
  });

  it("treats a draft that is not a valid draft as gone, instead of acting on it", async () => {
    const { conversations } = h.services;
    await conversations.start(ADMIN, "announcement", { id: "d1", step: "confirm", audience: { type: "unit" } }, clock.now(), 60_000);
    expect((await say(h, ADMIN, "พรุ่งนี้ 9 โมง"))[0]?.text).toContain("ร่างประกาศนี้หมดอายุ");
    expect(await conversations.get(ADMIN, clock.now())).toBeUndefined();
    await conversations.start(ADMIN, "announcement", { id: "d2", step: "nonsense" }, clock.now(), 60_000);
    expect((await say(h, ADMIN, "สวัสดี"))[0]?.text).toContain("ร่างประกาศนี้หมดอายุ");
  });

  it("cancels a scheduled announcement from the history card until it starts, and never sends it", async () => {
    await compose(h, "ประชุมประชาคมหมู่บ้าน 1 ธ.ค.");
    await tap(h, ADMIN, "ทุกคน");
    await tap(h, ADMIN, "ตั้งเวลา");
    await say(h, ADMIN, "1 ธ.ค. 68 09:00");
    expect((await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text).toContain("ฉบับที่ 5");

    const history = (await say(h, ADMIN, "ประวัติประกาศ"))[0];
    expect(history?.text).toMatch(/^ประกาศล่าสุด 5 ฉบับค่ะ\n\nฉบับที่ 5 · รอส่ง\nตั้งเวลา 1 ธ.ค. 2568 เวลา 09:00 น./);
    expect(history?.quickReply?.items.map((i) => i.action.label)).toEqual(["ยกเลิกฉบับที่ 5"]);
    expect((await tap(h, ADMIN, "ยกเลิกฉบับที่ 5")).replies[0]?.text).toBe("ยกเลิกประกาศฉบับที่ 5 แล้วค่ะ จะไม่มีใครได้รับประกาศนี้");
    expect((await say(h, ADMIN, "ยกเลิกประกาศ ๕"))[0]?.text).toContain("ยกเลิกแล้ว จึงยกเลิกไม่ได้");

    clock.advance(10 * 24 * 3_600_000);
    expect(await h.services.outbox.runner.runDue()).toBe(0);
    expect(outgoing(h)).toHaveLength(0);
    const record = (await h.fs.db.collection(COLLECTIONS.announcements).where("number", "==", 5).get()).docs[0];
    expect(record?.get("cancelledBy")).toBe(ADMIN);
    expect((await record?.ref.collection("events").orderBy("at").get())?.docs.map((d) => d.get("type"))).toEqual(["created", "cancelled"]);
    expect((await say(h, ADMIN, "ประวัติประกาศ"))[0]?.text).toContain("ฉบับที่ 5 · ยกเลิกแล้ว");
    expect((await say(h, ADMIN, "ยกเลิกประกาศ 99"))[0]?.text).toBe("ไม่พบประกาศฉบับที่ 99 ค่ะ");
  });

  it("makes one announcement of one draft, however often its confirm arrives", async () => {
    const announcements = await announcementCount(h);
    const deliveries = await deliveryCount(h);
    await compose(h, "ทดสอบยืนยันซ้ำ");
    await tap(h, ADMIN, "เจ้าหน้าที่ทั้งหมด");
    await tap(h, ADMIN, "ส่งเลย");
    const confirmButton = last(h, ADMIN);
    const { eventId } = await tap(h, ADMIN, "ยืนยันส่ง");
    // LINE redelivers the same event, and the admin taps the same (old) button again.
    expect((await h.standin.redeliver(eventId)).status).toBe(200);
    const data = confirmButton.quickReply?.items.find((i) => i.action.label === "ยืนยันส่ง")?.action.data ?? "";
    await h.standin.sendAsUser(ADMIN, { type: "postback", data });
    expect(lastText(h, ADMIN)).toMatch(/^ประกาศนี้รับไว้แล้วค่ะ \(ฉบับที่ 6\)/);
    expect(await announcementCount(h)).toBe(announcements + 1);
    expect(await deliveryCount(h)).toBe(deliveries + 1);
    await h.services.outbox.runner.runDue();
    expect(outgoing(h)).toHaveLength(1);
  });

  it("keeps text within LINE's limit and leaves the flow on ยกเลิก", async () => {
    await say(h, ADMIN, "สร้างประกาศ");
    expect((await say(h, ADMIN, "ก".repeat(5001)))[0]?.text).toContain("เกิน 5,000");
    expect((await say(h, ADMIN, "ยกเลิก"))[0]?.text).toContain("ยกเลิกรายการ");
    expect(await h.services.conversations.get(ADMIN, clock.now())).toBeUndefined();
  });

  it("refuses every command and button to citizens and officers, and sends nothing", async () => {
    // The admin has a draft waiting for confirmation; others try to confirm it with forged postbacks.
    await compose(h, "ร่างของผู้ดูแล");
    await tap(h, ADMIN, "เจ้าหน้าที่ทั้งหมด");
    await tap(h, ADMIN, "ตั้งเวลา");
    await say(h, ADMIN, "พรุ่งนี้ 10:00");
    const confirmData = last(h, ADMIN).quickReply?.items.find((i) => i.action.label === "ยืนยันส่ง")?.action.data ?? "";
    const draftId = new URLSearchParams(confirmData).get("d") ?? "";
    expect(draftId).not.toBe("");
    const announcements = await announcementCount(h);
    const deliveries = await deliveryCount(h);

    for (const user of [CITIZEN, OFFICER]) {
      for (const text of ["สร้างประกาศ", "ประกาศ", "ประวัติประกาศ", "ยกเลิกประกาศ 4"]) {
        expect((await say(h, user, text))[0]?.text).toMatch(refusalFor(user));
      }
      for (const data of [confirmData, `a=ann-aud&d=${draftId}&t=all`, `a=ann-when&d=${draftId}&m=now`, "a=ann-cancel&n=6", "a=ann-hist"]) {
        await h.standin.sendAsUser(user, { type: "postback", data });
        expect(lastText(h, user)).toMatch(refusalFor(user));
      }
      expect(await h.services.conversations.get(user, clock.now())).toBeUndefined();
    }
    expect(await announcementCount(h)).toBe(announcements);
    expect(await deliveryCount(h)).toBe(deliveries);
    await h.services.outbox.runner.runDue();
    expect(outgoing(h)).toHaveLength(0);
    // The admin's draft is untouched and still works.
    expect((await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text).toContain("ตั้งเวลาส่งประกาศฉบับที่ 7");
  });

  it("runs a command tapped mid-draft and keeps the draft; a group emptied before the confirm goes back to choosing, with its buttons", async () => {
    await h.services.people.setRole(FINANCE_OFFICER, "officer", "finance");
    expect((await say(h, ADMIN, "สร้างประกาศ"))[0]?.text).toContain("พิมพ์ข้อความประกาศ");
    // The rich menu's ภาพรวม at the text step is the command, not the announcement's text.
    expect(JSON.stringify(await say(h, ADMIN, "ภาพรวม"))).not.toContain("แนบลิงก์หรือรูปภาพ");
    expect((await say(h, ADMIN, "ประชุมประจำเดือนวันศุกร์นี้"))[0]?.text).toContain("แนบลิงก์หรือรูปภาพ");
    await tap(h, ADMIN, "ไม่แนบ");
    await tap(h, ADMIN, "กองคลัง");
    await tap(h, ADMIN, "ส่งเลย");
    await h.services.people.setRole(FINANCE_OFFICER, "citizen");
    const before = await announcementCount(h);
    expect((await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text).toContain("กรุณาเลือกกลุ่มผู้รับใหม่");
    expect(await announcementCount(h)).toBe(before);
    await tap(h, ADMIN, "เจ้าหน้าที่ทั้งหมด");
    await tap(h, ADMIN, "ส่งเลย");
    expect((await tap(h, ADMIN, "ยืนยันส่ง")).replies[0]?.text).toContain("รับประกาศฉบับที่");
  });
});
