/**
 * What a citizen attaches after reporting reaches staff: the photo (served by the app over its
 * https address, as LINE requires) and the location; the photo is gone once the citizen asks for
 * their data to be deleted.
 */
import { ADMIN, CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; originalContentUrl?: string; quickReply?: { items: Array<{ action: { data?: string } }> } };
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");

describe("attachments forwarded to staff", () => {
  let h: BotHarness;
  let base: string;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], deps: { publicBaseUrl: "https://bot.example.test" } });
    base = h.webhookUrl.replace(/\/webhook$/, "");
    await h.standin.sendAsUser(ADMIN, { type: "follow" });
    await h.standin.sendAsUser(CITIZEN, { type: "follow" });
  });
  afterAll(() => h.close());

  it("shows staff the photo and the location, and deletes the photo with the citizen's data", async () => {
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ไฟถนนหน้าบ้านดับมาสามวันแล้ว ช่วยซ่อมด้วยค่ะ" });
    const code = /R-\d{4,5}/.exec(JSON.stringify(h.botMessages(CITIZEN)))?.[0];
    expect(code).toBeDefined();

    const seen = h.botMessages(ADMIN).length;
    await h.standin.sendAsUser(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    await h.standin.sendAsUser(CITIZEN, { type: "location", latitude: 18.61, longitude: 98.87, address: "หมู่ 3" });
    const toStaff = h.botMessages(ADMIN).slice(seen) as Sent[];
    expect(toStaff.map((m) => m.type)).toEqual(["text", "image", "location"]);
    expect(toStaff[0]?.text).toBe(`📷 รูปประกอบเรื่อง ${code}`);
    const url = toStaff[1]?.originalContentUrl ?? "";
    expect(url).toMatch(/^https:\/\/bot\.example\.test\/media\/tickets\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\.jpg$/);

    const path = new URL(url).pathname;
    const served = await fetch(base + path);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(JPEG);

    await h.standin.sendAsUser(CITIZEN, { type: "text", text: "ลบข้อมูลของฉัน" });
    const confirm = (h.botMessages(CITIZEN) as Sent[]).at(-1)?.quickReply?.items[0]?.action.data;
    expect(confirm).toBe("a=tk-forget");
    await h.standin.sendAsUser(CITIZEN, { type: "postback", data: confirm! });
    expect((await fetch(base + path)).status).toBe(404);
  });

  it("forwards a location LINE sent with an empty address, with an address LINE accepts", async () => {
    const citizen = "U" + "e".repeat(32);
    await h.standin.sendAsUser(citizen, { type: "follow" });
    await h.standin.sendAsUser(citizen, { type: "text", text: "ไฟถนนหน้าตลาดดับมาสองคืนแล้ว ช่วยซ่อมด้วยค่ะ" });
    expect(JSON.stringify(h.botMessages(citizen))).toMatch(/R-\d{4,5}/);
    const seen = h.botMessages(ADMIN).length;
    await h.standin.sendAsUser(citizen, { type: "location", latitude: 18.6, longitude: 98.9, title: "", address: "" });
    const forwarded = (h.botMessages(ADMIN).slice(seen) as Array<Sent & { address?: string }>).find((m) => m.type === "location");
    expect(forwarded?.address).toBe("ตำแหน่งที่ประชาชนส่งมา");
    expect(h.logger.records.filter((r) => r.severity === "ERROR")).toEqual([]);
  });
});
