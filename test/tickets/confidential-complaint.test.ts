/**
 * Corruption complaints are confidential (measure 7 of the plan, ITA item i15): a report of
 * misconduct by staff goes to the integrity officers only, never to the staff group, officers or a
 * unit, is marked confidential without the citizen's name, stays out of "เรื่องค้าง", and the
 * citizen is told how they are protected; a complaint about the leadership also gets the channels
 * outside the organisation, from configuration.
 */
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; altText?: string };
const INTEGRITY = "U" + "1".repeat(32);
const GROUP = "C" + "6".repeat(32);

describe("confidential misconduct complaints", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN, INTEGRITY], deps: { integrityOfficerIds: [INTEGRITY] } });
    for (const u of [ADMIN, INTEGRITY, CITIZEN, OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer");
    await h.standin.sendAsUser(ADMIN, { type: "join" }, { groupId: GROUP });
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: GROUP });
  });
  afterAll(() => h.close());

  const count = (chat: string) => h.botMessages(chat).length;
  const since = (chat: string, from: number) => (h.botMessages(chat) as Sent[]).slice(from);
  const say = async (user: string, text: string, groupId?: string) => {
    const chat = groupId ?? user;
    const before = count(chat);
    expect((await h.standin.sendAsUser(user, { type: "text", text }, groupId ? { groupId } : undefined)).status).toBe(200);
    return since(chat, before);
  };

  let code = "";
  let ticketId = "";

  it("sends a report of misconduct to the integrity officers only, marked confidential, and tells the citizen how they are protected", async () => {
    const before = { group: count(GROUP), officer: count(OFFICER), admin: count(ADMIN), integrity: count(INTEGRITY) };
    const reply = await say(CITIZEN, "เจ้าหน้าที่กองช่างเรียกเงินใต้โต๊ะ 5,000 บาท ถึงจะอนุมัติแบบบ้านให้ค่ะ");
    const text = reply.map((m) => m.text).join("\n");
    expect(text).toContain("รับเรื่องร้องเรียนของท่านไว้เป็นความลับแล้ว");
    expect(text).toContain("ไม่ส่งเข้ากลุ่มเจ้าหน้าที่");
    expect(text).toContain("ชื่อ LINE ของท่านไม่แสดง");
    expect(text).not.toContain("ป.ป.ช."); // not about the leadership
    code = /R-\d{4,5}/.exec(text)?.[0] ?? "";
    const doc = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get()).docs[0];
    ticketId = doc?.id ?? "";
    expect(doc?.data()).toMatchObject({ confidential: true, confidentialTo: [INTEGRITY], status: "open" });

    expect(since(GROUP, before.group)).toEqual([]);
    expect(since(OFFICER, before.officer)).toEqual([]);
    expect(since(ADMIN, before.admin)).toEqual([]);
    const card = since(INTEGRITY, before.integrity).find((m) => m.type === "flex");
    const json = JSON.stringify(card);
    expect(card?.altText).toBe(`🔒 เรื่องร้องเรียนลับ ${code}`);
    expect(json).toContain("เรื่องร้องเรียนลับ");
    expect(json).toContain("ผู้ร้องเรียน (ปกปิดชื่อ)");
    expect(json).not.toContain("สมชาย");
    expect(json).not.toContain("tk-assign");
  });

  it("keeps it out of เรื่องค้าง in the group and for other staff, and out of other staff's hands", async () => {
    expect(JSON.stringify(await say(ADMIN, "บอท เรื่องค้าง", GROUP))).not.toContain(code);
    expect(JSON.stringify(await say(OFFICER, "เรื่องค้าง"))).not.toContain(code);
    expect(JSON.stringify(await say(ADMIN, "เรื่องค้าง"))).not.toContain(code);
    expect(JSON.stringify(await say(INTEGRITY, "เรื่องค้าง"))).toContain(code);
    // A forged button or the typed command from other staff finds nothing.
    for (const data of [`a=tk-answer&t=${ticketId}`, `a=tk-assign&t=${ticketId}`, `a=tk-close&t=${ticketId}`]) {
      const before = count(OFFICER);
      await h.standin.sendAsUser(OFFICER, { type: "postback", data });
      expect(JSON.stringify(since(OFFICER, before))).not.toContain(code);
    }
    expect((await say(ADMIN, `ตอบ ${code}`)).map((m) => m.text).join("")).toContain("ไม่พบเรื่อง");
    expect(await h.services.conversations.get(ADMIN, new Date())).toBeUndefined();
  });

  it("lets the integrity officer answer it, and the answer reaches the citizen", async () => {
    await say(INTEGRITY, `ตอบ ${code}`);
    const before = count(CITIZEN);
    await say(INTEGRITY, "ได้รับเรื่องแล้ว จะตรวจสอบข้อเท็จจริงโดยไม่เปิดเผยชื่อผู้ร้องค่ะ");
    expect(since(CITIZEN, before).map((m) => m.text).join("")).toContain("จะตรวจสอบข้อเท็จจริง");
  });

  it("keeps the answered complaint out of other staff's FAQ and reopen buttons", async () => {
    for (const staff of [OFFICER, ADMIN]) {
      for (const data of [`a=faq-from&t=${ticketId}`, `a=tk-reopen&t=${ticketId}`]) {
        const before = count(staff);
        await h.standin.sendAsUser(staff, { type: "postback", data });
        const shown = JSON.stringify(since(staff, before));
        expect(shown).not.toContain("ใต้โต๊ะ");
        expect(shown).not.toContain(code);
      }
      expect(await h.services.conversations.get(staff, new Date())).toBeUndefined();
    }
  });

  it("tells where to complain outside the organisation when it concerns the leadership, from configuration", async () => {
    const shipped = (await say(CITIZEN, "นายกเรียกรับเงินจากผู้รับเหมาทุกโครงการ")).map((m) => m.text).join("\n");
    expect(shipped).toContain("เป็นความลับ");
    expect(shipped).toContain("1205");
    expect(shipped).toContain("ศูนย์ดำรงธรรม");
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("integrity").set({
      externalChannels: [{ name: "ศูนย์ดำรงธรรมจังหวัดเชียงใหม่", contact: "053-112-501" }],
    });
    const configured = (await say(CITIZEN, "ปลัดใช้ตำแหน่งเอื้อประโยชน์ให้บริษัทญาติ")).map((m) => m.text).join("\n");
    expect(configured).toContain("ศูนย์ดำรงธรรมจังหวัดเชียงใหม่: 053-112-501");
    expect(configured).not.toContain("1205");
  });

  it("answers a question about the anti-corruption measures from the plan, without filing anything", async () => {
    const tickets = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).count().get()).data().count;
    const reply = await say(CITIZEN, "อบต.มีมาตรการป้องกันการทุจริตอย่างไร");
    expect(JSON.stringify(reply)).not.toContain("ร้องเรียน");
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).count().get()).data().count).toBe(tickets);
  });
});
