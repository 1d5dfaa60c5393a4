/**
 * The local run's demonstration copy, through the webhook: the shipped plan's year is over, so the
 * bot holds it as the closed year it is and a copy moved to the current year, which says ตัวอย่าง
 * wherever it appears (greeting, answers' cited source, overview, public page), while the real
 * organisation's own year is shown as the organisation published it.
 */
import { createFixedClock } from "../../src/clock";
import { localSeedPlans } from "../../src/dev/local-plans";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { ADMIN, CITIZEN, startBotHarness, type BotHarness } from "../support/bot-harness";

const NOW = new Date("2026-12-05T03:00:00Z");

describe("the local run's ตัวอย่าง copy of the shipped plan", () => {
  let h: BotHarness;
  const say = async (userId: string, input: Parameters<BotHarness["standin"]["sendAsUser"]>[1]) => {
    const before = h.botMessages(userId).length;
    expect((await h.standin.sendAsUser(userId, input)).status).toBe(200);
    return JSON.stringify(h.botMessages(userId).slice(before));
  };

  beforeAll(async () => {
    h = await startBotHarness({ clock: createFixedClock(NOW), deps: { seedPlans: localSeedPlans(loadDefaultPlan(), { planFileSet: false, now: NOW }) } });
  });
  afterAll(() => h.close());

  it("says ตัวอย่าง in the greeting, the answers' source and the overview", async () => {
    expect(await say(CITIZEN, { type: "follow" })).toContain("อบต.เวียงท่ากาน (ตัวอย่าง)");
    const answer = await say(CITIZEN, { type: "text", text: "ประเด็นที่ 4 ใครรับผิดชอบ" });
    expect(answer).toContain("ที่มา: มาตรการฯ อบต.เวียงท่ากาน (ตัวอย่าง) ปีงบประมาณ พ.ศ. 2570");
    await say(ADMIN, { type: "follow" });
    const overview = await say(ADMIN, { type: "text", text: "ภาพรวม" });
    expect(overview).toContain("ภาพรวมความคืบหน้า อบต.เวียงท่ากาน (ตัวอย่าง) ปีงบประมาณ พ.ศ. 2570");
  });

  it("keeps the real plan as its closed year, without the word ตัวอย่าง", async () => {
    const answer = await say(CITIZEN, { type: "text", text: "ปีงบ 2568 ประเด็นที่ 4 ใครรับผิดชอบ" });
    expect(answer).toContain("ที่มา: มาตรการฯ อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2568)");
    const overview = await say(ADMIN, { type: "text", text: "ภาพรวม 2568" });
    expect(overview).toContain("อบต.เวียงท่ากาน ปีงบประมาณ พ.ศ. 2568 (ปิดปีงบประมาณแล้ว)");
    expect(overview).not.toContain("(ตัวอย่าง)");
  });

  it("marks the public page of the copy, and not the real year's", async () => {
    const base = h.webhookUrl.replace(/\/webhook$/, "");
    const current = await (await fetch(`${base}/public`)).text();
    expect(current).toContain('id="sample"');
    expect(current).toContain("ไม่ใช่แผนที่หน่วยงานเผยแพร่");
    const real = await (await fetch(`${base}/public/2568`)).text();
    expect(real).not.toContain('id="sample"');
    expect(real).not.toContain("(ตัวอย่าง)");
    expect(real).toContain("ไม่มีรายงานความคืบหน้าในระบบสำหรับปีงบประมาณ พ.ศ. 2568");
  });
});
