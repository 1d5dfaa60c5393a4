/**
 * The public page in Chromium at phone and desktop widths: it shows what Firestore holds (a
 * progress report, the Q&A counts), fits the screen, and carries no personal data.
 */
import type { Browser } from "playwright-core";
import { createProgressService } from "../../src/progress/progress-service";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { recordQuestionOutcome } from "../../src/stats/qa-stats";
import { describeInBrowser, launchBrowser, VIEWPORTS } from "../support/browser";
import { startBotHarness, type BotHarness } from "../support/bot-harness";

describeInBrowser("public page in Chromium", () => {
  let h: BotHarness;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    [h, browser] = await Promise.all([startBotHarness({ deps: { lineBasicId: "@123abcde" } }), launchBrowser()]);
    base = h.webhookUrl.replace(/\/webhook$/, "");
    const plan = loadDefaultPlan();
    const progress = createProgressService(h.fs.db, plan);
    const finance = (await progress.activities()).find((a) => a.issueNumber === 4 && a.stepNumber === 3);
    if (!finance) throw new Error("no activity for issue 4 step 3");
    await progress.store.record(
      {
        planId: plan.id,
        activityId: finance.id,
        unitId: finance.unitId,
        issueNumber: 4,
        stepNumber: 3,
        status: "in_progress",
        percent: 65,
        note: "ตรวจนับครุภัณฑ์แล้ว 2 อาคาร (บันทึกภายใน)",
        reportedBy: "U" + "f".repeat(32),
        reporterName: "สมหญิง ผู้ตรวจ",
        draftId: "d1",
      },
      new Date("2026-11-20T03:00:00Z"),
    );
    for (let i = 0; i < 7; i++) await recordQuestionOutcome(h.fs.db, { answered: true, kind: "plan" }, new Date());
    await recordQuestionOutcome(h.fs.db, { answered: false, kind: "handoff" }, new Date());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it.each(Object.entries(VIEWPORTS))("shows the reported progress and the Q&A counts (%s)", async (_name, viewport) => {
    const page = await browser.newPage({ viewport });
    const res = await page.goto(`${base}/public`);
    expect(res?.status()).toBe(200);
    const issue4 = page.locator("#issue-4");
    await expect(issue4.innerText()).resolves.toContain("กองคลัง");
    const row = issue4.locator("tr", { hasText: "กำลังดำเนินการ" });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/65%[\s\S]*20 พ.ย. 2569/);
    expect(await row.locator('[role="progressbar"]').getAttribute("aria-valuenow")).toBe("65");
    // Every cell of the row is on screen, the percent and the date included: on a phone the
    // activity table is stacked, not a box to swipe sideways in (issue 15, newcomer run).
    for (const cell of await row.locator("td").all()) {
      const box = await cell.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
    }
    await expect(page.locator("#qa-stats").innerText()).resolves.toMatch(/คำถามทั้งหมด 8 เรื่อง · ระบบตอบเอง 7 · เจ้าหน้าที่ตอบ 0 · ปิดโดยไม่ได้ตอบ 1 · รอคำตอบ 0/);
    expect(await page.locator("a", { hasText: "เพิ่มเพื่อนใน LINE" }).getAttribute("href")).toBe("https://line.me/R/ti/p/%40123abcde");
    expect(await page.locator("svg").count()).toBe(1);

    const text = await page.locator("body").innerText();
    expect(text).not.toContain("สมหญิง");
    expect(text).not.toContain("บันทึกภายใน");
    // Nothing wider than the screen, phones included (tables scroll inside their own box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  }, 30_000);
});
