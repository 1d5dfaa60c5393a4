/**
 * Rich menus against the LINE stand-in through the real SDK clients: the setup creates three valid
 * menus with images and aliases (again on a second run, replacing the first), and a person's menu
 * follows their role when it changes in chat.
 */
import { inflateSync } from "node:zlib";
import express from "express";
import type { AddressInfo } from "node:net";
import { messagingApi } from "@line/bot-sdk";
import { createLineStandin, validateRichMenu } from "line-standin";
import { createMemoryLogger } from "../../src/logs";
import { ROLE_MENU_ALIAS } from "../../src/rich-menus/linker";
import { menuImage, richMenuRequest, ROLE_MENUS } from "../../src/rich-menus/menus";
import { crc32, encodePng, PNG_SIGNATURE } from "../../src/rich-menus/png";
import { setupRichMenus } from "../../src/rich-menus/setup";
import { ADMIN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

describe("png encoder", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("writes a PNG whose pixels decode back", () => {
    const png = encodePng(3, 2, (x, y) => [x * 10, y * 20, 255]);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw.subarray(0, 10)]).toEqual([0, 0, 0, 255, 10, 0, 255, 20, 0, 255]);
  });
});

describe("menu definitions", () => {
  it.each(ROLE_MENUS.map((m) => [m.role, m] as const))("%s menu passes LINE's rules and its image is under 1 MB", (_role, menu) => {
    expect(validateRichMenu(richMenuRequest(menu) as unknown as Record<string, unknown>)).toEqual([]);
    expect(menuImage(menu).length).toBeLessThan(1024 * 1024);
  });
});

describe("setup and linking", () => {
  let h: BotHarness;
  let client: messagingApi.MessagingApiClient;
  let blob: messagingApi.MessagingApiBlobClient;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    client = new messagingApi.MessagingApiClient({ channelAccessToken: "test-channel-access-token", baseURL: h.lineBaseUrl });
    blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: "test-channel-access-token", baseURL: h.lineBaseUrl });
  });
  afterAll(() => h.close());

  it("creates a menu with an image and an alias per role, the citizen menu as default; a rerun replaces them", async () => {
    const first = await setupRichMenus({ client, blob, logger: createMemoryLogger() });
    const menus = h.standin.state.richMenus;
    expect(menus.menus.size).toBe(3);
    for (const role of ["citizen", "officer", "admin"] as const) {
      expect(menus.aliases.get(ROLE_MENU_ALIAS[role])).toBe(first[role]);
      expect(menus.menus.get(first[role])?.image?.contentType).toBe("image/png");
    }
    expect(menus.defaultMenuId).toBe(first.citizen);

    const second = await setupRichMenus({ client, blob, logger: createMemoryLogger(), relink: [{ userId: ADMIN, role: "admin" }] });
    expect(menus.menus.size).toBe(3);
    expect(second.officer).not.toBe(first.officer);
    expect(menus.aliases.get(ROLE_MENU_ALIAS.officer)).toBe(second.officer);
    expect(menus.userLinks.get(ADMIN)).toBe(second.admin);
  });

  it("links an officer's menu when they join with a code, and the citizen default when removed", async () => {
    const menus = h.standin.state.richMenus;
    const before = h.botMessages(ADMIN).length;
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "สร้างรหัส กองคลัง" });
    const code = (h.botMessages(ADMIN).slice(before).at(-1) as { text: string }).text;
    await h.standin.sendAsUser(OFFICER, { type: "text", text: code });
    expect(menus.menuFor(OFFICER)).toBe(menus.aliases.get(ROLE_MENU_ALIAS.officer));

    await h.standin.sendAsUser(ADMIN, { type: "text", text: "เจ้าหน้าที่ทั้งหมด" });
    const list = (h.botMessages(ADMIN).at(-1) as { text: string }).text;
    const n = /(\d+)\. [^\n]*กองคลัง \(เจ้าหน้าที่\)/.exec(list)?.[1];
    await h.standin.sendAsUser(ADMIN, { type: "text", text: `ตั้งผู้ดูแล ${n}` });
    expect(menus.menuFor(OFFICER)).toBe(menus.aliases.get(ROLE_MENU_ALIAS.admin));
    await h.standin.sendAsUser(ADMIN, { type: "text", text: `ลบเจ้าหน้าที่ ${n}` });
    expect(menus.userLinks.has(OFFICER)).toBe(false);
    expect(menus.menuFor(OFFICER)).toBe(menus.aliases.get(ROLE_MENU_ALIAS.citizen));
  });
});
