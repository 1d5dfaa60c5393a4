/**
 * Conversations through the webhook: following, unfollowing, admins from ADMIN_USER_IDS, and every
 * kind of message a person can send getting a sensible answer (or none, where silence is right).
 */
import { COLLECTIONS } from "../../src/store/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const texts = (h: BotHarness, chat: string) => h.botMessages(chat).map((m) => m.text ?? m.altText ?? "");

describe("people", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
  });
  afterAll(() => h.close());

  it("stores a follower with their LINE display name and greets them in Thai with quick replies", async () => {
    const res = await h.standin.sendAsUser(CITIZEN, { type: "follow" });
    expect(res.status).toBe(200);
    const doc = (await h.fs.db.collection(COLLECTIONS.people).doc(CITIZEN).get()).data();
    expect(doc).toMatchObject({ userId: CITIZEN, displayName: "สมชาย", role: "citizen", following: true });
    expect(doc?.followedAt).toBeDefined();
    const [greeting] = h.botMessages(CITIZEN);
    expect(greeting?.text).toMatch(/^สวัสดีค่ะ คุณสมชาย/);
    expect(greeting?.text).toContain("อบต.เวียงท่ากาน");
    expect((greeting?.quickReply as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(3);
    expect(greeting?.text).not.toContain("ผู้ดูแล");
  });

  it("marks an unfollow and keeps the person", async () => {
    await h.standin.sendAsUser(CITIZEN, { type: "unfollow" });
    const doc = (await h.fs.db.collection(COLLECTIONS.people).doc(CITIZEN).get()).data();
    expect(doc).toMatchObject({ following: false, role: "citizen" });
    expect(doc?.unfollowedAt).toBeDefined();
  });

  it("makes ADMIN_USER_IDS admins from their first follow, and tells them so", async () => {
    await h.standin.sendAsUser(ADMIN, { type: "follow" });
    expect((await h.fs.db.collection(COLLECTIONS.people).doc(ADMIN).get()).data()?.role).toBe("admin");
    expect(texts(h, ADMIN).join()).toContain("สำหรับผู้ดูแล");
  });

  it("greets without a name when LINE has no profile for the user", async () => {
    const unknown = "U" + "9".repeat(32);
    await h.standin.sendAsUser(unknown, { type: "follow" });
    expect(texts(h, unknown)[0]).toMatch(/^สวัสดีค่ะ ยินดีต้อนรับ/);
    expect(h.logger.records.some((r) => r.event === "people.profile.unavailable")).toBe(true);
  });
});

describe("whatever a person sends", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  it.each([
    ["a sticker", { type: "sticker", packageId: "446", stickerId: "1988" }, /สติกเกอร์/],
    ["a photo", { type: "image" }, /รูปภาพ/],
    ["a location", { type: "location", latitude: 18.63, longitude: 98.9, address: "ต.บ้านกลาง" }, /ตำแหน่ง/],
    ["a junk postback", { type: "postback", data: "{{<script>}}" }, /ปุ่มนี้ใช้ไม่ได้แล้ว/],
    ["a postback for an action that does not exist", { type: "postback", data: "a=delete-everything" }, /ปุ่มนี้ใช้ไม่ได้แล้ว/],
    ["a question outside the plan", { type: "text", text: "ถนนหน้าบ้านเป็นหลุม ช่วยซ่อมด้วย" }, /เจ้าหน้าที่/],
    ["5,000 characters", { type: "text", text: "ช่วยด้วย".repeat(625) }, /./],
    ["emoji and zero-width characters", { type: "text", text: "🙏\u200b\u200f{\"a\":1}" }, /./],
  ] as const)("gets a polite answer to %s", async (_what, input, expected) => {
    const before = h.botMessages(OFFICER).length;
    const res = await h.standin.sendAsUser(OFFICER, input as never);
    expect(res.status).toBe(200);
    const replies = texts(h, OFFICER).slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(expected);
  });

  it("stays quiet in a group unless addressed, and answers when addressed", async () => {
    const group = "C" + "1".repeat(32);
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ประชุมกี่โมงครับ" }, { groupId: group });
    expect(h.botMessages(group)).toHaveLength(0);
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "บอท ประเด็นที่ 4 ใครรับผิดชอบ" }, { groupId: group });
    expect(JSON.stringify(h.botMessages(group))).toContain("กองคลัง");
  });

  it("in a group, points a question it cannot answer to a private chat instead of promising a ticket", async () => {
    const group = "C" + "2".repeat(32);
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "บอท ถนนหน้าวัดเป็นหลุม ซ่อมเมื่อไหร่" }, { groupId: group });
    const [reply] = h.botMessages(group);
    expect(reply?.text).toContain("แชตส่วนตัวกับบอท");
    expect(reply?.text).not.toMatch(/ส่งข้อความของท่านให้เจ้าหน้าที่|เลขที่เรื่อง/);
  });
});
