/**
 * Citizens' waiting photos are kept only as long as they are needed (issue 14/15): the daily sweep
 * in the scheduled-job table removes a photo sent before any text once its wait has ended without
 * a ticket (the time ran out, or "ยกเลิก"), and keeps those a ticket or a wait still going refers
 * to, and those just saved. Through the webhook, the embedded Firestore and the local evidence
 * store; the bot's clock is the test's (the files' own times are the store's, taken at the start).
 */
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixedClock } from "../../src/clock";
import { SCHEDULED_JOBS } from "../../src/jobs/scheduled-jobs";
import { pendingFolder } from "../../src/tickets/chat/pending-attachments";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, startBotHarness, type BotHarness } from "../support/bot-harness";

const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");
const HOUR = 60 * 60 * 1000;
/** Waits out of time; cancels; opens a ticket; still waiting at the end. */
const [EXPIRES, CANCELS, TICKET, WAITS] = ["1", "2", "3", "4"].map((d) => "U" + d.repeat(32)) as [string, string, string, string];

describe("the waiting-photo sweep", () => {
  let h: BotHarness;
  const clock = createFixedClock(new Date());
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    // A wait of three hours, so that one can still be going when its photo is past the grace hour.
    await h.fs.db.collection(TICKET_COLLECTIONS.settings).doc("tickets").set({ pendingMinutes: 180 });
    for (const u of [EXPIRES, CANCELS, TICKET, WAITS]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  const send = async (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]) => {
    expect((await h.standin.sendAsUser(user, input)).status).toBe(200);
  };
  const photo = (user: string) => send(user, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
  const folderFiles = (user: string) =>
    readdir(join(tmpdir(), `ita-evidence-${h.fs.projectId}`, "tickets", pendingFolder(user))).catch(() => [] as string[]);
  const sweep = () => SCHEDULED_JOBS.waitingPhotos.run(h.services);

  it("is in the scheduled-job table, once a day", () => {
    expect(SCHEDULED_JOBS.waitingPhotos.schedule).toBe("every day 03:00");
  });

  it("removes photos whose wait ended without a ticket, keeps the rest, and removes nothing twice", async () => {
    await photo(EXPIRES);
    await photo(CANCELS);
    await send(CANCELS, { type: "text", text: "ยกเลิก" });
    await photo(TICKET);
    await send(TICKET, { type: "text", text: "ถนนหน้าบ้านพังเป็นหลุมใหญ่ ช่วยมาซ่อมด้วยค่ะ" });
    const ticket = (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("citizenId", "==", TICKET).get()).docs[0]?.data();
    expect(ticket?.attachments?.[0]?.ref).toMatch(new RegExp(`^tickets/${pendingFolder(TICKET)}/`));
    for (const u of [EXPIRES, CANCELS, TICKET]) expect(await folderFiles(u)).toHaveLength(1);

    // Just saved: even the cancelled wait's photo stays until the grace hour has passed.
    expect(await sweep()).toEqual({ files: 3, removed: 0, kept: 3 });

    clock.advance(2 * HOUR);
    await photo(WAITS);
    // The cancelled wait's photo goes; the others are a ticket's, or their waits are still going.
    expect(await sweep()).toEqual({ files: 4, removed: 1, kept: 3 });
    expect(await folderFiles(CANCELS)).toEqual([]);
    expect(await folderFiles(EXPIRES)).toHaveLength(1);

    clock.advance(2 * HOUR);
    // The first wait ran out (three hours); the last one, two hours old, is still going.
    expect(await sweep()).toEqual({ files: 3, removed: 1, kept: 2 });
    expect(await folderFiles(EXPIRES)).toEqual([]);
    expect(await folderFiles(WAITS)).toHaveLength(1);
    expect(await h.services.evidence?.read(ticket?.attachments[0].ref)).toEqual(JPEG);

    // Idempotent: a second run the same day finds nothing more to remove.
    expect(await sweep()).toEqual({ files: 2, removed: 0, kept: 2 });
  });

  it("logs counts only, never whose photos or where", () => {
    const swept = h.logger.records.filter((r) => r.event === "ticket.waiting_photos.swept");
    expect(swept.length).toBeGreaterThanOrEqual(4);
    const logged = JSON.stringify(swept);
    for (const u of [EXPIRES, CANCELS, TICKET, WAITS]) {
      expect(logged).not.toContain(u);
      expect(logged).not.toContain(pendingFolder(u));
    }
    expect(swept.at(-1)).toMatchObject({ files: 2, removed: 0, kept: 2 });
  });
});
