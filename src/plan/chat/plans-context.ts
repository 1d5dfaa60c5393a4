/**
 * What every part of the plans capability shares: the services, the plan book, the staff directory
 * (for the preview's officers), the postback actions and the short replies. Only admins reach these
 * parts; the router enforces it on every step.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityServices } from "../../capabilities";
import { LINE_LIMITS } from "../../line/limits";
import type { Message, QuickReplyItem } from "../../line/message-types";
import { createStaffDirectory, type StaffDirectory } from "../../people/staff-directory";
import { postbackData } from "../../bot/postback-data";
import type { ActivationDeps } from "../activate-plan";
import type { PlanBook } from "../plan-book";

export interface PlansContext {
  services: CapabilityServices;
  plans: PlanBook;
  staff: StaffDirectory;
  /** What activation and its preview read and write. */
  activation: ActivationDeps & { staff: StaffDirectory };
}

export function createPlansContext(services: CapabilityServices): PlansContext {
  const staff = createStaffDirectory(services.db, { adminUserIds: services.adminUserIds ?? [] });
  const plans = services.plans;
  return { services, plans, staff, activation: { db: services.db, units: plans.units, store: plans.store, staff } };
}

export const ADMIN = ["admin"] as const;

const fitLabel = (label: string) => label.slice(0, LINE_LIMITS.actionLabelLength);

export const PLAN_ACTIONS = {
  /** Activate an uploaded file (`u`) or a held plan (`p`). */
  activate: "pl-activate",
  cancel: "pl-cancel",
} as const;

export const text = (t: string, items?: QuickReplyItem[]): Message => (items?.length ? { type: "text", text: t.slice(0, LINE_LIMITS.textLength), quickReply: { items } } : { type: "text", text: t.slice(0, LINE_LIMITS.textLength) });
export const say = (t: string, items?: QuickReplyItem[]) => replyWith(text(t, items));
export const messageItem = (label: string, message: string): QuickReplyItem => ({ type: "action", action: { type: "message", label: fitLabel(label), text: message } });
export const postbackItem = (label: string, action: string, params: Record<string, string>, displayText: string): QuickReplyItem => ({
  type: "action",
  action: { type: "postback", label: fitLabel(label), data: postbackData(action, params), displayText },
});

/** The buttons under a preview: confirm (with what to activate) or leave everything as it is. */
export function confirmItems(params: Record<string, string>): QuickReplyItem[] {
  return [postbackItem("ยืนยันเปิดใช้", PLAN_ACTIONS.activate, params, "ยืนยันเปิดใช้แผน"), postbackItem("ยกเลิก", PLAN_ACTIONS.cancel, {}, "ยกเลิก")];
}
