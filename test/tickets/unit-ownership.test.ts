/**
 * A ticket assigned to a unit is that unit's: an officer of another unit may not close it or send
 * it elsewhere (issue 14's decision, see README); its own officers and admins may, and anyone on
 * staff may close or assign a ticket no unit has yet.
 */
import type { Unit } from "../../src/units/units";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const OFFICER2 = "U" + "0".repeat(31) + "e";

describe("who may close or reassign a unit's ticket", () => {
  let h: BotHarness;
  let units: Unit[] = [];
  const unit = (name: string) => units.find((u) => u.name === name)!;
  const last = (user: string) => JSON.stringify(h.botMessages(user).at(-1) ?? {});
  const tap = (user: string, data: string) => h.standin.sendAsUser(user, { type: "postback", data });
  const ticket = async (id: string) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(id).get()).data() ?? {};
  async function openTicket(text: string): Promise<string> {
    await h.standin.sendAsUser(CITIZEN, { type: "text", text });
    const snap = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("question", "==", text).get();
    return snap.docs[0]!.id;
  }

  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [CITIZEN, OFFICER, OFFICER2, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
    units = await h.services.plans.units.list();
    await h.services.people.setRole(OFFICER, "officer", unit("กองช่าง").id);
    await h.services.people.setRole(OFFICER2, "officer", unit("กองคลัง").id);
  }, 60_000);
  afterAll(() => h.close());

  it("refuses an officer of another unit, and lets the unit's officer and an admin", async () => {
    const id = await openTicket("ท่อประปาแตกหน้าตลาด น้ำไหลนองถนนค่ะ");
    // Unassigned: any officer may assign it.
    await tap(OFFICER2, `a=tk-assign-to&t=${id}&u=${unit("กองช่าง").id}`);
    expect((await ticket(id)).unitId).toBe(unit("กองช่าง").id);

    await tap(OFFICER2, `a=tk-close&t=${id}`);
    expect(last(OFFICER2)).toContain("ปิดเรื่องหรือมอบหมายต่อได้เฉพาะเจ้าหน้าที่ของหน่วยนั้นหรือผู้ดูแลระบบ");
    // The reason's button is checked too, not only the question that offers it.
    await tap(OFFICER2, `a=tk-close-as&t=${id}&r=duplicate`);
    expect(last(OFFICER2)).toContain("ปิดเรื่องหรือมอบหมายต่อได้เฉพาะเจ้าหน้าที่ของหน่วยนั้นหรือผู้ดูแลระบบ");
    expect((await ticket(id)).status).toBe("open");
    await tap(OFFICER2, `a=tk-assign&t=${id}`);
    expect(last(OFFICER2)).toContain("ได้เฉพาะเจ้าหน้าที่ของหน่วยนั้น");
    await tap(OFFICER2, `a=tk-assign-to&t=${id}&u=${unit("กองคลัง").id}`);
    expect(await ticket(id)).toMatchObject({ status: "open", unitId: unit("กองช่าง").id });

    await tap(ADMIN, `a=tk-assign-to&t=${id}&u=${unit("กองคลัง").id}`);
    expect((await ticket(id)).unitId).toBe(unit("กองคลัง").id);
    await tap(OFFICER2, `a=tk-close-as&t=${id}&r=duplicate`);
    expect((await ticket(id)).status).toBe("closed");
  });

  it("lets any officer close a ticket no unit has yet", async () => {
    const id = await openTicket("ไฟถนนซอยวัดดับหลายวันแล้ว ช่วยมาซ่อมด้วยค่ะ");
    await tap(OFFICER, `a=tk-close-as&t=${id}&r=elsewhere`);
    expect((await ticket(id)).status).toBe("closed");
  });
});
