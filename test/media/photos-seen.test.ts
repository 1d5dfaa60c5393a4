/**
 * Everyone who must see a photo can: staff see a citizen's photo over 1 MB as an image message
 * whose preview fits LINE's limits; admins see officers' evidence photos in LINE (behind an
 * expiring report link) and as thumbnails in the printable report that open the photo; nobody
 * without a valid link gets an evidence photo.
 */
import sharp from "sharp";
import { MAX_PREVIEW_BYTES } from "../../src/media/image-preview";
import { unitIdFor } from "../../src/units/units";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; altText?: string; originalContentUrl?: string; previewImageUrl?: string; contents?: any; quickReply?: { items: Array<{ action: { label: string; data?: string } }> } };

async function bigPhoto(): Promise<Buffer> {
  const width = 1400;
  const height = 1000;
  const raw = Buffer.alloc(width * height * 3);
  let x = 7;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = x >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

describe("photos reach everyone who must see them", () => {
  let h: BotHarness;
  let base = "";
  let photo: Buffer;
  const local = (url: string) => url.replace("https://bot.example.test", base);
  beforeAll(async () => {
    [h, photo] = await Promise.all([startBotHarness({ adminUserIds: [ADMIN], deps: { publicBaseUrl: "https://bot.example.test" } }), bigPhoto()]);
    base = h.webhookUrl.replace(/\/webhook$/, "");
    for (const u of [ADMIN, CITIZEN, OFFICER]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer", unitIdFor("สำนักปลัด"));
  }, 60_000);
  afterAll(() => h.close());

  const send = async (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> => {
    const before = h.botMessages(user).length;
    expect((await h.standin.sendAsUser(user, input)).status).toBe(200);
    return (h.botMessages(user) as Sent[]).slice(before);
  };
  const quick = (m: Sent | undefined, label: string) => m?.quickReply?.items.find((i) => i.action.label === label)?.action.data ?? "";

  it("shows staff a citizen's photo over 1 MB, with a preview within LINE's limit", async () => {
    expect(photo.length).toBeGreaterThan(MAX_PREVIEW_BYTES);
    await send(CITIZEN, { type: "text", text: "ท่อระบายน้ำหน้าบ้านแตก ช่วยซ่อมด้วยค่ะ" });
    const seen = h.botMessages(ADMIN).length;
    await send(CITIZEN, { type: "image", bytes: photo, contentType: "image/jpeg" });
    const image = (h.botMessages(ADMIN) as Sent[]).slice(seen).find((m) => m.type === "image");
    expect(image?.originalContentUrl).toMatch(/^https:\/\/bot\.example\.test\/media\/tickets\//);
    expect(image?.previewImageUrl).toBe(`${image?.originalContentUrl}?v=preview`);
    const preview = Buffer.from(await (await fetch(local(image!.previewImageUrl!))).arrayBuffer());
    expect(preview.length).toBeLessThanOrEqual(MAX_PREVIEW_BYTES);
    expect((await sharp(preview).metadata()).format).toBe("jpeg");
    // Buffer.equals: jest's deep equality walks a megabyte byte by byte.
    expect(Buffer.from(await (await fetch(local(image!.originalContentUrl!))).arrayBuffer()).equals(photo)).toBe(true);
  });

  it("shows admins an officer's evidence photos in LINE and in the report, behind expiring links only", async () => {
    const list = await send(OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    const reportData = (list.find((m) => m.type === "flex")?.contents.contents[0].footer.contents[0].action.data as string) ?? "";
    const status = await send(OFFICER, { type: "postback", data: reportData });
    await send(OFFICER, { type: "postback", data: quick(status[0], "เสร็จแล้ว") });
    await send(OFFICER, { type: "text", text: "ติดตั้งป้ายแล้ว" });
    await send(OFFICER, { type: "image", bytes: photo, contentType: "image/jpeg" });
    const done = await send(OFFICER, { type: "text", text: "ส่งรายงาน" });
    expect(done[0]?.text).toContain("รูปหลักฐาน: 1 รูป");

    // In LINE: the admin's history of the activity carries the photo as an image message.
    const history = await send(ADMIN, { type: "postback", data: reportData.replace("a=pr-report", "a=pr-history") });
    const image = history.find((m) => m.type === "image");
    expect(image?.originalContentUrl).toMatch(/^https:\/\/bot\.example\.test\/media\/evidence\/.+\?t=[A-Za-z0-9_-]+$/);
    const preview = await fetch(local(image!.previewImageUrl!));
    expect(preview.status).toBe(200);
    expect(Buffer.from(await preview.arrayBuffer()).length).toBeLessThanOrEqual(MAX_PREVIEW_BYTES);
    // Officers see the history, not the photos; without a valid link the photo is refused.
    expect((await send(OFFICER, { type: "postback", data: reportData.replace("a=pr-report", "a=pr-history") })).some((m) => m.type === "image")).toBe(false);
    const bare = local(image!.originalContentUrl!).replace(/\?.*$/, "");
    expect((await fetch(bare)).status).toBe(403);
    expect((await fetch(`${bare}?t=${"A".repeat(32)}`)).status).toBe(403);

    // In the printable report: a thumbnail that opens the photo, behind the report's own token.
    const links = await send(ADMIN, { type: "text", text: "ส่งออกรายงาน" });
    const reportUrl = /"uri":"(https:\/\/bot\.example\.test\/reports\/progress\?token=[^"]+)"/.exec(JSON.stringify(links))?.[1] ?? "";
    const page = await (await fetch(local(reportUrl))).text();
    const thumb = /<a href="([^"]+)"[^>]*><img class="thumb" src="([^"]+)"/.exec(page);
    expect(thumb?.[1]).toMatch(/^\.\.\/media\/evidence\/.+\?t=/);
    const resolve = (rel: string) => new URL(rel.replace(/&amp;/g, "&"), local(reportUrl)).toString();
    expect(Buffer.from(await (await fetch(resolve(thumb![1]!))).arrayBuffer()).equals(photo)).toBe(true);
    const small = Buffer.from(await (await fetch(resolve(thumb![2]!))).arrayBuffer());
    expect(small.length).toBeLessThanOrEqual(MAX_PREVIEW_BYTES);
  });
});
