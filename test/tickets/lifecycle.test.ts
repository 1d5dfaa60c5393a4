/**
 * The ticket lifecycle told honestly, through the webhook: closing asks staff why and tells the
 * citizen; a closed ticket says it is closed when someone tries to answer it; every answered
 * ticket can be rated (also later, from the citizen's list), never one not answered yet; removing
 * an officer asks for confirmation; the admin who made a unit code learns when it is used.
 */
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Item = { action: { type: string; label: string; data?: string; text?: string } };
type Sent = { type: string; text?: string; altText?: string; quickReply?: { items: Item[] } };

describe("the ticket lifecycle", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [ADMIN, CITIZEN, OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
    // One citizen opens more tickets here than the hourly limit allows (throttle.test.ts tests that).
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ limits: { ticketsPerHour: 100, ticketsPerDay: 100 } });
  });
  afterAll(() => h.close());

  const send = async (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> => {
    const before = h.botMessages(user).length;
    const res = await h.standin.sendAsUser(user, input);
    expect(res.status).toBe(200);
    return (h.botMessages(user) as Sent[]).slice(before);
  };
  const say = (user: string, text: string) => send(user, { type: "text", text });
  const tap = (user: string, data: string) => send(user, { type: "postback", data });
  const button = (m: Sent | undefined, label: string) => {
    const found = m?.quickReply?.items.find((i) => i.action.label === label)?.action.data;
    if (!found) throw new Error(`no "${label}" on ${JSON.stringify(m)}`);
    return found;
  };
  const labels = (m: Sent | undefined) => m?.quickReply?.items.map((i) => i.action.label) ?? [];
  const ticketOf = async (code: string) => {
    const d = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get()).docs[0];
    if (!d) throw new Error(`no ticket ${code}`);
    return { id: d.id, ...d.data() } as { id: string } & Record<string, unknown>;
  };
  const openRequest = async (text: string) => {
    const reply = await say(CITIZEN, text);
    const code = /R-\d{4,5}/.exec(reply.map((m) => m.text).join(" "))?.[0];
    if (!code) throw new Error(`no ticket code in ${JSON.stringify(reply)}`);
    return ticketOf(code).then((t) => ({ code, id: t.id }));
  };

  it("asks why when closing, records the reason, and tells the waiting citizen", async () => {
    const { code, id } = await openRequest("ถนนหน้าวัดเป็นหลุมลึก ช่วยซ่อมด้วยค่ะ");
    const ask = await tap(ADMIN, `a=tk-close&t=${id}`);
    expect(ask[0]?.text).toContain(`ปิดเรื่อง ${code} เพราะอะไร`);
    expect(labels(ask[0])).toEqual(["ตอบช่องทางอื่นแล้ว", "เรื่องซ้ำ", "ไม่ใช่หน้าที่ของเรา", "ติดต่อผู้แจ้งไม่ได้", "ไม่ปิด"]);
    // Nothing is closed until a reason is chosen.
    expect((await ticketOf(code)).status).toBe("open");

    const seen = h.botMessages(CITIZEN).length;
    const done = await tap(ADMIN, button(ask[0], "ไม่ใช่หน้าที่ของเรา"));
    expect(done[0]?.text).toBe(`ปิดเรื่อง ${code} แล้วค่ะ (ไม่ใช่หน้าที่ของเรา)`);
    expect(await ticketOf(code)).toMatchObject({ status: "closed", closeReason: "not-ours" });
    const told = (h.botMessages(CITIZEN) as Sent[]).slice(seen);
    expect(told.map((m) => m.text).join("\n")).toContain("เหตุผล: ไม่อยู่ในอำนาจหน้าที่ของหน่วยงานเรา");

    // Trying to answer it says it is closed (not that someone answered it), with a way to reopen.
    const answer = await tap(ADMIN, `a=tk-answer&t=${id}`);
    expect(answer[0]?.text).toContain(`เรื่อง ${code} ปิดแล้วค่ะ`);
    expect(answer[0]?.text).not.toContain("ตอบเรื่องนี้แล้ว");
    expect(labels(answer[0])).toEqual(["เปิดเรื่องอีกครั้ง"]);
    // A forged reason is refused and changes nothing.
    const { id: other, code: otherCode } = await openRequest("ไฟฟ้าดับที่หมู่ 5 ช่วยแก้ไขด้วยค่ะ");
    await tap(ADMIN, `a=tk-close-as&t=${other}&r=whatever`);
    expect((await ticketOf(otherCode)).status).toBe("open");
  });

  it("rates any answered round, later too, but never one that is not answered yet", async () => {
    const { code, id } = await openRequest("น้ำประปาไม่ไหลที่หมู่ 2 ช่วยตรวจสอบด้วยค่ะ");
    // Before any answer: a crafted rating is refused and stored nowhere.
    expect((await tap(CITIZEN, `a=tk-rate&t=${id}&r=5&n=1`))[0]?.text).toContain("ยังไม่มีคำตอบ");
    expect((await tap(CITIZEN, `a=tk-rate&t=${id}&r=5`))[0]?.text).toContain("ยังไม่มีคำตอบ");
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.ticketAnswers).doc(`${id}-1`).get()).exists).toBe(false);

    await say(ADMIN, `ตอบ ${code}`);
    const seen = h.botMessages(CITIZEN).length;
    await say(ADMIN, "ช่างจะเข้าไปตรวจสอบพรุ่งนี้ค่ะ");
    const answer = (h.botMessages(CITIZEN) as Sent[]).slice(seen).at(-1);
    const threeStars = button(answer, "⭐⭐⭐");
    expect(threeStars).toContain("n=1");

    // A follow-up opens round 2; round 2 cannot be rated yet, round 1's buttons still work.
    await tap(CITIZEN, button(answer, "ถามต่อ"));
    await say(CITIZEN, "ช่างจะมากี่โมงคะ");
    expect((await tap(CITIZEN, `a=tk-rate&t=${id}&r=5&n=2`))[0]?.text).toContain("ยังไม่มีคำตอบ");
    expect((await tap(CITIZEN, threeStars))[0]?.text).toContain("ขอบคุณสำหรับคะแนน 3/5");
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.ticketAnswers).doc(`${id}-1`).get()).get("rating")).toBe(3);
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.ticketAnswers).doc(`${id}-2`).get()).exists).toBe(false);
  });

  it("offers rating every answered, unrated ticket from the citizen's list", async () => {
    const first = await openRequest("ขยะล้นถังหน้าบ้าน ช่วยมาเก็บด้วยค่ะ");
    const second = await openRequest("ต้นไม้ล้มขวางถนนหมู่ 4 ช่วยด้วยค่ะ");
    for (const t of [first, second]) {
      await say(ADMIN, `ตอบ ${t.code}`);
      await say(ADMIN, `รับเรื่อง ${t.code} แล้วค่ะ`);
    }
    const list = await say(CITIZEN, "ติดตามเรื่อง");
    expect(labels(list[0])).toEqual(expect.arrayContaining([`ให้คะแนน ${first.code}`, `ให้คะแนน ${second.code}`]));
    // The older one, whose answer's own buttons are long gone from the chat.
    const ask = await tap(CITIZEN, button(list[0], `ให้คะแนน ${first.code}`));
    expect(ask[0]?.text).toContain(`ให้คะแนนคำตอบเรื่อง ${first.code}`);
    expect((await tap(CITIZEN, button(ask[0], "⭐⭐⭐⭐")))[0]?.text).toContain("4/5");
    expect((await ticketOf(first.code)).rating).toBe(4);
    expect(labels((await say(CITIZEN, "ติดตามเรื่อง"))[0])).not.toContain(`ให้คะแนน ${first.code}`);
    // Someone else's ticket cannot be rated.
    const stranger = "U" + "9".repeat(32);
    await h.standin.sendAsUser(stranger, { type: "follow" });
    expect((await tap(stranger, `a=tk-rate-ask&t=${second.id}`))[0]?.text).toContain("ไม่พบเรื่องนี้");
  });

  it("tells the admin who made a unit code when it is used, and asks before removing an officer", async () => {
    const issued = await say(ADMIN, "สร้างรหัส กองช่าง");
    const code = issued.at(-1)?.text ?? "";
    const seen = h.botMessages(ADMIN).length;
    await say(OFFICER, code);
    const told = (h.botMessages(ADMIN) as Sent[]).slice(seen).map((m) => m.text).join("\n");
    expect(told).toContain("สมศรี ใช้รหัสที่ท่านสร้าง ลงทะเบียนเป็นเจ้าหน้าที่ของกองช่างแล้ว");

    const list = (await say(ADMIN, "เจ้าหน้าที่ทั้งหมด"))[0]?.text ?? "";
    const n = /(\d+)\. สมศรี/.exec(list)?.[1];
    expect(n).toBeDefined();
    const ask = await say(ADMIN, `ลบเจ้าหน้าที่ ${n}`);
    expect(ask[0]?.text).toContain("ยืนยันยกเลิกสิทธิ์เจ้าหน้าที่ของ สมศรี");
    expect((await h.services.people.get(OFFICER))?.role).toBe("officer");
    expect((await tap(ADMIN, button(ask[0], "ไม่ลบ")))[0]?.text).toContain("ไม่ได้ลบ");
    expect((await h.services.people.get(OFFICER))?.role).toBe("officer");
    const again = await say(ADMIN, `ลบเจ้าหน้าที่ ${n}`);
    expect((await tap(ADMIN, button(again[0], "ยืนยันลบ")))[0]?.text).toContain("ยกเลิกสิทธิ์เจ้าหน้าที่ของ สมศรี เรียบร้อยแล้ว");
    expect((await h.services.people.get(OFFICER))?.role).toBe("citizen");
  });
});
