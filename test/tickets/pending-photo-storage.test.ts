/**
 * Photos sent before any text are stored only when they are kept: a photo over the waiting limit
 * or over the citizen's attachment limits is refused before it is downloaded (a stored photo that
 * nothing refers to is seen by nobody and found by no deletion), and a deletion request removes
 * every waiting photo of the citizen, also those whose wait ended without a ticket.
 */
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { MAX_PENDING_PHOTOS, pendingFolder } from "../../src/tickets/chat/pending-attachments";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");
const CITIZEN_2 = "U" + "c".repeat(31) + "3";

describe("photos sent before the text: what is stored", () => {
  let h: BotHarness;
  const clock = createFixedClock(new Date("2026-11-25T02:00:00Z"));
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [ADMIN, CITIZEN, CITIZEN_2]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  /** The photo files kept in a citizen's waiting folder, straight from the local evidence store. */
  const storedFor = async (userId: string): Promise<string[]> =>
    (await readdir(join(tmpdir(), `ita-evidence-${h.fs.projectId}`, "tickets", pendingFolder(userId))).catch(() => [] as string[])).filter((f) => !f.endsWith(".part"));
  const photo = async (userId: string) => {
    const before = h.botMessages(userId).length;
    expect((await h.standin.sendAsUser(userId, { type: "image", bytes: JPEG, contentType: "image/jpeg" })).status).toBe(200);
    return h.botMessages(userId).slice(before);
  };

  it("does not store a photo over the waiting limit, and a deletion removes waiting photos whose wait is over", async () => {
    for (let i = 0; i < MAX_PENDING_PHOTOS; i++) await photo(CITIZEN);
    const refused = await photo(CITIZEN);
    expect(refused[0]?.text).toContain(`สูงสุด ${MAX_PENDING_PHOTOS} รูป`);
    await photo(CITIZEN);
    expect(await storedFor(CITIZEN)).toHaveLength(MAX_PENDING_PHOTOS);

    // The wait ends with no text: no record names these photos any more.
    clock.advance(60 * 60_000);
    expect(await h.services.conversations.get(CITIZEN, clock.now())).toBeUndefined();
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ลบข้อมูลของฉัน" });
    await h.standin.sendAsUser(CITIZEN, { type: "postback", data: "a=tk-forget" });
    expect(await storedFor(CITIZEN)).toEqual([]);
  });

  it("counts waiting photos against the citizen's attachment limits, before downloading them", async () => {
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ limits: { attachmentsPerHour: 3 } });
    for (let i = 0; i < 3; i++) await photo(CITIZEN_2);
    const refused = await photo(CITIZEN_2);
    expect(refused[0]?.text).toContain("ครบ 3 รายการแล้ว");
    expect(await storedFor(CITIZEN_2)).toHaveLength(3);
  });
});
