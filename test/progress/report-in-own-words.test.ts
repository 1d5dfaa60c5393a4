/**
 * An officer reporting the way people do (issue 15's newcomer run): typing the status and percent
 * in their own words, and tapping "รายงาน" again on an old carousel halfway through a report. What
 * they already gave is never dropped without a word.
 */
import { createFixedClock } from "../../src/clock";
import { PROGRESS_COLLECTIONS } from "../../src/progress/progress-store";
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = Record<string, unknown>;
const textOf = (m: Sent | undefined) => String(m?.text ?? m?.altText ?? "");
const allText = (messages: Sent[]) => messages.map(textOf).join("\n");

async function say(h: BotHarness, userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> {
  const before = h.botMessages(userId).length;
  const res = await h.standin.sendAsUser(userId, input);
  expect(res.status).toBe(200);
  return (h.botMessages(userId) as unknown as Sent[]).slice(before);
}

const quickLabels = (messages: Sent[]): string[] =>
  ((messages.at(-1)?.quickReply as { items?: Array<{ action: { label: string } }> })?.items ?? []).map((i) => i.action.label);

function quick(messages: Sent[], label: string): string {
  const items = (messages.at(-1)?.quickReply as { items?: Array<{ action: { label: string; data?: string } }> })?.items ?? [];
  const data = items.find((i) => i.action.label === label)?.action.data;
  if (!data) throw new Error(`no quick reply "${label}" in ${JSON.stringify(messages.at(-1))}`);
  return data;
}

describe("an officer reports in their own words, and old buttons keep what they gave", () => {
  const clock = createFixedClock(new Date("2025-03-01T02:00:00Z"));
  let h: BotHarness;
  const report: string[] = [];
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    await h.standin.sendAsUser(OFFICER, { type: "follow" });
    const code = textOf((await say(h, ADMIN, { type: "text", text: "สร้างรหัส สำนักปลัด" })).at(-1));
    await say(h, OFFICER, { type: "text", text: code });
    const list = await say(h, OFFICER, { type: "text", text: "กิจกรรมของฉัน" });
    const flex = list.find((m) => m.type === "flex") as { contents: { contents: Array<Record<string, any>> } };
    for (const bubble of flex.contents.contents.slice(0, 3)) report.push(bubble.footer.contents[0].action.data);
  });
  afterAll(() => h.close());

  it("reads 'ครึ่งนึงค่ะ' at the status step as in progress at 50%, and goes on to the note", async () => {
    await say(h, OFFICER, { type: "postback", data: report[0]! });
    const reply = await say(h, OFFICER, { type: "text", text: "ครึ่งนึงค่ะ" });
    expect(textOf(reply[0])).toContain("กำลังดำเนินการ (50%)");
    expect(allText(reply)).toContain("บันทึกสั้น ๆ");
    const photoStep = await say(h, OFFICER, { type: "text", text: "ร่างคู่มือแล้ว" });
    expect(quickLabels(photoStep)).toContain("ส่งรายงาน");
  });

  it("picks the report up where it was when 'รายงาน' on the same activity is tapped again", async () => {
    const again = await say(h, OFFICER, { type: "postback", data: report[0]! });
    expect(textOf(again[0])).toContain("ค้างไว้");
    expect(textOf(again[0])).toContain("50%");
    expect(textOf(again[0])).toContain("ร่างคู่มือแล้ว");
    expect(quickLabels(again)).toContain("ส่งรายงาน");
  });

  it("asks before a tap on another activity drops the unfinished report, and can go back to it", async () => {
    const other = await say(h, OFFICER, { type: "postback", data: report[1]! });
    expect(textOf(other[0])).toContain("ค้างอยู่");
    expect(quickLabels(other)).toEqual(["ทำรายการเดิมต่อ", "เริ่มกิจกรรมใหม่"]);
    const back = await say(h, OFFICER, { type: "postback", data: quick(other, "ทำรายการเดิมต่อ") });
    expect(textOf(back[0])).toContain("ร่างคู่มือแล้ว");
    const receipt = await say(h, OFFICER, { type: "postback", data: quick(back, "ส่งรายงาน") });
    expect(textOf(receipt[0])).toContain("บันทึกรายงานเรียบร้อยแล้ว");
    const saved = (await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).get()).docs.map((d) => d.data());
    expect(saved).toEqual([expect.objectContaining({ status: "in_progress", percent: 50, note: "ร่างคู่มือแล้ว" })]);
  });

  it("starts the other activity when the officer chooses to, and reads 'เสร็จแล้วค่ะ' and 'ประมาณ 60 เปอร์เซนต์'", async () => {
    await say(h, OFFICER, { type: "postback", data: report[1]! });
    await say(h, OFFICER, { type: "text", text: "ทำไปบ้างแล้ว" }).then((r) => expect(allText(r)).toContain("กี่เปอร์เซ็นต์"));
    const note = await say(h, OFFICER, { type: "text", text: "ประมาณ 60 เปอร์เซนต์" });
    expect(allText(note)).toContain("บันทึกสั้น ๆ");
    await say(h, OFFICER, { type: "text", text: "จัดอบรมแล้วสองรุ่น" });

    const asked = await say(h, OFFICER, { type: "postback", data: report[2]! });
    const fresh = await say(h, OFFICER, { type: "postback", data: quick(asked, "เริ่มกิจกรรมใหม่") });
    expect(allText(fresh)).toContain("สถานะตอนนี้เป็นอย่างไรคะ");
    const done = await say(h, OFFICER, { type: "text", text: "เสร็จแล้วค่ะ" });
    expect(textOf(done[0])).toContain("เสร็จแล้ว (100%)");
  });
});
