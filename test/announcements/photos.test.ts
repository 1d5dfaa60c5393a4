/**
 * A photo an admin sends while composing becomes the announcement's image: kept in the evidence
 * store, served by the app over the public https address, previewed exactly as recipients get it.
 */
import { ADMIN, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; originalContentUrl?: string; previewImageUrl?: string };

/** The smallest valid JPEG there is: enough for LINE's content API and our store. */
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");

async function compose(h: BotHarness): Promise<void> {
  await h.standin.sendAsUser(ADMIN, { type: "follow" });
  await h.standin.sendAsUser(ADMIN, { type: "text", text: "ยกเลิก" });
  await h.standin.sendAsUser(ADMIN, { type: "text", text: "สร้างประกาศ" });
  await h.standin.sendAsUser(ADMIN, { type: "text", text: "เชิญร่วมประชุมประชาคมหมู่บ้าน 1 ธ.ค. 2569 เวลา 09:00 น." });
}

async function sendPhoto(h: BotHarness, bytes: Buffer, contentType = "image/jpeg"): Promise<Sent[]> {
  const before = h.botMessages(ADMIN).length;
  await h.standin.sendAsUser(ADMIN, { type: "image", bytes, contentType });
  return h.botMessages(ADMIN).slice(before) as Sent[];
}

describe("announcement photos sent in chat", () => {
  describe("with a public https address", () => {
    let h: BotHarness;
    beforeAll(async () => {
      h = await startBotHarness({ deps: { publicBaseUrl: "https://bot.example.test" } });
    });
    afterAll(() => h.close());

    it("previews the photo as recipients will get it, served by the app", async () => {
      await compose(h);
      const replies = await sendPhoto(h, JPEG);
      const image = replies.find((m) => m.type === "image");
      expect(image?.originalContentUrl).toMatch(/^https:\/\/bot\.example\.test\/media\/announcements\/[0-9a-f-]{36}\.jpg$/);
      expect(image?.previewImageUrl).toBe(image?.originalContentUrl);
      expect(replies.some((m) => m.text?.includes("เชิญร่วมประชุมประชาคม"))).toBe(true);

      const path = new URL(image!.originalContentUrl!).pathname;
      const served = await fetch(h.webhookUrl.replace(/\/webhook$/, "") + path);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/jpeg");
      expect(Buffer.from(await served.arrayBuffer())).toEqual(JPEG);
    });

    it("serves nothing else from the store", async () => {
      const base = h.webhookUrl.replace(/\/webhook$/, "");
      for (const path of ["/media/announcements/..%2F..%2Fpackage.json", "/media/announcements/evidence.jpg", "/media/announcements/00000000-0000-0000-0000-000000000000.jpg"]) {
        expect((await fetch(base + path)).status).toBe(404);
      }
    });

    it("refuses a photo over LINE's 1 MB preview limit, and one that is not JPEG or PNG", async () => {
      await compose(h);
      expect((await sendPhoto(h, Buffer.alloc(1024 * 1024 + 1, 1)))[0]?.text).toContain("ใหญ่เกิน 1 MB");
      expect((await sendPhoto(h, Buffer.from("GIF89a"), "image/gif"))[0]?.text).toContain("JPEG หรือ PNG");
    });
  });

  it("explains that photos need the https address when it is not set", async () => {
    const h = await startBotHarness();
    try {
      await compose(h);
      expect((await sendPhoto(h, JPEG))[0]?.text).toContain("PUBLIC_BASE_URL");
    } finally {
      await h.close();
    }
  });
});
