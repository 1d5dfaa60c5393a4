/**
 * Replies that end a flow leave the person a next step (issue 15): after a link code is made, an
 * export link card, an empty announcement or FAQ list, and a photo received, the reply carries the
 * person's own commands as quick replies (the ones "เมนู" offers their role), never nothing and
 * never another role's.
 */
import { createFixedClock } from "../../src/clock";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, exchange, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; altText?: string; quickReply?: { items: Array<{ action: { label: string } }> } };
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");

describe("end-of-flow replies offer the person's next steps", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock: createFixedClock(new Date("2026-11-25T02:00:00Z")) });
    for (const u of [ADMIN, CITIZEN, OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  const send = (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]) => exchange<Sent>(h, user, input);
  const say = (user: string, text: string) => send(user, { type: "text", text });
  const lastLabels = (messages: Sent[]) => messages.at(-1)?.quickReply?.items.map((i) => i.action.label) ?? [];

  it("after a link code is made, the code comes with the admin's commands, and the officer who uses it is one", async () => {
    const reply = await say(ADMIN, "สร้างรหัส สำนักปลัด");
    const code = reply.at(-1)?.text ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6,}$/);
    expect(lastLabels(reply)).toEqual(expect.arrayContaining(["สร้างรหัส", "เจ้าหน้าที่ทั้งหมด", "เมนูทั้งหมด"]));
    await say(OFFICER, code);
  });

  it("after the export link card, the admin's commands", async () => {
    const reply = await say(ADMIN, "ส่งออกรายงาน");
    expect(reply.at(-1)?.type).toBe("flex");
    expect(lastLabels(reply)).toEqual(expect.arrayContaining(["ภาพรวม", "สร้างประกาศ", "เมนูทั้งหมด"]));
  });

  it("after an empty announcement list or FAQ list, the admin's commands", async () => {
    const announcements = await say(ADMIN, "ประวัติประกาศ");
    expect(announcements.at(-1)?.text).toContain("ยังไม่มีประกาศ");
    expect(lastLabels(announcements)).toEqual(expect.arrayContaining(["สร้างประกาศ", "เมนูทั้งหมด"]));
    const faqs = await say(ADMIN, "รายการ FAQ");
    expect(faqs.at(-1)?.text).toContain("ยังไม่มีคำถามที่พบบ่อย");
    expect(lastLabels(faqs)).toEqual(expect.arrayContaining(["เรื่องค้าง", "เมนูทั้งหมด"]));
  });

  it("after a photo received, each person's own: a citizen's, an officer's", async () => {
    const citizen = await send(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect(citizen.at(-1)?.text).toContain("ได้รับรูปภาพ 1 รูปแล้ว");
    expect(lastLabels(citizen)).toEqual(expect.arrayContaining(["ติดต่อเจ้าหน้าที่", "ติดตามเรื่อง", "เมนูทั้งหมด"]));
    expect(lastLabels(citizen)).not.toContain("เรื่องค้าง");
    const officer = await send(OFFICER, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect(officer.at(-1)?.text).toContain("ได้รับรูปภาพ");
    expect(lastLabels(officer)).toEqual(expect.arrayContaining(["กิจกรรมของฉัน", "เรื่องค้าง", "เมนูทั้งหมด"]));
    expect(lastLabels(officer)).not.toContain("สร้างรหัส");
  });

  it("keeps the photo through the step it offers: ติดต่อเจ้าหน้าที่, then the text opens a ticket with it", async () => {
    // The citizen's photo above still waits.
    expect((await say(CITIZEN, "ติดต่อเจ้าหน้าที่")).at(-1)?.text).toContain("พิมพ์");
    await say(CITIZEN, "ขอสอบถามเรื่องการขออนุญาตปลูกสร้างบ้านค่ะ");
    const tickets = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", CITIZEN).get();
    expect(tickets.docs.map((d) => (d.get("attachments") as Array<{ type: string }>).map((a) => a.type))).toEqual([["image"]]);
  });
});
