/**
 * Closing a ticket has a way back (issue 15): the close-reason buttons end with "ไม่ปิด", which
 * leaves the ticket as it was, tells the citizen nothing and says so to staff, with their own next
 * steps. Its role checks are the other ticket buttons' (on the server), and a late tap, after
 * someone closed the ticket anyway, changes nothing and does not claim the ticket is open.
 */
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, exchange, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";
import { STAFF_GROUP } from "../support/staffed-bot";

type Item = { action: { type: string; label: string; data?: string } };
type Sent = { type: string; text?: string; quickReply?: { items: Item[] } };

describe("ไม่ปิด under the close reasons", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [ADMIN, CITIZEN, OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  const send = (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]) => exchange<Sent>(h, user, input);
  const tap = (user: string, data: string) => send(user, { type: "postback", data });
  const labels = (m: Sent | undefined) => m?.quickReply?.items.map((i) => i.action.label) ?? [];
  const button = (m: Sent | undefined, label: string) => {
    const found = m?.quickReply?.items.find((i) => i.action.label === label)?.action.data;
    if (!found) throw new Error(`no "${label}" on ${JSON.stringify(m)}`);
    return found;
  };
  const ticket = async (code: string) => {
    const d = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get()).docs[0];
    if (!d) throw new Error(`no ticket ${code}`);
    return { id: d.id, ...d.data() } as { id: string } & Record<string, unknown>;
  };
  const openRequest = async (text: string) => {
    const reply = await send(CITIZEN, { type: "text", text });
    const code = /R-\d{4,5}/.exec(reply.map((m) => m.text).join(" "))?.[0];
    if (!code) throw new Error(`no ticket code in ${JSON.stringify(reply)}`);
    return { code, id: (await ticket(code)).id };
  };

  it("leaves the ticket as it was, tells the citizen nothing, and offers staff their own commands", async () => {
    const { code, id } = await openRequest("ไฟกิ่งหน้าโรงเรียนดับหลายวันแล้ว ช่วยซ่อมด้วยค่ะ");
    const before = await ticket(code);
    const ask = await tap(ADMIN, `a=tk-close&t=${id}`);
    expect(labels(ask[0]).at(-1)).toBe("ไม่ปิด");
    const seenByCitizen = h.botMessages(CITIZEN).length;
    const kept = await tap(ADMIN, button(ask[0], "ไม่ปิด"));
    expect(kept[0]?.text).toContain(`ไม่ได้ปิดเรื่อง ${code}`);
    expect(kept[0]?.text).toContain("รอเจ้าหน้าที่ตอบ");
    expect(labels(kept[0])).toContain("เรื่องค้าง");
    expect(labels(kept[0])).toContain("เมนูทั้งหมด");
    expect(await ticket(code)).toEqual(before);
    expect(h.botMessages(CITIZEN).length).toBe(seenByCitizen);
  });

  it("changes nothing when tapped after the ticket was closed anyway, and says it is closed", async () => {
    const { code, id } = await openRequest("น้ำประปาไม่ไหลที่หมู่ 4 ช่วยตรวจสอบด้วยค่ะ");
    const ask = await tap(ADMIN, `a=tk-close&t=${id}`);
    await tap(ADMIN, button(ask[0], "เรื่องซ้ำ"));
    const closed = await ticket(code);
    expect(closed).toMatchObject({ status: "closed", closeReason: "duplicate" });
    const late = await tap(ADMIN, button(ask[0], "ไม่ปิด"));
    expect(late[0]?.text).toContain(`เรื่อง ${code} ปิดไปแล้วค่ะ (เรื่องซ้ำ)`);
    expect(late[0]?.text).not.toContain("ไม่ได้ปิด");
    expect(await ticket(code)).toEqual(closed);
  });

  it("in the staff group, says so there with no quick replies (all its members would see them)", async () => {
    const { code, id } = await openRequest("ไฟฟ้าดับที่หมู่ 9 ช่วยแก้ไขด้วยค่ะ");
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: STAFF_GROUP });
    const seen = h.botMessages(STAFF_GROUP).length;
    expect((await h.standin.sendAsUser(ADMIN, { type: "postback", data: `a=tk-close-no&t=${id}` }, { groupId: STAFF_GROUP })).status).toBe(200);
    const kept = h.botMessages(STAFF_GROUP).slice(seen) as Sent[];
    expect(kept.at(-1)?.text).toContain(`ไม่ได้ปิดเรื่อง ${code}`);
    expect(kept.at(-1)?.quickReply).toBeUndefined();
  });

  it("is refused to a citizen and answers a button for a ticket that is gone as stale", async () => {
    const { id } = await openRequest("ไฟฟ้าดับที่หมู่ 7 ช่วยแก้ไขด้วยค่ะ");
    const refused = await tap(CITIZEN, `a=tk-close-no&t=${id}`);
    expect(refused[0]?.text).toContain("เมนูนี้สำหรับเจ้าหน้าที่เท่านั้น");
    const gone = await tap(ADMIN, "a=tk-close-no&t=no-such-ticket");
    expect(gone[0]?.text).toContain("ปุ่มนี้ใช้ไม่ได้แล้ว");
  });
});
