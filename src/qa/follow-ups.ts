import { fitGraphemes, fitLabel } from "../line/fit-label";
import { LINE_LIMITS } from "../line/limits";
import type { QuickReply } from "../line/message-types";

/**
 * Quick replies are message actions (not postbacks): tapping one sends an ordinary question that
 * the engine answers like any other, so QA stays stateless and the webhook needs no extra route.
 */
export interface FollowUp {
  label: string;
  text: string;
}

export function quickReply(followUps: readonly FollowUp[]): QuickReply | undefined {
  const items = followUps.slice(0, 13).map((f) => ({
    type: "action" as const,
    action: { type: "message" as const, label: fitLabel(f.label), text: fitGraphemes(f.text, LINE_LIMITS.actionTextLength) },
  }));
  return items.length ? { items } : undefined;
}

export const COMMON_QUESTIONS: readonly FollowUp[] = [
  { label: "ผลคะแนน ITA", text: "ผลคะแนน ITA ได้เท่าไร" },
  { label: "ข้อที่ไม่ผ่าน", text: "ข้อที่ไม่ผ่านมีข้อไหนบ้าง" },
  { label: "มาตรการทั้งหมด", text: "มาตรการมีอะไรบ้าง" },
  { label: "ใครรับผิดชอบ", text: "ใครรับผิดชอบมาตรการ" },
  { label: "ระยะเวลาดำเนินการ", text: "ระยะเวลาดำเนินการมาตรการ" },
  { label: "ITA คืออะไร", text: "ITA คืออะไร" },
];

/** Follow-ups about one issue, leaving out the one just answered. */
export function issueFollowUps(issue: number, except?: "steps" | "who" | "when" | "score"): FollowUp[] {
  const all: Array<[typeof except, FollowUp]> = [
    ["steps", { label: "ขั้นตอน", text: `ขั้นตอนมาตรการประเด็นที่ ${issue}` }],
    ["who", { label: "ใครรับผิดชอบ", text: `ผู้รับผิดชอบมาตรการประเด็นที่ ${issue}` }],
    ["when", { label: "ระยะเวลา", text: `ระยะเวลามาตรการประเด็นที่ ${issue}` }],
    ["score", { label: "คะแนนรายข้อ", text: `คะแนนรายข้อประเด็นที่ ${issue}` }],
  ];
  return all.filter(([k]) => k !== except).map(([, f]) => f);
}
