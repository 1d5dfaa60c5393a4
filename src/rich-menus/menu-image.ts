/**
 * Draws a role's rich menu image: one coloured tile per button with its icon and its Thai label in
 * white, at LINE's size (2500 wide), so a person in the LINE app can read what each button does.
 * Drawn with @napi-rs/canvas (Skia; shapes Thai correctly, prebuilt binary in the npm package)
 * and Sarabun Bold from `@expo-google-fonts/sarabun` (SIL OFL, its LICENSE_FONT), so the result is
 * the same on every machine whatever fonts it has. Used by the setup script and `npm start`, never
 * in Cloud Functions: both are development dependencies.
 */
import { readFileSync } from "node:fs";
import { createCanvas, GlobalFonts, loadImage, type SKRSContext2D } from "@napi-rs/canvas";
import { projectFile } from "../plan/project-files";
import { buttonBounds, menuSize, type MenuButton, type MenuIcon, type RoleMenu } from "./menus";

const FONT_FAMILY = "Sarabun Rich Menu";
/** LINE takes JPEG or PNG up to 1 MB. */
export const MAX_IMAGE_BYTES = 1024 * 1024;
/** The label's size in image pixels; a menu 2500 px wide shows about 390 px wide on a phone (×0.16). */
const LABEL_PX = 96;
/** Below this a label would be under about 11 px on a phone: a longer label is an error, not a squeeze. */
export const MIN_LABEL_PX = 70;
const GAP = 14;
const BACKGROUND = "#F1F3F4";

let fontLoaded = false;
function ensureFont(): void {
  if (fontLoaded) return;
  const file = require.resolve("@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf");
  if (!GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new Error(`Could not load the rich-menu font ${file}`);
  fontLoaded = true;
}

/** Where a button's label is drawn, and at which size: for tests and for the image itself. */
export interface LabelPlacement {
  /** The box the label's glyphs occupy, in image pixels. */
  box: { x: number; y: number; width: number; height: number };
  fontPx: number;
}

function iconSvg(icon: MenuIcon, px: number): Buffer {
  const svg = readFileSync(projectFile("data", "rich-menus", "icons", `${icon}.svg`), "utf8")
    .replace(/stroke="currentColor"/, 'stroke="#FFFFFF"')
    .replace(/width="24"/, `width="${px}"`)
    .replace(/height="24"/, `height="${px}"`);
  return Buffer.from(svg);
}

/** The largest size, from LABEL_PX down, at which the label fits the tile's width. */
function fitLabel(ctx: SKRSContext2D, label: string, maxWidth: number): number {
  for (let px = LABEL_PX; px >= MIN_LABEL_PX; px -= 2) {
    ctx.font = `${px}px "${FONT_FAMILY}"`;
    if (ctx.measureText(label).width <= maxWidth) return px;
  }
  throw new Error(`Rich menu label "${label}" does not fit its button at ${MIN_LABEL_PX}px: shorten it`);
}

function tilePath(ctx: SKRSContext2D, x: number, y: number, w: number, h: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 36);
}

/** Lays out every button: the tile, the icon above the middle, the label below it. */
export function layoutMenu(menu: RoleMenu): Array<{ button: MenuButton; tile: { x: number; y: number; width: number; height: number }; icon: { x: number; y: number; size: number }; label: LabelPlacement }> {
  ensureFont();
  const measure = createCanvas(10, 10).getContext("2d");
  return buttonBounds(menu).map((b, i) => {
    const button = menu.buttons[i]!;
    const tile = { x: b.x + GAP, y: b.y + GAP, width: b.width - 2 * GAP, height: b.height - 2 * GAP };
    const iconSize = Math.round(Math.min(tile.width, tile.height) * 0.42);
    const fontPx = fitLabel(measure, button.label, tile.width - 60);
    measure.font = `${fontPx}px "${FONT_FAMILY}"`;
    const metrics = measure.measureText(button.label);
    const gapBelowIcon = Math.round(tile.height * 0.06);
    const labelHeight = Math.ceil(fontPx * 1.25);
    const top = tile.y + Math.round((tile.height - iconSize - gapBelowIcon - labelHeight) / 2);
    const labelWidth = Math.ceil(metrics.width);
    return {
      button,
      tile,
      icon: { x: tile.x + Math.round((tile.width - iconSize) / 2), y: top, size: iconSize },
      label: { box: { x: tile.x + Math.round((tile.width - labelWidth) / 2), y: top + iconSize + gapBelowIcon, width: labelWidth, height: labelHeight }, fontPx },
    };
  });
}

export interface MenuImage {
  bytes: Buffer;
  contentType: "image/png" | "image/jpeg";
}

/** Drawing takes about half a second; a process draws each menu once (setup runs at every `npm start`). */
const drawn = new WeakMap<RoleMenu, Promise<MenuImage>>();

/** The menu's image as PNG (or JPEG if a PNG would exceed LINE's 1 MB). */
export function menuImage(menu: RoleMenu): Promise<MenuImage> {
  let image = drawn.get(menu);
  if (!image) {
    image = draw(menu);
    drawn.set(menu, image);
    image.catch(() => drawn.delete(menu));
  }
  return image;
}

async function draw(menu: RoleMenu): Promise<MenuImage> {
  const { width, height } = menuSize(menu);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  for (const { button, tile, icon, label } of layoutMenu(menu)) {
    ctx.fillStyle = button.color;
    tilePath(ctx, tile.x, tile.y, tile.width, tile.height);
    ctx.fill();
    ctx.drawImage(await loadImage(iconSvg(button.icon, icon.size)), icon.x, icon.y, icon.size, icon.size);
    ctx.fillStyle = "#FFFFFF";
    ctx.font = `${label.fontPx}px "${FONT_FAMILY}"`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(button.label, tile.x + tile.width / 2, label.box.y + label.box.height / 2);
  }
  // Encoded on libuv's thread pool: a local run keeps answering while its menus are drawn.
  const png = await canvas.encode("png");
  if (png.length <= MAX_IMAGE_BYTES) return { bytes: png, contentType: "image/png" };
  return { bytes: await canvas.encode("jpeg", 90), contentType: "image/jpeg" };
}
