/**
 * The local chat page in a real browser, at phone and desktop widths: a citizen adds the bot,
 * gets the greeting, asks about an item, sees the Flex card, and taps a quick reply.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { describeInBrowser, launchBrowser, VIEWPORTS } from "../support/browser";
import { startLocalRun, type LocalRun } from "../support/local-run";
import { botStep } from "../support/bot-step";

describeInBrowser("chat page in Chromium", () => {
  let run: LocalRun;
  let browser: Browser;
  const dataDir = mkdtempSync(join(tmpdir(), "ita-chat-"));
  beforeAll(async () => {
    [run, browser] = await Promise.all([startLocalRun({ LOCAL_DATA_DIR: dataDir }), launchBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await run?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(Object.entries(VIEWPORTS))("lets a citizen ask and see the Flex card (%s)", async (_name, viewport) => {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(run.baseUrl + "/");
    await page.selectOption("#persona", { label: "สมชาย ใจดี" });
    // The transcript of earlier tests replays first; count from where it ends (the page marks it).
    await page.waitForSelector('#messages[data-replayed="true"]');

    await botStep(page, () => page.click("#follow"), "ยินดีต้อนรับ");

    const answer = await botStep(page, async () => {
      await page.fill("#text", "ข้อ e8 ทำไมไม่ผ่าน");
      await page.keyboard.press("Enter");
    }, "83.00");
    // The score and the item's name are on the Flex card itself, as before the wait changed.
    const card = await answer.locator(".bubble-plain").innerText();
    expect(card).toContain("83.00");
    expect(card).toContain("E-Service");

    await botStep(page, () => page.locator(".quick-reply", { hasText: "ขั้นตอน" }).first().click(), "จัดให้มีการบริการในรูปแบบออนไลน์");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("lets an officer report progress by taps, and the public page shows it", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(run.baseUrl + "/");
    await page.selectOption("#persona", { label: "สมศรี (เจ้าหน้าที่ สำนักปลัด)" });
    await page.waitForSelector('#messages[data-replayed="true"]');
    const step = (act: () => Promise<unknown>, expected: string) => botStep(page, act, expected);
    await step(async () => {
      await page.fill("#text", "กิจกรรมของฉัน");
      await page.keyboard.press("Enter");
    }, "กิจกรรมของสำนักปลัด");
    await step(() => page.locator(".has-action", { hasText: /^รายงาน$/ }).first().click(), "สถานะตอนนี้เป็นอย่างไรคะ");
    await step(() => page.locator(".quick-reply", { hasText: "กำลังดำเนินการ" }).click(), "กี่เปอร์เซ็นต์");
    await step(() => page.locator(".quick-reply", { hasText: "50%" }).click(), "บันทึกสั้น ๆ");
    await step(async () => {
      await page.fill("#text", "ร่างคู่มือเสร็จครึ่งหนึ่ง");
      await page.keyboard.press("Enter");
    }, "ส่งรูปถ่ายเป็นหลักฐาน");
    // Photos are optional: go straight to sending the report.
    const done = await step(() => page.locator(".quick-reply", { hasText: "ส่งรายงาน" }).click(), "บันทึกรายงานเรียบร้อยแล้ว");
    expect(await done.innerText()).toContain("50%");
    expect(await done.innerText()).toContain("ร่างคู่มือเสร็จครึ่งหนึ่ง");

    const pub = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await pub.goto(run.baseUrl + "/public");
    const row = pub.locator("tr", { hasText: "กำลังดำเนินการ" });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain("สำนักปลัด");
    expect(await row.locator('[role="progressbar"]').getAttribute("aria-valuenow")).toBe("50");
    await pub.close();
    await page.close();
  }, 60_000);
});
