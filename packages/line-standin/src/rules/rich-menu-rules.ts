/**
 * Rich menu objects: what LINE's reference requires beyond the schema (which marks nothing
 * required and counts `name` and `chatBarText` as grapheme clusters through its `maxLength`).
 * - `size`, `selected`, `name`, `chatBarText` and `areas` are required; 800–2500 px wide, at least
 *   250 px high, at least 1.45 times as wide as high; at most 20 areas.
 *   https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
 *   https://developers.line.biz/en/reference/messaging-api/#size-object
 * - Each area has `bounds` (x, y, width, height) lying inside the menu, and an action that rich
 *   menus allow. https://developers.line.biz/en/reference/messaging-api/#area-object
 */
import type { ValidationProblem } from "../line-error-bodies";
import { checkAction } from "./action-rules";
import { child, Findings, isObject, objectsOf } from "./findings";

const WIDTH = { min: 800, max: 2500 };
const MIN_HEIGHT = 250;
const MIN_ASPECT_RATIO = 1.45;
const AREAS = 20;
const BOUNDS = ["x", "y", "width", "height"] as const;

export function richMenuRuleProblems(menu: unknown): ValidationProblem[] {
  const findings = new Findings();
  if (!isObject(menu)) return findings.problems;
  for (const key of ["selected", "name", "chatBarText"]) findings.present(menu, key, "");
  const size = menu["size"];
  let menuSize: { width: number; height: number } | undefined;
  if (findings.present(menu, "size", "") && isObject(size)) {
    const { width, height } = size;
    if (typeof width === "number" && typeof height === "number") {
      menuSize = { width, height };
      if (width < WIDTH.min || width > WIDTH.max || height < MIN_HEIGHT || width / height < MIN_ASPECT_RATIO) {
        findings.add("size", `Must be ${WIDTH.min}–${WIDTH.max} wide, at least ${MIN_HEIGHT} high, and width/height ≥ ${MIN_ASPECT_RATIO}`);
      }
    } else {
      if (typeof width !== "number") findings.add("size.width", "must be specified");
      if (typeof height !== "number") findings.add("size.height", "must be specified");
    }
  }
  const areas = findings.list(menu, "areas", "", 0, AREAS);
  for (const [area, at] of objectsOf(areas, "areas")) {
    checkAction(findings, area["action"], child(at, "action"), "richMenu");
    const bounds = area["bounds"];
    if (!findings.present(area, "bounds", at) || !isObject(bounds)) continue;
    const missing = BOUNDS.filter((key) => typeof bounds[key] !== "number");
    for (const key of missing) findings.add(child(at, `bounds.${key}`), "must be specified");
    if (missing.length > 0 || !menuSize) continue;
    const { x, y, width, height } = bounds as Record<(typeof BOUNDS)[number], number>;
    if (x + width > menuSize.width || y + height > menuSize.height) {
      findings.add(child(at, "bounds"), `The area must lie inside the ${menuSize.width}×${menuSize.height} menu`);
    }
  }
  return findings.problems;
}
