/**
 * The numbers add up: after a scripted mix of events through the webhook (answered by the bot,
 * handed to staff and answered, closed with each reason, not sent to staff, still open, a
 * confidential complaint, officers' and admins' own messages, a citizen who deleted their data),
 * every citizen question is counted once, in one state, and the states sum to the total in the
 * statistics, on the public page and in the admins' "สถิติถามตอบ", by fiscal year.
 */
import { createFixedClock } from "../../src/clock";
import { questionStats, type MonthStats } from "../../src/stats/qa-stats";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { fiscalYearSpan } from "../../src/thai/fiscal-year";
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; quickReply?: { items: Array<{ action: { label: string; data?: string } }> } };
const citizen = (n: number) => "U" + "c".repeat(30) + String(n).padStart(2, "0");
const PLAN_QUESTION = "คะแนน ITA ปี 2567 ได้เท่าไหร่";
const UNKNOWN_QUESTION = "อบต. เปิดวันเสาร์ไหมคะ";

const sumOfStates = (m: MonthStats) => m.answeredByBot + m.answeredByStaff + m.closed + m.open;

describe("the statistics add up", () => {
  let h: BotHarness;
  // 30 ก.ย. 2569 23:50 in Bangkok: the last minutes of fiscal year 2569.
  const clock = createFixedClock(new Date("2026-09-30T16:50:00Z"));
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
    for (const u of [ADMIN, OFFICER, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(citizen)]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer");
  });
  afterAll(() => h.close());

  const send = async (user: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]): Promise<Sent[]> => {
    const before = h.botMessages(user).length;
    expect((await h.standin.sendAsUser(user, input)).status).toBe(200);
    return (h.botMessages(user) as Sent[]).slice(before);
  };
  const say = (user: string, text: string) => send(user, { type: "text", text });
  const tap = (user: string, data: string) => send(user, { type: "postback", data });
  const quick = (m: Sent | undefined, label: string) => m?.quickReply?.items.find((i) => i.action.label === label)?.action.data ?? "";
  const ticketId = async (messages: Sent[]) => {
    const code = /[QR]-\d{4,5}/.exec(messages.map((m) => m.text).join(" "))?.[0] ?? "";
    return (await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get()).docs[0]?.id ?? "";
  };

  it("counts each citizen question once, in one state, and the states sum to the total everywhere", async () => {
    // Fiscal year 2569: one question answered by the bot just before 1 October.
    expect((await say(citizen(9), PLAN_QUESTION))[0]?.text).not.toContain("ส่งคำถามนี้ให้เจ้าหน้าที่");
    clock.set(new Date("2026-10-05T03:00:00Z")); // fiscal year 2570 from here on

    // Answered by the bot, twice; a greeting is not a question.
    await say(citizen(1), PLAN_QUESTION);
    await say(citizen(1), "คะแนน ITA ได้เท่าไร");
    await say(citizen(1), "สวัสดีค่ะ");
    // Handed to staff and answered.
    const asked = await say(citizen(2), UNKNOWN_QUESTION);
    const sent = await tap(citizen(2), quick(asked[0], "ส่งให้เจ้าหน้าที่"));
    await tap(ADMIN, `a=tk-answer&t=${await ticketId(sent)}`);
    await say(ADMIN, "เปิดวันเสาร์เฉพาะช่วงรับชำระภาษีค่ะ");
    // Closed without an answer, once for each reason.
    for (const reason of ["elsewhere", "duplicate", "not-ours", "unreachable"]) {
      const t = await ticketId(await say(citizen(3), `ถนนซอย ${reason} พังเป็นหลุม ช่วยซ่อมด้วยค่ะ`));
      await tap(ADMIN, `a=tk-close-as&t=${t}&r=${reason}`);
    }
    // Still open.
    await say(citizen(4), "ไฟถนนหน้าวัดดับ ช่วยซ่อมด้วยค่ะ");
    // Not sent to staff.
    const declined = await say(citizen(5), UNKNOWN_QUESTION);
    await tap(citizen(5), quick(declined[0], "ไม่ต้อง"));
    // A confidential complaint (open).
    await say(citizen(6), "เจ้าหน้าที่เรียกเงินใต้โต๊ะตอนขออนุญาตก่อสร้าง");
    // A citizen who then deleted their data: their question stays counted, anonymised, and their
    // open ticket is closed (issue 15: it no longer waits in the queue).
    await say(citizen(7), "น้ำประปาไม่ไหลที่หมู่ 2 ช่วยแก้ไขด้วยค่ะ");
    await tap(citizen(7), "a=tk-forget");
    // Officers' and admins' own messages are not citizens' questions.
    await say(OFFICER, PLAN_QUESTION);
    await say(OFFICER, UNKNOWN_QUESTION);
    await say(ADMIN, "คะแนน ITA ข้อ i15 ได้เท่าไหร่");

    const fy2570 = fiscalYearSpan(2570);
    const stats = await questionStats(h.fs.db, { from: fy2570.from, to: new Date("2026-11-01T00:00:00+07:00") });
    const october = stats.months[0] as MonthStats;
    expect(stats.months.map((m) => m.month)).toEqual(["2026-10"]);
    expect(october).toMatchObject({ answeredByBot: 2, answeredByStaff: 1, closed: 6, open: 2, total: 11 });
    expect(october.closedByReason).toEqual({ elsewhere: 1, duplicate: 1, "not-ours": 1, unreachable: 1, "not-sent": 1, "data-deleted": 1 });
    for (const row of [...stats.months, stats.total]) {
      expect(sumOfStates(row)).toBe(row.total);
      expect(Object.values(row.closedByReason).reduce((a, b) => a + b, 0)).toBe(row.closed);
    }
    expect(stats.total.total).toBe(11);

    // The public page: the fiscal year's months, every row and the total summing.
    const html = await (await fetch(h.webhookUrl.replace(/\/webhook$/, "/public"))).text();
    expect(html).toContain("ปีงบประมาณ พ.ศ. 2570 (1 ตุลาคม – 30 กันยายน)");
    const cells = [...html.matchAll(/<tr><td>(?:<strong>)?([^<]+)(?:<\/strong>)?<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)/g)];
    const pageRows = cells.map((m) => ({ label: m[1], numbers: [m[2], m[3], m[4], m[5]].map(Number) }));
    expect(pageRows.map((r) => r.label)).toEqual(["ต.ค. 2569", "รวมปีงบประมาณ 2570"]);
    for (const r of pageRows) {
      const open = Number(new RegExp(`${r.label}[\\s\\S]*?</div></td><td class="n">(\\d+)`).exec(html)?.[1]);
      const [total, bot, staff, closed] = r.numbers as [number, number, number, number];
      expect(total).toBe(11);
      expect(bot + staff + closed + open).toBe(total);
    }
    expect(html).not.toContain("ก.ย. 2569</td>");

    // The admins' statistics in chat: this fiscal year, and the previous one on request.
    const text = (await say(ADMIN, "สถิติถามตอบ"))[0]?.text ?? "";
    expect(text).toContain("ปีงบประมาณ 2570");
    expect(text).toContain("📅 ต.ค. 2569: 11 เรื่อง");
    expect(text).toContain("บอทตอบเอง 2 · เจ้าหน้าที่ตอบ 1 · รอคำตอบ 2");
    expect(text).toContain("ปิดโดยไม่ได้ตอบ 6");
    const last = (await say(ADMIN, "สถิติถามตอบ 2569"))[0]?.text ?? "";
    expect(last).toContain("📅 ก.ย. 2569: 1 เรื่อง");
    expect(last).toContain("📅 รวม: 1 เรื่อง");
  });
});
