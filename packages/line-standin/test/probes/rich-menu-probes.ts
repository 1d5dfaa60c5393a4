/**
 * Probes of rich menu objects (https://developers.line.biz/en/reference/messaging-api/#rich-menu-object),
 * judged by `POST /v2/bot/richmenu/validate`.
 */
import { area, pair, refuses, richMenu, thaiClusters, type Probe } from "./probe-kit";

const menu = (extra: Parameters<typeof richMenu>[0]) => richMenu(extra);
const rich = (rule: string, accepted: Parameters<typeof richMenu>[0], refused: Parameters<typeof richMenu>[0], property: string): Probe[] =>
  pair(rule, menu(accepted), menu(refused), property, "richMenu");
const refusedMenu = (rule: string, extra: Parameters<typeof richMenu>[0], property: string): Probe => refuses(rule, menu(extra), property, "richMenu");
const message = { type: "message", label: "ถาม", text: "ถาม" };

export const RICH_MENU_PROBES: Probe[] = [
  ...rich("chatBarText: 14 grapheme clusters, however many UTF-16 units", { chatBarText: thaiClusters(14) }, { chatBarText: thaiClusters(15) }, "chatBarText"),
  ...rich("name: 300 grapheme clusters", { name: thaiClusters(300) }, { name: thaiClusters(301) }, "name"),
  refusedMenu("chatBarText required", { chatBarText: undefined }, "chatBarText"),
  refusedMenu("name required", { name: undefined }, "name"),
  refusedMenu("selected required", { selected: undefined }, "selected"),
  refusedMenu("size required", { size: undefined }, "size"),
  ...rich("size: at most 2500 wide", { size: { width: 2500, height: 1686 } }, { size: { width: 2501, height: 1686 } }, "size"),
  ...rich("size: at least 800 wide", { size: { width: 800, height: 540 }, areas: [] }, { size: { width: 799, height: 540 }, areas: [] }, "size"),
  ...rich("size: at least 250 high", { size: { width: 800, height: 250 }, areas: [] }, { size: { width: 800, height: 249 }, areas: [] }, "size"),
  ...rich("size: width at least 1.45 times height", { size: { width: 1450, height: 1000 }, areas: [] }, { size: { width: 1449, height: 1000 }, areas: [] }, "size"),
  ...rich(
    "areas: at most 20",
    { areas: Array.from({ length: 20 }, (_, i) => area(message, { x: i * 100, y: 0, width: 100, height: 100 })) },
    { areas: Array.from({ length: 21 }, (_, i) => area(message, { x: i * 100, y: 0, width: 100, height: 100 })) },
    "areas",
  ),
  refusedMenu("areas required", { areas: undefined }, "areas"),
  refusedMenu("an area needs bounds", { areas: [{ action: message }] }, "areas[0].bounds"),
  refusedMenu("bounds need x, y, width and height", { areas: [area(message, { x: 0, y: 0, width: 100 })] }, "areas[0].bounds.height"),
  ...rich(
    "bounds lie inside the menu (width)",
    { areas: [area(message, { x: 1250, y: 0, width: 1250, height: 843 })] },
    { areas: [area(message, { x: 1251, y: 0, width: 1250, height: 843 })] },
    "areas[0].bounds",
  ),
  ...rich(
    "bounds lie inside the menu (height)",
    { areas: [area(message, { x: 0, y: 443, width: 100, height: 400 })] },
    { areas: [area(message, { x: 0, y: 444, width: 100, height: 400 })] },
    "areas[0].bounds",
  ),
  refusedMenu("bounds are not negative", { areas: [area(message, { x: -1, y: 0, width: 100, height: 100 })] }, "areas[0].bounds.x"),
  refusedMenu("an area needs an action", { areas: [{ bounds: { x: 0, y: 0, width: 100, height: 100 } }] }, "areas[0].action"),
  ...rich(
    "area action label: 20 grapheme clusters",
    { areas: [area({ ...message, label: thaiClusters(20) })] },
    { areas: [area({ ...message, label: thaiClusters(21) })] },
    "areas[0].action.label",
  ),
  ...rich(
    "rich menu switch in a rich menu; camera is not",
    { areas: [area({ type: "richmenuswitch", label: "สลับ", richMenuAliasId: "menu-b", data: "a=switch" })] },
    { areas: [area({ type: "camera", label: "ถ่ายรูป" })] },
    "areas[0].action.type",
  ),
  refusedMenu("rich menu switch: alias required", { areas: [area({ type: "richmenuswitch", data: "a=switch" })] }, "areas[0].action.richMenuAliasId"),
  ...rich("area actions need no label", { areas: [area({ type: "postback", data: "a=menu" })] }, { areas: [area({ type: "postback" })] }, "areas[0].action.data"),
];
