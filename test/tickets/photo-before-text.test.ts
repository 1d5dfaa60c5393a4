/**
 * A photo sent before the text is not lost: people send the picture first. Photos and a location
 * sent just before the text that opens a ticket become its attachments (also through "send to
 * staff?"), the acknowledgements say so, staff see them, the wait has an end, and a citizen who
 * deletes their data takes waiting photos with them, also those whose wait is over. A photo over a
 * limit is never stored.
 */
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { MAX_PENDING_PHOTOS, pendingFolder } from "../../src/tickets/chat/pending-attachments";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; altText?: string; quickReply?: { items: Array<{ action: { label: string; data?: string } }> } };
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");
const CITIZEN_2 = "U" + "c".repeat(31) + "2";

describe("photos sent before the text", () => {
  let h: BotHarness;
  const clock = createFixedClock(new Date("2026-11-25T02:00:00Z"));
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [ADMIN, CITIZEN, CITIZEN_2]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  const send = async (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> => {
    const before = h.botMessages(user).length;
    expect((await h.standin.sendAsUser(user, input)).status).toBe(200);
    return (h.botMessages(user) as Sent[]).slice(before);
  };
  const ticketWith = async (code: string) => {
    const d = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get()).docs[0];
    if (!d) throw new Error(`no ticket ${code}`);
    return d.data();
  };
  const codeIn = (messages: Sent[]) => /[QR]-\d{4,5}/.exec(messages.map((m) => m.text ?? "").join(" "))?.[0] ?? "";

  it("attaches a photo and a location sent first to the ticket the text opens, and says so", async () => {
    const photoAck = await send(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect(photoAck[0]?.text).toContain("ได้รับรูปภาพ 1 รูปแล้วค่ะ");
    expect(photoAck[0]?.text).toContain("ภายใน 15 นาที");
    clock.advance(60_000);
    const locationAck = await send(CITIZEN, { type: "location", latitude: 18.61, longitude: 98.87, address: "หมู่ 3 ต.ท่ากาน" });
    expect(locationAck[0]?.text).toContain("รูปภาพ 1 รูป และตำแหน่ง");

    clock.advance(5 * 60_000);
    const seenByStaff = h.botMessages(ADMIN).length;
    const receipt = await send(CITIZEN, { type: "text", text: "ถนนหน้าบ้านพังเป็นหลุมใหญ่ ช่วยมาซ่อมด้วยค่ะ" });
    const code = codeIn(receipt);
    expect(code).toMatch(/^R-/);
    expect(receipt[0]?.text).toContain("แนบรูปภาพ 1 รูป และตำแหน่งที่ส่งมาก่อนหน้านี้กับเรื่องนี้แล้ว");
    const ticket = await ticketWith(code);
    expect(ticket.attachments.map((a: { type: string }) => a.type)).toEqual(["image", "location"]);
    expect(ticket.attachments[0].ref).toMatch(/^tickets\//);
    expect(await h.services.evidence?.read(ticket.attachments[0].ref)).toEqual(JPEG);
    expect(ticket.attachments[1]).toMatchObject({ latitude: 18.61, longitude: 98.87, address: "หมู่ 3 ต.ท่ากาน" });

    // Staff see the card with what is attached, and the location itself.
    const toStaff = (h.botMessages(ADMIN) as Sent[]).slice(seenByStaff);
    const card = toStaff.find((m) => m.type === "flex");
    expect(JSON.stringify(card)).toContain("แนบ: รูปภาพ 1 รูป");
    expect(toStaff.some((m) => m.type === "location")).toBe(true);
    // What waited is used once: the next text opens nothing with it.
    expect(await h.services.conversations.get(CITIZEN, clock.now())).toMatchObject({ flow: "tk-attach" });
  });

  it("keeps a waiting photo through the question 'send to staff?'", async () => {
    await h.services.conversations.clear(CITIZEN);
    await send(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    const ask = await send(CITIZEN, { type: "text", text: "ป้ายนี้ติดตั้งถูกต้องตามระเบียบไหมคะ" });
    const sendData = ask[0]?.quickReply?.items.find((i) => i.action.label === "ส่งให้เจ้าหน้าที่")?.action.data;
    expect(sendData).toMatch(/^a=tk-send&q=\d+$/);
    const receipt = await send(CITIZEN, { type: "postback", data: sendData! });
    const ticket = await ticketWith(codeIn(receipt));
    expect(ticket.attachments.map((a: { type: string }) => a.type)).toEqual(["image"]);
  });

  it("lets a waiting photo go after the configured window, and says nothing is attached then", async () => {
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ pendingMinutes: 10 });
    await h.services.conversations.clear(CITIZEN_2);
    expect((await send(CITIZEN_2, { type: "image", bytes: JPEG, contentType: "image/jpeg" }))[0]?.text).toContain("ภายใน 10 นาที");
    clock.advance(11 * 60_000);
    const receipt = await send(CITIZEN_2, { type: "text", text: "ไฟถนนซอย 3 ดับ ช่วยซ่อมด้วยค่ะ" });
    expect(receipt[0]?.text).not.toContain("ที่ส่งมาก่อนหน้านี้");
    expect((await ticketWith(codeIn(receipt))).attachments).toEqual([]);
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").delete();
  });

  it("deletes a waiting photo with the citizen's data", async () => {
    await h.services.conversations.clear(CITIZEN_2);
    await send(CITIZEN_2, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    const state = await h.services.conversations.get(CITIZEN_2, clock.now());
    const ref = (state?.data.pending as Array<{ ref: string }>)[0]?.ref ?? "";
    expect(await h.services.evidence?.read(ref)).toEqual(JPEG);
    expect(ref).not.toContain(CITIZEN_2);
    await send(CITIZEN_2, { type: "postback", data: "a=tk-forget" });
    expect(await h.services.evidence?.read(ref)).toBeUndefined();
  });

  // A photo over a limit is refused before it is downloaded: stored, nothing would refer to it
  // (nobody sees it, and a deletion request could not find it).
  const CITIZEN_3 = "U" + "c".repeat(31) + "3";
  const CITIZEN_4 = "U" + "c".repeat(31) + "4";
  /** The photo files in a citizen's waiting folder, straight from the local evidence store. */
  const storedFor = async (userId: string): Promise<string[]> =>
    (await readdir(join(tmpdir(), `ita-evidence-${h.fs.projectId}`, "tickets", pendingFolder(userId))).catch(() => [] as string[])).filter((f) => !f.endsWith(".part"));

  it("stores no photo over the waiting limit, and a deletion removes waiting photos whose wait is over", async () => {
    for (let i = 0; i < MAX_PENDING_PHOTOS; i++) await send(CITIZEN_3, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect((await send(CITIZEN_3, { type: "image", bytes: JPEG, contentType: "image/jpeg" }))[0]?.text).toContain(`สูงสุด ${MAX_PENDING_PHOTOS} รูป`);
    await send(CITIZEN_3, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect(await storedFor(CITIZEN_3)).toHaveLength(MAX_PENDING_PHOTOS);
    // The wait ends with no text: no record names these photos any more.
    clock.advance(60 * 60_000);
    expect(await h.services.conversations.get(CITIZEN_3, clock.now())).toBeUndefined();
    await send(CITIZEN_3, { type: "postback", data: "a=tk-forget" });
    expect(await storedFor(CITIZEN_3)).toEqual([]);
  });

  it("counts waiting photos against the citizen's attachment limits", async () => {
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ limits: { attachmentsPerHour: 3 } });
    for (let i = 0; i < 3; i++) await send(CITIZEN_4, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    expect((await send(CITIZEN_4, { type: "image", bytes: JPEG, contentType: "image/jpeg" }))[0]?.text).toContain("ครบ 3 รายการแล้ว");
    expect(await storedFor(CITIZEN_4)).toHaveLength(3);
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").delete();
  });
});
