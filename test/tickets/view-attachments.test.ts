/**
 * Staff can open what a citizen attached from the ticket's card, whenever they answer (issue 15,
 * newcomer run: an admin answering from "เรื่องค้าง" saw "แนบ: รูปภาพ 1 รูป" and no way to open it).
 * The photos come as image messages LINE accepts, five photos page on, and the button is refused
 * where citizens' data may not be shown.
 */
import { createFixedClock } from "../../src/clock";
import { checkMessages } from "../../src/flex/check-limits";
import type { Message } from "../../src/line/message-types";
import { ADMIN, CITIZEN, OFFICER } from "../support/bot-harness";
import { startStaffedBot, type StaffedBot } from "../support/staffed-bot";

type Sent = Record<string, any>;
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64");
const OTHER_GROUP = "C" + "7".repeat(32);

describe("staff open a ticket's photos from its card", () => {
  const clock = createFixedClock(new Date("2026-11-25T02:00:00Z"));
  let bot: StaffedBot;
  beforeAll(async () => {
    bot = await startStaffedBot({ clock, publicBaseUrl: "https://bot.example.test" });
  }, 60_000);
  afterAll(() => bot.close());

  const send = async (user: string, input: Parameters<StaffedBot["h"]["standin"]["sendAsUser"]>[1], group?: string): Promise<Sent[]> => {
    const chat = group ?? user;
    const before = bot.h.botMessages(chat).length;
    expect((await bot.h.standin.sendAsUser(user, input, group ? { groupId: group } : undefined)).status).toBe(200);
    return (bot.h.botMessages(chat) as Sent[]).slice(before);
  };
  const buttonData = (card: Sent | undefined, label: RegExp): string | undefined =>
    (card?.contents?.contents?.[0]?.footer ?? card?.contents?.footer)?.contents?.find((b: Sent) => label.test(b.action?.label ?? ""))?.action?.data;

  it("shows every photo and the location, four at a time, to the admin answering from the queue", async () => {
    const receipt = await send(CITIZEN, { type: "text", text: "ไฟฟ้าส่องสว่างซอย 4 ดับมาสามวันแล้วค่ะ ช่วยมาซ่อมด้วย" });
    const code = /R-\d+/.exec(JSON.stringify(receipt))?.[0];
    expect(code).toBeDefined();
    for (let i = 0; i < 4; i++) await send(CITIZEN, { type: "image", bytes: JPEG, contentType: "image/jpeg" });
    await send(CITIZEN, { type: "location", latitude: 18.61, longitude: 98.87, address: "ซอย 4" });

    const queue = await send(ADMIN, { type: "text", text: "เรื่องค้าง" });
    const carousel = queue.find((m) => m.type === "flex");
    const view = buttonData(carousel, /^ดูรูปและตำแหน่ง$/);
    expect(view).toBeDefined();

    const first = await send(ADMIN, { type: "postback", data: view! });
    expect(checkMessages(first as unknown as Message[])).toEqual([]);
    expect(first[0]?.text).toContain(`สิ่งที่ประชาชนแนบกับเรื่อง ${code}`);
    expect(first[0]?.text).toContain("1–4 จาก 5");
    expect(first.slice(1).map((m) => m.type)).toEqual(["image", "image", "image", "image"]);
    expect(first[1]?.originalContentUrl).toMatch(/^https:\/\/bot\.example\.test\//);
    const next = first.at(-1)?.quickReply?.items?.[0]?.action?.data;
    expect(next).toBeDefined();
    const second = await send(ADMIN, { type: "postback", data: next });
    expect(second[0]?.text).toContain("5–5 จาก 5");
    expect(second.slice(1).map((m) => m.type)).toEqual(["location"]);
  });

  it("is refused in a group that is not the staff group, and for a citizen", async () => {
    const queue = await send(OFFICER, { type: "text", text: "เรื่องค้าง" });
    const view = buttonData(queue.find((m) => m.type === "flex"), /^ดูรูป/);
    expect(view).toBeDefined();
    const elsewhere = await send(OFFICER, { type: "postback", data: view! }, OTHER_GROUP);
    expect(elsewhere.map((m) => m.type)).toEqual(["text"]);
    expect(elsewhere[0]?.text).toContain("กลุ่มเจ้าหน้าที่");
    const citizen = await send(CITIZEN, { type: "postback", data: view! });
    expect(citizen.some((m) => m.type === "image")).toBe(false);
  });
});
