/**
 * The rich menu of each role. Every button sends a text command (message action), so a tap shows
 * in the chat as what the person could have typed, and the server checks the role as for any text;
 * the last button of every menu opens the help menu ("เมนู"), which lists everything else.
 * Images are drawn from these definitions (`menu-image.ts`); a designed image can replace one by
 * putting `data/rich-menus/<role>.png` (same size) in place.
 */
import type { messagingApi } from "@line/bot-sdk";
import type { Role } from "../people/person";

/** A Lucide icon vendored in `data/rich-menus/icons/` (ISC license, see the LICENSE there). */
export type MenuIcon =
  | "list-checks"
  | "award"
  | "circle-x"
  | "users"
  | "inbox"
  | "circle-help"
  | "clipboard-list"
  | "chart-column"
  | "file-down"
  | "megaphone"
  | "key-round";

export interface MenuButton {
  /** Drawn on the image and used as the action's label (LINE: at most 20 characters). */
  label: string;
  /** What a tap sends. */
  text: string;
  icon: MenuIcon;
  /** The tile's colour, #RRGGBB; labels and icons are drawn in white on it. */
  color: string;
}

export interface RoleMenu {
  role: Role;
  name: string;
  chatBarText: string;
  columns: number;
  rows: 1 | 2;
  buttons: MenuButton[];
}

/** LINE's rich menu image sizes: 2500 wide, 843 (one row) or 1686 (two rows) high. */
const WIDTH = 2500;
const ROW_HEIGHT = 843;

const HELP: MenuButton = { label: "เมนูทั้งหมด", text: "เมนู", icon: "circle-help", color: "#546E7A" };

export const ROLE_MENUS: readonly RoleMenu[] = [
  {
    role: "citizen",
    name: "ประชาชน",
    chatBarText: "เมนู",
    columns: 3,
    rows: 2,
    buttons: [
      { label: "มาตรการ ITA", text: "มาตรการมีอะไรบ้าง", icon: "list-checks", color: "#2E7D32" },
      { label: "ผลคะแนน ITA", text: "ผลคะแนน ITA เป็นอย่างไร", icon: "award", color: "#1565C0" },
      { label: "ข้อที่ไม่ผ่าน", text: "ข้อไหนบ้างที่ไม่ผ่านเกณฑ์", icon: "circle-x", color: "#C62828" },
      { label: "ผู้รับผิดชอบ", text: "แต่ละประเด็นใครรับผิดชอบ", icon: "users", color: "#B45309" },
      { label: "ติดตามเรื่อง", text: "ติดตามเรื่อง", icon: "inbox", color: "#6A1B9A" },
      HELP,
    ],
  },
  {
    role: "officer",
    name: "เจ้าหน้าที่",
    chatBarText: "เมนูงาน",
    columns: 4,
    rows: 1,
    buttons: [
      { label: "กิจกรรมของฉัน", text: "กิจกรรมของฉัน", icon: "clipboard-list", color: "#1565C0" },
      { label: "เรื่องรอตอบ", text: "เรื่องค้าง", icon: "inbox", color: "#B45309" },
      { label: "มาตรการ ITA", text: "มาตรการมีอะไรบ้าง", icon: "list-checks", color: "#2E7D32" },
      HELP,
    ],
  },
  {
    role: "admin",
    name: "ผู้ดูแล",
    chatBarText: "เมนูผู้ดูแล",
    columns: 4,
    rows: 2,
    buttons: [
      { label: "ภาพรวม", text: "ภาพรวม", icon: "chart-column", color: "#2E7D32" },
      { label: "กิจกรรมของฉัน", text: "กิจกรรมของฉัน", icon: "clipboard-list", color: "#1565C0" },
      { label: "เรื่องรอตอบ", text: "เรื่องค้าง", icon: "inbox", color: "#B45309" },
      { label: "ส่งออกรายงาน", text: "ส่งออกรายงาน", icon: "file-down", color: "#6A1B9A" },
      { label: "สร้างประกาศ", text: "สร้างประกาศ", icon: "megaphone", color: "#C62828" },
      { label: "สร้างรหัส", text: "สร้างรหัส", icon: "key-round", color: "#00838F" },
      { label: "เจ้าหน้าที่", text: "เจ้าหน้าที่ทั้งหมด", icon: "users", color: "#5D4037" },
      HELP,
    ],
  },
];

export function menuSize(menu: RoleMenu): { width: number; height: number } {
  return { width: WIDTH, height: ROW_HEIGHT * menu.rows };
}

/** Where each button is on the image, in image pixels; the last column and row take any remainder. */
export function buttonBounds(menu: RoleMenu): Array<{ x: number; y: number; width: number; height: number }> {
  const { width, height } = menuSize(menu);
  const cellW = Math.floor(width / menu.columns);
  const cellH = Math.floor(height / menu.rows);
  return menu.buttons.map((_, i) => {
    const col = i % menu.columns;
    const row = Math.floor(i / menu.columns);
    const x = col * cellW;
    const y = row * cellH;
    return { x, y, width: col === menu.columns - 1 ? width - x : cellW, height: row === menu.rows - 1 ? height - y : cellH };
  });
}

/** The rich menu object LINE takes (`POST /v2/bot/richmenu`). */
export function richMenuRequest(menu: RoleMenu): messagingApi.RichMenuRequest {
  const bounds = buttonBounds(menu);
  return {
    size: menuSize(menu),
    selected: menu.role !== "citizen",
    name: `ita-${menu.role}: ${menu.name}`,
    chatBarText: menu.chatBarText,
    areas: menu.buttons.map((b, i) => ({ bounds: bounds[i]!, action: { type: "message", label: b.label, text: b.text } })),
  };
}
