/**
 * People and roles through the webhook: unit codes (single use, expiring, and silent about why a
 * code fails), the admin's commands on officers and units, and a citizen who types commands or
 * crafts postbacks getting a polite refusal that changes nothing.
 */
import { createFixedClock } from "../../src/clock";
import { BAD_CODE_REPLY, TOO_MANY_CODES_REPLY } from "../../src/people/chat/unit-codes";
import { LINK_CODES_COLLECTION } from "../../src/people/link-codes";
import { PROGRESS_COLLECTIONS } from "../../src/progress/progress-store";
import { replies } from "../../src/bot/common-replies";
import { COLLECTIONS } from "../../src/store/collections";
import { unitIdFor } from "../../src/units/units";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const OTHER = "U" + "0".repeat(31) + "b";
const LATE = "U" + "0".repeat(31) + "c";

type Sent = Record<string, unknown>;
const textOf = (m: Sent | undefined) => String(m?.text ?? m?.altText ?? "");

async function say(h: BotHarness, userId: string, text: string): Promise<string[]> {
  const before = h.botMessages(userId).length;
  const res = await h.standin.sendAsUser(userId, { type: "text", text });
  expect(res.status).toBe(200);
  return (h.botMessages(userId) as unknown as Sent[]).slice(before).map(textOf);
}

async function newCode(h: BotHarness, unit: string): Promise<string> {
  const code = (await say(h, ADMIN, `สร้างรหัส ${unit}`)).at(-1) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return code;
}

const roleOf = async (h: BotHarness, userId: string) => (await h.fs.db.collection(COLLECTIONS.people).doc(userId).get()).data();

describe("unit codes", () => {
  const clock = createFixedClock(new Date("2025-01-15T03:00:00Z"));
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN], clock });
  });
  afterAll(() => h.close());

  it("stores only a hash of a code, never the code itself", async () => {
    const code = await newCode(h, "กองช่าง");
    const docs = await h.fs.db.collection(LINK_CODES_COLLECTION).get();
    expect(docs.size).toBe(1);
    expect(JSON.stringify(docs.docs.map((d) => [d.id, d.data()]))).not.toContain(code);
  });

  it("links the first sender and refuses the same code to the next, with the same words as a wrong code", async () => {
    const code = await newCode(h, "กองช่าง");
    expect((await say(h, OFFICER, `รหัส ${code.toLowerCase()}`))[0]).toContain("ลงทะเบียนเป็นเจ้าหน้าที่ของกองช่าง");
    expect(await roleOf(h, OFFICER)).toMatchObject({ role: "officer", unitId: unitIdFor("กองช่าง") });
    expect(await say(h, OTHER, code)).toEqual([BAD_CODE_REPLY]);
    expect(await say(h, OTHER, "รหัส ZZZZ99")).toEqual([BAD_CODE_REPLY]);
    expect((await roleOf(h, OTHER))?.role).toBe("citizen");
  });

  it("tells someone who sent too many wrong codes to wait, and does not link them with a right one meanwhile", async () => {
    const GUESSER = "U" + "0".repeat(31) + "d";
    for (const guess of ["XXXX92", "XXXX93", "XXXX94", "XXXX96", "XXXX97"]) expect(await say(h, GUESSER, guess)).toEqual([BAD_CODE_REPLY]);
    const code = await newCode(h, "กองช่าง");
    expect(await say(h, GUESSER, code)).toEqual([TOO_MANY_CODES_REPLY]);
    expect((await roleOf(h, GUESSER))?.role).toBe("citizen");
  });

  it("refuses an expired code", async () => {
    const code = await newCode(h, "กองคลัง");
    clock.advance(24 * 60 * 60 * 1000 + 1);
    expect(await say(h, LATE, code)).toEqual([BAD_CODE_REPLY]);
    expect((await roleOf(h, LATE))?.role).toBe("citizen");
  });

  it("does not take a six-letter word for a code", async () => {
    const answer = await say(h, CITIZEN, "HELLOS");
    expect(answer.join()).not.toContain("รหัส");
  });
});

