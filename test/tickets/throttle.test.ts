/**
 * Per-citizen limits (issue 14, item 8): one citizen opened 30 tickets and attached 20 locations
 * in 11 seconds, 50 pushes to every staff member. Tickets and attachments are counted per hour and
 * per day, attachments per ticket too, atomically (many at once get no further than one at a time),
 * with a polite reply that says when the citizen can send again; a photo over LINE's 10 MB is
 * refused without being kept.
 */
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const GROUP = "C" + "5".repeat(32);
const CITIZEN2 = "U" + "c".repeat(31) + "2";
const CITIZEN3 = "U" + "c".repeat(31) + "3";
const CITIZEN4 = "U" + "c".repeat(31) + "4";

describe("per-citizen limits on what reaches staff", () => {
  // 10:20 in Bangkok: the hour's window ends at 11:00.
  const clock = createFixedClock(new Date("2026-11-25T03:20:00Z"));
  let h: BotHarness;
  const lastTo = (chat: string) => JSON.stringify(h.botMessages(chat).at(-1) ?? {});
  const ticketsOf = async (userId: string) => (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", userId).get()).docs;
  const cards = (from: number) => h.botMessages(GROUP).slice(from).filter((m) => m.type === "flex").length;
  const request = (n: number) => `ไฟถนนดับจุดที่ ${n} หน้าบ้าน ช่วยมาซ่อมด้วยค่ะ`;
  const setLimits = (limits: Record<string, number>) => h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ limits });

  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [CITIZEN, CITIZEN2, CITIZEN3, CITIZEN4, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: GROUP });
  }, 60_000);
  afterAll(() => h.close());

  it("opens five tickets an hour by default, and tells the sixth when they can send again", async () => {
    const seen = h.botMessages(GROUP).length;
    for (let n = 1; n <= 6; n++) await h.standin.sendAsUser(CITIZEN, { type: "text", text: request(n) });
    expect(await ticketsOf(CITIZEN)).toHaveLength(5);
    expect(cards(seen)).toBe(5);
    expect(lastTo(CITIZEN)).toContain("ชั่วโมงนี้ท่านส่งเรื่องถึงเจ้าหน้าที่ครบ 5 เรื่องแล้ว");
    expect(lastTo(CITIZEN)).toContain("ตั้งแต่เวลา 11:00 น.");
    // The next hour, they may again.
    clock.advance(40 * 60_000);
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: request(7) });
    expect(await ticketsOf(CITIZEN)).toHaveLength(6);
  });

  it("counts many at once as it counts them one by one", async () => {
    const seen = h.botMessages(GROUP).length;
    await Promise.all(Array.from({ length: 30 }, (_, n) => h.standin.sendAsUser(CITIZEN2, { type: "text", text: request(100 + n) })));
    const opened = (await ticketsOf(CITIZEN2)).length;
    expect(opened).toBeGreaterThanOrEqual(1);
    expect(opened).toBeLessThanOrEqual(5);
    expect(cards(seen)).toBe(opened);
  }, 60_000);

  it("limits a day too, and says 'tomorrow'", async () => {
    await setLimits({ ticketsPerHour: 100, ticketsPerDay: 2 });
    for (let n = 1; n <= 3; n++) await h.standin.sendAsUser(CITIZEN3, { type: "text", text: request(200 + n) });
    expect(await ticketsOf(CITIZEN3)).toHaveLength(2);
    expect(lastTo(CITIZEN3)).toContain("วันนี้ท่านส่งเรื่องถึงเจ้าหน้าที่ครบ 2 เรื่องแล้ว");
    expect(lastTo(CITIZEN3)).toContain("ตั้งแต่พรุ่งนี้");
  });

  it("caps what one ticket carries, and forwards none of what is refused", async () => {
    await setLimits({ attachmentsPerTicket: 3 });
    await h.standin.sendAsUser(CITIZEN4, { type: "text", text: request(300) });
    const seen = h.botMessages(GROUP).length;
    for (let n = 0; n < 5; n++) await h.standin.sendAsUser(CITIZEN4, { type: "location", latitude: 18.6 + n / 100, longitude: 98.9, address: `จุดที่ ${n}` });
    const [ticket] = await ticketsOf(CITIZEN4);
    expect(ticket?.get("attachments")).toHaveLength(3);
    expect(h.botMessages(GROUP).slice(seen).filter((m) => m.type === "location")).toHaveLength(3);
    expect(lastTo(CITIZEN4)).toContain(`เรื่อง ${ticket?.get("code")} มีรูปและตำแหน่งครบ 3 รายการแล้ว`);
  });

  it("refuses a photo over LINE's 10 MB and keeps nothing of it", async () => {
    await setLimits({});
    await h.standin.sendAsUser(CITIZEN4, { type: "text", text: request(400) });
    const tickets = await ticketsOf(CITIZEN4);
    const ticket = tickets.find((t) => t.get("question") === request(400))!;
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await h.standin.sendAsUser(CITIZEN4, { type: "image", bytes: big, contentType: "image/jpeg" });
    expect(lastTo(CITIZEN4)).toContain("ใหญ่เกิน 10 MB");
    expect((await h.fs.db.collection(TICKET_COLLECTIONS.tickets).doc(ticket.id).get()).get("attachments")).toEqual([]);
    const dir = join(tmpdir(), `ita-evidence-${h.fs.projectId}`, "tickets", ticket.id);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it("refuses such a photo sent before any text too, and keeps no waiting photo of it", async () => {
    const newcomer = "U" + "c".repeat(31) + "5"; // nothing open in their chat
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await h.standin.sendAsUser(newcomer, { type: "image", bytes: big, contentType: "image/jpeg" });
    expect(lastTo(newcomer)).toContain("ใหญ่เกิน 10 MB");
    expect(await h.services.conversations.get(newcomer, clock.now())).toBeUndefined();
  });
});
