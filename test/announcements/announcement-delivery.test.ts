/**
 * Announcements at scale and under failure, made in chat and sent by the outbox against the LINE
 * stand-in: 10,000 officers in 20 multicast calls, and a crash between chunks followed by a resume
 * reaching every officer exactly once.
 */
import { createFixedClock } from "../../src/clock";
import type { Sender } from "../../src/line/sender";
import { createMemoryLogger } from "../../src/logs";
import { createDeliveryRunner } from "../../src/outbox/run-delivery";
import { COLLECTIONS } from "../../src/store/collections";
import { ADMIN, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { text?: string; quickReply?: { items: Array<{ action: { label: string; data?: string; displayText?: string } }> } };

/**
 * The embedded emulator stores a collection in an immutable map, so adding 10,000 documents costs
 * it about half a minute on a quiet machine and several minutes on a busy one (7 min measured with
 * a load of 10 on 2 cores); batches go one after another so other test files' requests interleave.
 * Nothing in the test depends on that time: this only stops a hang.
 */
const SEEDING_TIMEOUT_MS = 900_000;
/**
 * Documents per seeding commit. Each write copies the collection's map, so a commit of 500 into a
 * collection of 9,500 took over a minute at a load of 16 and hit the Firestore client's own 60 s
 * call deadline (DEADLINE_EXCEEDED); commits of 100 stay far below it, for the same total work.
 */
const SEED_BATCH = 100;

const officerId = (i: number) => "U" + (0x7000000 + i).toString(16).padStart(32, "0");

async function seedOfficers(h: BotHarness, count: number, offset = 0): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => officerId(offset + i));
  for (let i = 0; i < ids.length; i += SEED_BATCH) {
    const batch = h.fs.db.batch();
    for (const id of ids.slice(i, i + SEED_BATCH)) {
      batch.set(h.fs.db.collection(COLLECTIONS.people).doc(id), { userId: id, role: "officer", unitId: "office", following: true });
    }
    await batch.commit();
  }
  return ids;
}

async function tap(h: BotHarness, label: string): Promise<string> {
  const all = h.botMessages(ADMIN) as Sent[];
  const item = all[all.length - 1]?.quickReply?.items.find((i) => i.action.label === label);
  if (!item?.action.data) throw new Error(`no button ${label}`);
  await h.standin.sendAsUser(ADMIN, { type: "postback", data: item.action.data });
  const after = h.botMessages(ADMIN) as Sent[];
  return after[after.length - 1]?.text ?? "";
}

/** Makes an announcement to all officers in chat, to be sent now; returns the bot's last reply. */
async function announceToOfficers(h: BotHarness, text: string): Promise<string> {
  await h.standin.sendAsUser(ADMIN, { type: "text", text: "สร้างประกาศ" });
  await h.standin.sendAsUser(ADMIN, { type: "text", text });
  await tap(h, "ไม่แนบ");
  await tap(h, "เจ้าหน้าที่ทั้งหมด");
  await tap(h, "ส่งเลย");
  return tap(h, "ยืนยันส่ง");
}

const multicasts = (h: BotHarness) => h.standin.state.calls.filter((c) => c.endpoint === "multicast");

describe("an announcement to 10,000 officers", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it("goes out in 20 multicast calls of 500, each officer once", async () => {
    const ids = await seedOfficers(h, 10_000);
    expect(await announceToOfficers(h, "แจ้งเจ้าหน้าที่ทุกท่าน: ส่งรายงานผลการดำเนินงานภายใน 30 ก.ย.")).toContain("10,000 คน");
    expect(multicasts(h)).toHaveLength(0);
    expect(await h.services.outbox.runner.runDue()).toBe(1);
    const calls = multicasts(h);
    expect(calls).toHaveLength(20);
    expect(calls.every((c) => c.to.length === 500)).toBe(true);
    expect(new Set(calls.map((c) => c.retryKey)).size).toBe(20);
    const reached = calls.flatMap((c) => c.to);
    expect(reached.sort()).toEqual([...ids].sort());
  }, SEEDING_TIMEOUT_MS);
});

describe("an announcement interrupted between chunks", () => {
  let h: BotHarness;
  const clock = createFixedClock(new Date());
  beforeAll(async () => {
    h = await startBotHarness({ clock });
  });
  afterAll(() => h.close());

  it("reaches every officer exactly once after a crash and a resume, none skipped", async () => {
    const ids = await seedOfficers(h, 1_300, 20_000);
    expect(await announceToOfficers(h, "ประชุมด่วนบ่ายนี้")).toContain("1,300 คน");
    const [announcement] = (await h.fs.db.collection(COLLECTIONS.announcements).get()).docs;
    const deliveryId = String(announcement?.get("deliveryId"));

    // The process dies right after LINE accepted the second chunk, before it was recorded.
    let calls = 0;
    const crashing: Sender = {
      ...h.services.sender,
      multicast: async (to, messages, o) => {
        const result = await h.services.sender.multicast(to, messages, o);
        if (++calls === 2) throw new Error("instance killed");
        return result;
      },
    };
    const dying = createDeliveryRunner({ store: h.services.outbox.store, sender: crashing, logger: createMemoryLogger(), clock, sleep: async () => undefined, leaseMs: 60_000 });
    await expect(dying.run(deliveryId)).rejects.toThrow("instance killed");
    expect((await h.services.outbox.store.chunks(deliveryId)).map((c) => c.status)).toEqual(["sent", "pending", "pending"]);

    // A redelivered trigger while the lease is held does nothing…
    expect((await h.services.outbox.runner.run(deliveryId))?.status).toBe("sending");
    expect(multicasts(h)).toHaveLength(2);
    // …and the schedule resumes once the lease has run out, with the stored retry keys.
    clock.advance(61_000);
    expect(await h.services.outbox.runner.runDue()).toBe(1);

    const reached = multicasts(h).flatMap((c) => c.to);
    expect(reached).toHaveLength(1_300);
    expect(reached.sort()).toEqual([...ids].sort());
    // The resent second chunk was refused by LINE as a duplicate (409) and still counts as sent.
    expect(new Set(multicasts(h).map((c) => c.retryKey)).size).toBe(3);

    await h.standin.sendAsUser(ADMIN, { type: "text", text: "ประวัติประกาศ" });
    const all = h.botMessages(ADMIN) as Sent[];
    expect(all[all.length - 1]?.text).toContain("ฉบับที่ 1 · ส่งแล้ว");
    expect(all[all.length - 1]?.text).toContain("ชุดที่ส่งแล้ว 3/3");
  }, SEEDING_TIMEOUT_MS);
});