describe("admin commands on officers and units", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [ADMIN, OFFICER, OTHER]) await h.standin.sendAsUser(u, { type: "follow" });
  });
  afterAll(() => h.close());

  it("lists officers by number without LINE user IDs, moves one, makes one admin, removes one", async () => {
    await say(h, OFFICER, await newCode(h, "สำนักปลัด"));
    h.standin.state.setProfile(OTHER, { displayName: "สมหญิง" });
    await h.standin.sendAsUser(OTHER, { type: "follow" });
    await say(h, OTHER, await newCode(h, "กองคลัง"));
    const [list] = await say(h, ADMIN, "เจ้าหน้าที่ทั้งหมด");
    expect(list).toContain("เจ้าหน้าที่ทั้งหมด 3 คน");
    expect(list).not.toMatch(/U[0-9a-f]{32}/);
    const numberOf = (name: string) => /(\d+)\. ([^\n—]+) —/g.exec(list!.split("\n").find((l) => l.includes(name)) ?? "")?.[1];
    const somsri = numberOf("สมศรี");
    const somying = numberOf("สมหญิง");
    expect(somsri && somying).toBeTruthy();

    expect((await say(h, ADMIN, `ย้ายหน่วย ${somsri} กองช่าง`))[0]).toContain("ไปที่กองช่าง");
    expect(await roleOf(h, OFFICER)).toMatchObject({ role: "officer", unitId: unitIdFor("กองช่าง") });

    expect((await say(h, ADMIN, `ตั้งผู้ดูแล ${somying}`))[0]).toContain("เป็นผู้ดูแลเรียบร้อย");
    expect((await roleOf(h, OTHER))?.role).toBe("admin");
    expect(h.standin.state.richMenus.userLinks.has(OTHER)).toBe(false); // no menus set up: nothing linked, nothing broken

    // Removing asks first (issue 15); the role changes only on the confirming tap.
    expect((await say(h, ADMIN, `ลบเจ้าหน้าที่ ${somsri}`))[0]).toContain("ยืนยันยกเลิกสิทธิ์");
    expect((await roleOf(h, OFFICER))?.role).toBe("officer");
    const confirm = (h.botMessages(ADMIN).at(-1) as { quickReply?: { items: Array<{ action: { label: string; data?: string } }> } }).quickReply?.items.find((i) => i.action.label === "ยืนยันลบ")?.action.data ?? "";
    await h.standin.sendAsUser(ADMIN, { type: "postback", data: confirm });
    expect(textOf(h.botMessages(ADMIN).at(-1) as unknown as Sent)).toContain("ยกเลิกสิทธิ์เจ้าหน้าที่ของ");
    expect(await roleOf(h, OFFICER)).toMatchObject({ role: "citizen", unitId: null });
    expect(await say(h, OFFICER, "กิจกรรมของฉัน")).toEqual([replies.notAllowed().type === "text" ? (replies.notAllowed() as { text: string }).text : ""]);
  });

  it("refuses to demote a configured admin or a number that was never listed", async () => {
    const [list] = await say(h, ADMIN, "เจ้าหน้าที่ทั้งหมด");
    const adminNumber = /(\d+)\. [^\n]*ตั้งค่าระบบ/.exec(list!)?.[1];
    expect((await say(h, ADMIN, `ลบเจ้าหน้าที่ ${adminNumber}`))[0]).toContain("ADMIN_USER_IDS");
    expect((await say(h, ADMIN, "ลบเจ้าหน้าที่ 99"))[0]).toContain("ไม่พบหมายเลขนี้");
    expect((await roleOf(h, ADMIN))?.role).toBe("admin");
  });

  it("lists, adds and renames units; a new unit gets the plan's all-unit activities", async () => {
    expect((await say(h, ADMIN, "หน่วยงานทั้งหมด"))[0]).toContain("หน่วยงานทั้งหมด 6 หน่วย");
    expect((await say(h, ADMIN, "เพิ่มหน่วยงาน หน่วยตรวจสอบภายใน"))[0]).toContain("เพิ่มหน่วยงาน หน่วยตรวจสอบภายใน เรียบร้อย");
    expect((await say(h, ADMIN, "เพิ่มหน่วยงาน หน่วยตรวจสอบภายใน"))[0]).toContain("มีหน่วยงาน");
    expect((await say(h, ADMIN, "แก้ชื่อหน่วยงาน หน่วยตรวจสอบภายใน เป็น หน่วยตรวจสอบ"))[0]).toContain("เป็น หน่วยตรวจสอบ เรียบร้อย");
    const auditor = "U" + "0".repeat(31) + "9";
    await say(h, auditor, await newCode(h, "หน่วยตรวจสอบ"));
    const list = await say(h, auditor, "กิจกรรมของฉัน");
    expect(list[0]).toContain("กิจกรรมของหน่วยตรวจสอบ 13 กิจกรรม");
  });
});

describe("a citizen who tries staff commands and postbacks", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
  });
  afterAll(() => h.close());

  const refusal = (replies.notAllowed() as { text: string }).text;
  const activity = `wiang-tha-kan-2568.1.1.${unitIdFor("สำนักปลัด")}`;

  it.each(["กิจกรรมของฉัน", "รายงานความคืบหน้า", "ภาพรวม", "ส่งออกรายงาน", "สร้างรหัส กองช่าง", "เจ้าหน้าที่ทั้งหมด", "ย้ายหน่วย 1 กองช่าง", "ลบเจ้าหน้าที่ 1", "ตั้งผู้ดูแล 1", "เพิ่มหน่วยงาน กองปลอม"])(
    "is politely refused when typing %s",
    async (command) => {
      expect(await say(h, CITIZEN, command)).toEqual([refusal]);
    },
  );

  it.each([
    `a=pr-report&id=${activity}`,
    `a=pr-status&id=${activity}&s=done`,
    `a=pr-submit&id=${activity}`,
    `a=pr-history&id=${activity}`,
    "a=pr-list&p=1",
    "a=pr-overview",
    "a=pp-staff",
    "a=pp-code&u=x",
  ])("is politely refused for the crafted postback %s, and nothing changes", async (data) => {
    const before = h.botMessages(CITIZEN).length;
    await h.standin.sendAsUser(CITIZEN, { type: "postback", data });
    expect((h.botMessages(CITIZEN) as unknown as Sent[]).slice(before).map(textOf)).toEqual([refusal]);
    expect((await h.fs.db.collection(PROGRESS_COLLECTIONS.reports).get()).size).toBe(0);
    expect((await h.fs.db.collection(LINK_CODES_COLLECTION).get()).size).toBe(0);
    expect((await roleOf(h, CITIZEN))?.role).toBe("citizen");
  });
});
