/**
 * An answer a flow cannot use is explained, and the step's buttons come again with it, so nobody
 * has to guess what to type next: a wrong status or percent, a note over 500 characters and any
 * text at the photo step of a progress report; an announcement over LINE's 5,000 characters, a
 * link that is not https and a photo that is not JPEG or PNG. The photo step offers the camera and
 * the gallery.
 */
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Item = { action: { type: string; label?: string; data?: string } };
type Sent = { type: string; text?: string; quickReply?: { items: Item[] } };

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ adminUserIds: [ADMIN] });
});
afterAll(() => h.close());

async function say(userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  await h.standin.sendAsUser(userId, input);
  return h.botMessages(userId).slice(before) as Sent[];
}

/** The labels of the quick replies a person sees after this reply (LINE shows the last message's). */
const buttons = (reply: Sent[]) => (reply.at(-1)?.quickReply?.items ?? []).map((i) => i.action.label ?? i.action.type);
const dataOf = (reply: Sent[], label: string) => reply.at(-1)?.quickReply?.items.find((i) => i.action.label === label)?.action.data ?? "";

describe("a progress report", () => {
  let reply: Sent[];
  beforeAll(async () => {
    const code = (await say(ADMIN, { type: "text", text: "สร้างรหัส สำนักปลัด" })).at(-1)?.text ?? "";
    await say(OFFICER, { type: "text", text: code });
    const list = await say(OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    const report = /"data":"(a=pr-report[^"]*)"/.exec(JSON.stringify(list))?.[1] ?? "";
    reply = await say(OFFICER, { type: "postback", data: report });
  });

  it("keeps the status buttons after a status it cannot read, the percent buttons after a wrong percent", async () => {
    const statuses = buttons(reply);
    expect(statuses).toContain("กำลังดำเนินการ");
    expect(buttons(await say(OFFICER, { type: "text", text: "ไปได้ดี" }))).toEqual(statuses);
    const percent = await say(OFFICER, { type: "postback", data: dataOf(reply, "กำลังดำเนินการ") });
    const choices = buttons(percent);
    expect(choices).toContain("50%");
    for (const wrong of ["150", "เยอะแล้ว", "-5"]) expect({ wrong, buttons: buttons(await say(OFFICER, { type: "text", text: wrong })) }).toEqual({ wrong, buttons: choices });
    reply = await say(OFFICER, { type: "postback", data: dataOf(percent, "50%") });
  });

  it("keeps ไม่มีบันทึก after a note that is too long, and offers camera, gallery and send at the photo step", async () => {
    const noteButtons = buttons(reply);
    expect(noteButtons).toContain("ไม่มีบันทึก");
    const tooLong = await say(OFFICER, { type: "text", text: "ก".repeat(501) });
    expect(tooLong[0]?.text).toContain("501");
    expect(buttons(tooLong)).toEqual(noteButtons);

    const photoStep = await say(OFFICER, { type: "text", text: "ร่างคู่มือแล้ว" });
    const types = photoStep.at(-1)?.quickReply?.items.map((i) => i.action.type);
    expect(types).toEqual(["camera", "cameraRoll", "postback"]);
    expect(buttons(photoStep)).toEqual(["ถ่ายรูป", "เลือกรูป", "ส่งรายงาน"]);
    expect(buttons(await say(OFFICER, { type: "text", text: "รูปอยู่ในมือถืออีกเครื่อง" }))).toEqual(buttons(photoStep));
  });
});

describe("an announcement draft", () => {
  beforeAll(async () => {
    await say(ADMIN, { type: "text", text: "ยกเลิก" });
  });

  it("keeps ยกเลิก after a text over 5,000 characters, ไม่แนบ and ยกเลิก after a link or photo it refuses", async () => {
    expect(buttons(await say(ADMIN, { type: "text", text: "สร้างประกาศ" }))).toEqual(["ยกเลิก"]);
    const tooLong = await say(ADMIN, { type: "text", text: "ข".repeat(5001) });
    expect(tooLong[0]?.text).toContain("5,001");
    expect(buttons(tooLong)).toEqual(["ยกเลิก"]);

    const extra = await say(ADMIN, { type: "text", text: "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน" });
    expect(buttons(extra)).toEqual(["ไม่แนบ", "ยกเลิก"]);
    expect(buttons(await say(ADMIN, { type: "text", text: "www.example.com" }))).toEqual(["ไม่แนบ", "ยกเลิก"]);
    const gif = await say(ADMIN, { type: "image", bytes: Buffer.from("GIF89a"), contentType: "image/gif" });
    expect(gif[0]?.text).toMatch(/JPEG|https/);
    expect(buttons(gif)).toEqual(["ไม่แนบ", "ยกเลิก"]);
  });
});
