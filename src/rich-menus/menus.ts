/**
 * The rich menu of each role. Every button sends a text command (message action), so a tap shows
 * in the chat as what the person could have typed, and the server checks the role as for any text.
 * Images are drawn in code (coloured tiles, one per button); a designed image can replace one by
 * putting `data/rich-menus/<role>.png` (same size) in place.
 */
import type { messagingApi } from "@line/bot-sdk";
import type { Role } from "../people/person";
import { encodePngRows, type Rgb } from "./png";

export interface MenuButton {
  label: string;
  text: string;
  color: Rgb;
}

export interface RoleMenu {
  role: Role;
  name: string;
  chatBarText: string;
  columns: number;
  rows: number;
  buttons: MenuButton[];
}

const WIDTH = 2500;
const ROW_HEIGHT = 843;

export const ROLE_MENUS: readonly RoleMenu[] = [
  {
    role: "citizen",
    name: "ประชาชน",
    chatBarText: "เมนู",
    columns: 3,
    rows: 1,
    buttons: [
      { label: "มาตรการ ITA", text: "มาตรการมีอะไรบ้าง", color: [46, 125, 50] },
      { label: "ผลคะแนน ITA", text: "ผลคะแนน ITA เป็นอย่างไร", color: [21, 101, 192] },
      { label: "ผู้รับผิดชอบ", text: "แต่ละประเด็นใครรับผิดชอบ", color: [239, 108, 0] },
    ],
  },
  {
    role: "officer",
    name: "เจ้าหน้าที่",
    chatBarText: "เมนูงาน",
    columns: 3,
    rows: 1,
    buttons: [
      { label: "กิจกรรมของฉัน", text: "กิจกรรมของฉัน", color: [21, 101, 192] },
      { label: "รายงานความคืบหน้า", text: "รายงานความคืบหน้า", color: [46, 125, 50] },
      { label: "มาตรการ ITA", text: "มาตรการมีอะไรบ้าง", color: [96, 125, 139] },
    ],
  },
  {
    role: "admin",
    name: "ผู้ดูแล",
    chatBarText: "เมนูผู้ดูแล",
    columns: 3,
    rows: 2,
    buttons: [
      { label: "ภาพรวม", text: "ภาพรวม", color: [46, 125, 50] },
      { label: "กิจกรรมของฉัน", text: "กิจกรรมของฉัน", color: [21, 101, 192] },
      { label: "ส่งออกรายงาน", text: "ส่งออกรายงาน", color: [123, 31, 162] },
      { label: "เจ้าหน้าที่ทั้งหมด", text: "เจ้าหน้าที่ทั้งหมด", color: [239, 108, 0] },
      { label: "สร้างรหัส", text: "สร้างรหัส", color: [198, 40, 40] },
      { label: "หน่วยงานทั้งหมด", text: "หน่วยงานทั้งหมด", color: [96, 125, 139] },
    ],
  },
];

export function menuSize(menu: RoleMenu): { width: number; height: number } {
  return { width: WIDTH, height: ROW_HEIGHT * menu.rows };
}

/** The rich menu object LINE takes (`POST /v2/bot/richmenu`). */
export function richMenuRequest(menu: RoleMenu): messagingApi.RichMenuRequest {
  const { width, height } = menuSize(menu);
  const cellW = Math.floor(width / menu.columns);
  const cellH = Math.floor(height / menu.rows);
  return {
    size: { width, height },
    selected: menu.role !== "citizen",
    name: `ita-${menu.role}: ${menu.name}`,
    chatBarText: menu.chatBarText,
    areas: menu.buttons.map((b, i) => ({
      bounds: { x: (i % menu.columns) * cellW, y: Math.floor(i / menu.columns) * cellH, width: cellW, height: cellH },
      action: { type: "message", label: b.label, text: b.text },
    })),
  };
}

/** Coloured tiles with a light frame, one per button, in the areas' places. */
export function menuImage(menu: RoleMenu): Buffer {
  const { width, height } = menuSize(menu);
  const cellW = Math.floor(width / menu.columns);
  const cellH = Math.floor(height / menu.rows);
  const frame = 12;
  const background: Rgb = [245, 245, 245];
  const rows = new Map<string, Buffer>();
  return encodePngRows(width, height, (y) => {
    const gridRow = Math.min(menu.rows - 1, Math.floor(y / cellH));
    const inY = y - gridRow * cellH;
    const edge = inY < frame || inY >= cellH - frame;
    const key = `${gridRow}:${edge}`;
    let row = rows.get(key);
    if (!row) {
      row = Buffer.alloc(width * 3);
      for (let x = 0; x < width; x++) {
        const col = Math.min(menu.columns - 1, Math.floor(x / cellW));
        const inX = x - col * cellW;
        const button = menu.buttons[gridRow * menu.columns + col];
        row.set(!button || edge || inX < frame || inX >= cellW - frame ? background : button.color, x * 3);
      }
      rows.set(key, row);
    }
    return row;
  });
}
