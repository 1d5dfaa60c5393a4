/**
 * Staff are never handed a citizen's next step (issue 15, newcomer run): after "ยกเลิก", a stale
 * button or a text the bot does not know, an officer or admin gets their own commands as quick
 * replies, not the citizen's questions, and is not offered to "send it to staff".
 */
import { createFixedClock } from "../../src/clock";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = Record<string, unknown>;
const textOf = (m: Sent | undefined) => String(m?.text ?? m?.altText ?? "");
const labels = (messages: Sent[]): string[] =>
  ((messages.at(-1)?.quickReply as { items?: Array<{ action: { label: string } }> })?.items ?? []).map((i) => i.action.label);

async function say(h: BotHarness, userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  expect((await h.standin.sendAsUser(userId, input)).status).toBe(200);
  return (h.botMessages(userId) as unknown as Sent[]).slice(before);
}

describe("staff get their own next steps", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock: createFixedClock(new Date("2025-03-01T02:00:00Z")) });
    for (const user of [OFFICER, ADMIN, CITIZEN]) await h.standin.sendAsUser(user, { type: "follow" });
    const code = textOf((await say(h, ADMIN, { type: "text", text: "สร้างรหัส สำนักปลัด" })).at(-1));
    await say(h, OFFICER, { type: "text", text: code });
  });
  afterAll(() => h.close());

  it("offers an officer their commands after cancelling a report", async () => {
    const list = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    const flex = list.find((m) => m.type === "flex") as { contents: { contents: Array<Record<string, any>> } };
    await say(h, OFFICER, { type: "postback", data: flex.contents.contents[0]!.footer.contents[0].action.data });
    const cancelled = await say(h, OFFICER, { type: "text", text: "ยกเลิก" });
    expect(textOf(cancelled[0])).toContain("ยกเลิกรายการ");
    expect(labels(cancelled)[0]).toBe("กิจกรรมของฉัน");
    expect(labels(cancelled)).toContain("เมนูทั้งหมด");
  });

  it("gives staff their commands, not a hand-off to themselves, for a text the bot does not know", async () => {
    const tickets = async () => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).get()).size;
    const before = await tickets();
    const officer = await say(h, OFFICER, { type: "text", text: "ขอแก้รายงานเมื่อวาน" });
    expect(textOf(officer[0])).toContain("ไม่พบคำสั่ง");
    expect(labels(officer)).not.toContain("ส่งให้เจ้าหน้าที่");
    expect(labels(officer)).toContain("กิจกรรมของฉัน");
    const admin = await say(h, ADMIN, { type: "text", text: "เปลี่ยนปีแผน" });
    expect(labels(admin)).toContain("แผนทั้งหมด");
    expect(labels(admin)).not.toContain("ส่งให้เจ้าหน้าที่");
    expect(await tickets()).toBe(before);
  });

  it("still offers a citizen to send what the bot does not know to staff", async () => {
    const citizen = await say(h, CITIZEN, { type: "text", text: "ขอแก้รายงานเมื่อวาน" });
    expect(labels(citizen)).toContain("ส่งให้เจ้าหน้าที่");
  });

  it("says there is nothing to cancel for a ยกเลิก with no flow open, to a citizen or staff, and opens nothing", async () => {
    const tickets = async () => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).get()).size;
    const before = await tickets();
    // The citizen's question above still waits for "send to staff?": the first ยกเลิก ends that.
    expect(textOf((await say(h, CITIZEN, { type: "text", text: "ยกเลิก" }))[0])).toContain("ยกเลิกรายการ");
    const citizen = await say(h, CITIZEN, { type: "text", text: "ยกเลิก" });
    expect(textOf(citizen[0])).toContain("ไม่มีรายการค้าง");
    expect(labels(citizen)).not.toContain("ส่งให้เจ้าหน้าที่");
    const admin = await say(h, ADMIN, { type: "text", text: "ยกเลิก" });
    expect(textOf(admin[0])).toContain("ไม่มีรายการค้าง");
    expect(labels(admin)[0]).toBe("สร้างรหัส");
    expect(await tickets()).toBe(before);
  });

  it("gives staff their commands with a stale button's apology", async () => {
    const stale = await say(h, ADMIN, { type: "postback", data: "a=no-such-action" });
    expect(textOf(stale[0])).toContain("ปุ่มนี้ใช้ไม่ได้แล้ว");
    expect(labels(stale)[0]).toBe("สร้างรหัส");
  });
});
