/**
 * An admin sets an announcement's time by tapping (issue 15: "walks an admin through their main
 * flows by tapping only"; the newcomer run found the time could only be typed): the time question
 * offers LINE's date-and-time picker, starting at the example time and never before now, and what
 * is picked is read as Bangkok time; a time that has passed or a pick without a time is asked again.
 */
import { createFixedClock } from "../../src/clock";
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Action = { type: string; label: string; data?: string; text?: string; mode?: string; initial?: string; min?: string };
type Sent = { type: string; text?: string; quickReply?: { items: Array<{ action: Action }> } };

/** 25 พ.ย. 2568 09:00 in Bangkok. */
const START = new Date("2025-11-25T02:00:00Z");

describe("an announcement's time, picked by tapping", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock: createFixedClock(START) });
    for (const user of [ADMIN, OFFICER]) await h.standin.sendAsUser(user, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer");
  });
  afterAll(() => h.close());

  const send = async (input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> => {
    const before = h.botMessages(ADMIN).length;
    expect((await h.standin.sendAsUser(ADMIN, input)).status).toBe(200);
    return (h.botMessages(ADMIN) as Sent[]).slice(before);
  };
  const button = (messages: Sent[], label: string): Action => {
    const found = messages.at(-1)?.quickReply?.items.find((i) => i.action.label === label)?.action;
    if (!found) throw new Error(`no "${label}" on ${JSON.stringify(messages.at(-1))}`);
    return found;
  };
  const tap = (messages: Sent[], label: string) => send({ type: "postback", data: button(messages, label).data ?? "" });

  it("offers the picker at the time question, and schedules what is picked in Bangkok time", async () => {
    await send({ type: "text", text: "สร้างประกาศ" });
    const extra = await send({ type: "text", text: "ประชุมประจำเดือน" });
    const preview = await tap(extra, "ไม่แนบ");
    const when = await tap(preview, "เจ้าหน้าที่ทั้งหมด");
    const ask = await tap(when, "ตั้งเวลา");
    const picker = button(ask, "เลือกวันเวลา");
    expect(picker).toMatchObject({ type: "datetimepicker", mode: "datetime", min: "2025-11-25T09:00", initial: "2025-11-26T09:00" });

    const past = await send({ type: "postback", data: picker.data ?? "", params: { datetime: "2025-11-25T08:00" } });
    expect(past[0]?.text).toContain("ผ่านไปแล้ว");
    expect(button(past, "เลือกวันเวลา").type).toBe("datetimepicker");
    const dateOnly = await send({ type: "postback", data: picker.data ?? "", params: { date: "2025-11-27" } });
    expect(dateOnly[0]?.text).toContain("ทั้งวันและเวลา");

    const confirm = await send({ type: "postback", data: picker.data ?? "", params: { datetime: "2025-11-27T14:30" } });
    expect(confirm[0]?.text).toContain("เวลาส่ง: 27 พ.ย. 2568 เวลา 14:30 น.");
    const done = await tap(confirm, "ยืนยันส่ง");
    expect(done[0]?.text).toContain("27 พ.ย. 2568 เวลา 14:30 น.");
  });
});
