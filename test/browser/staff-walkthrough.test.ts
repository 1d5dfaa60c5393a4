/**
 * Staff find and use their commands on the chat page, in Chromium at phone width, by tapping: the
 * rich menu linked to each person is drawn and its areas work, "เมนูทั้งหมด" opens the help menu of
 * their role, and from there an admin sees the overview, creates a link code, starts and
 * previews an announcement, picks its time in the date picker, and gets the report link; a citizen who types that code becomes an
 * officer, sees the rich menu switch to the officer's, lists activities and reports progress
 * (status, percent, a typed note, no photo, send). Typing is used only for the code, the note
 * and the announcement's text.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { describeInBrowser, launchBrowser, VIEWPORTS } from "../support/browser";
import { startLocalRun, type LocalRun } from "../support/local-run";
import { botStep, BOT_WAIT as WAIT } from "../support/bot-step";

const ADMIN = "ปลัด อบต. (ผู้ดูแล)";
/** Set to a folder to keep screenshots of each stage, to look at what a person sees. */
const SHOTS = process.env.SCREENSHOT_DIR;
const CITIZEN = "สมชาย ใจดี";

describeInBrowser("staff walk through their work by tapping (chat page, Chromium)", () => {
  let run: LocalRun;
  let browser: Browser;
  const dataDir = mkdtempSync(join(tmpdir(), "ita-walk-"));
  beforeAll(async () => {
    [run, browser] = await Promise.all([startLocalRun({ LOCAL_DATA_DIR: dataDir }), launchBrowser()]);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await run?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openAs(persona: string): Promise<Page> {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.once("close", () => expect(errors).toEqual([]));
    await page.goto(run.baseUrl + "/");
    await page.selectOption("#persona", { label: persona });
    await page.waitForSelector('#messages[data-replayed="true"]', WAIT);
    return page;
  }

  /** Does `act`, then waits for a bot message after it that says `expected` (a screenshot if none comes). */
  const step = (page: Page, act: () => Promise<unknown>, expected: string | RegExp): Promise<Locator> =>
    botStep(page, act, expected, () => shot(page, `failed-${Date.now()}`));

  /** The rich menu's bar says `chatBarText`, and its image has loaded. */
  async function richMenuIs(page: Page, chatBarText: string): Promise<void> {
    await page.waitForFunction((t) => document.querySelector("#rich-menu-bar-text")?.textContent === t, chatBarText, WAIT);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>("#rich-menu-image");
      return Boolean(img && img.complete && img.naturalWidth === 2500);
    }, undefined, WAIT);
  }

  /** Taps the rich-menu area labelled `label`, opening the menu first if it is closed. */
  async function tapMenu(page: Page, label: string): Promise<void> {
    if (await page.locator("#rich-menu").isHidden()) await page.click("#rich-menu-bar");
    await page.locator(`#rich-menu .rich-menu-area[aria-label="${label}"]`).click();
  }

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const quickReply = (page: Page, label: string) => page.locator(".quick-reply", { hasText: label }).first().click();
  const button = (message: Locator, label: string) => message.locator(".has-action", { hasText: new RegExp(`^${label}$`) }).first().click();

  async function newCode(page: Page, unit: string): Promise<string> {
    await step(page, () => tapMenu(page, "สร้างรหัส"), "สร้างรหัสให้หน่วยงานไหนคะ");
    const code = await step(page, () => quickReply(page, unit), /^[A-Z0-9]{6}$/m);
    return (await code.locator(".bubble").innerText()).trim();
  }

  it("admin: the rich menu and the help menu lead to the overview, a link code, an announcement preview and the report link", async () => {
    const page = await openAs(ADMIN);
    await richMenuIs(page, "เมนูผู้ดูแล");
    await shot(page, "admin-rich-menu");

    const help = await step(page, () => tapMenu(page, "เมนูทั้งหมด"), "สำหรับผู้ดูแล");
    expect(await help.innerText()).toContain("สำหรับเจ้าหน้าที่");
    await shot(page, "admin-help-menu");

    const overview = await step(page, () => button(help, "ภาพรวม"), "ภาพรวมความคืบหน้า");
    expect(await overview.innerText()).toContain("กิจกรรม");
    await shot(page, "admin-overview");

    expect(await newCode(page, "กองคลัง")).toMatch(/^[A-Z0-9]{6}$/);

    await step(page, () => tapMenu(page, "สร้างประกาศ"), "พิมพ์ข้อความประกาศ");
    await step(page, async () => {
      await page.fill("#text", "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน วันเสาร์นี้ 09:00 น.");
      await page.keyboard.press("Enter");
    }, "แนบลิงก์หรือรูปภาพ");
    await step(page, () => quickReply(page, "ไม่แนบ"), "ตัวอย่างด้านบนคือสิ่งที่ผู้รับจะเห็น");
    expect(await page.locator(".row-bot", { hasText: "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน" }).count()).toBeGreaterThanOrEqual(1);
    await shot(page, "admin-announcement-preview");
    // The time is picked by tapping, in the picker LINE's app opens; the page shows what was
    // picked, as a note, and never the postback's data.
    await step(page, () => quickReply(page, "เจ้าหน้าที่ทั้งหมด"), "ต้องการส่งเมื่อไหร่คะ");
    await step(page, () => quickReply(page, "ตั้งเวลา"), "เลือกวันเวลา");
    await quickReply(page, "เลือกวันเวลา");
    await page.locator("#picker[open]").waitFor(WAIT);
    expect(await page.inputValue("#picker-input")).toMatch(/^\d{4}-\d{2}-\d{2}T09:00$/);
    const picked = await step(page, () => page.click("#picker-ok"), "ตรวจสอบก่อนส่งค่ะ");
    expect(await picked.innerText()).toMatch(/เวลาส่ง: \d{1,2} \S+ \d{4} เวลา 09:00 น\./);
    expect(await page.locator(".note", { hasText: "คุณเลือก" }).count()).toBe(1);
    expect(await page.locator("#messages").innerText()).not.toMatch(/postback|a=ann/);
    await shot(page, "admin-announcement-time-picked");
    await step(page, () => quickReply(page, "ยกเลิก"), "ยกเลิกรายการ");

    // The links come as buttons on a card (issue 15), and the button opens the report.
    const exported = await step(page, () => tapMenu(page, "ส่งออกรายงาน"), "รายงานความคืบหน้าตามมาตรการ");
    await shot(page, "admin-export");
    const [report] = await Promise.all([page.context().waitForEvent("page"), exported.locator("button", { hasText: "เปิดรายงาน" }).click()]);
    await report.waitForLoadState();
    expect(report.url()).toMatch(/\/reports\/progress\?token=/);
    // The report itself, not the refusal or no-year page (the check the status 200 made before the button).
    expect(await report.title()).toMatch(/^รายงานผลการดำเนินงานตามมาตรการ /);
    await report.close();
    await page.close();
  }, 180_000);

  it("officer: a citizen links with a code, gets the officer menu, and reports progress by taps", async () => {
    const admin = await openAs(ADMIN);
    await richMenuIs(admin, "เมนูผู้ดูแล");
    const code = await newCode(admin, "กองคลัง");
    await admin.close();

    const page = await openAs(CITIZEN);
    // A chat that never started says where to begin, as LINE's add-friend bar does.
    expect(await page.locator(".note", { hasText: "เพิ่มเพื่อน" }).count()).toBe(1);
    await richMenuIs(page, "เมนู");
    await step(page, async () => {
      await page.fill("#text", code);
      await page.keyboard.press("Enter");
    }, "ลงทะเบียนเป็นเจ้าหน้าที่ของกองคลัง");
    await richMenuIs(page, "เมนูงาน");
    await shot(page, "officer-linked-menu");
    expect(await page.locator("#rich-menu .rich-menu-area").evaluateAll((areas) => areas.map((a) => a.getAttribute("aria-label")))).toContain("กิจกรรมของฉัน");

    const help = await step(page, () => tapMenu(page, "เมนูทั้งหมด"), "สำหรับเจ้าหน้าที่");
    expect(await help.innerText()).not.toContain("สำหรับผู้ดูแล");

    await step(page, () => button(help, "กิจกรรมของฉัน"), "กิจกรรมของกองคลัง");
    const activities = page.locator(".row-bot .flex-carousel").last();
    await activities.waitFor(WAIT);
    await step(page, () => button(activities, "รายงาน"), "สถานะตอนนี้เป็นอย่างไรคะ");
    await step(page, () => quickReply(page, "กำลังดำเนินการ"), "กี่เปอร์เซ็นต์");
    await step(page, () => quickReply(page, "50%"), "บันทึกสั้น ๆ");
    await step(page, async () => {
      await page.fill("#text", "จัดทำคู่มือการเงินแล้วครึ่งหนึ่ง");
      await page.keyboard.press("Enter");
    }, "ส่งรูปถ่ายเป็นหลักฐาน");
    const offered = await page.locator(".quick-reply").allInnerTexts();
    expect(offered.join("|")).toMatch(/ถ่ายรูป.*เลือกรูป.*ส่งรายงาน/);
    // The camera and gallery buttons open the device's picker, as they do in LINE.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", WAIT), quickReply(page, "ถ่ายรูป")]);
    expect(chooser.isMultiple()).toBe(false);
    await shot(page, "officer-photo-step");
    const receipt = await step(page, () => quickReply(page, "ส่งรายงาน"), "บันทึกรายงานเรียบร้อยแล้ว");
    expect(await receipt.innerText()).toContain("50%");
    expect(await receipt.innerText()).toContain("จัดทำคู่มือการเงินแล้วครึ่งหนึ่ง");
    await shot(page, "officer-receipt");
    await page.close();
  }, 180_000);
});
