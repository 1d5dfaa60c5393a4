/**
 * What every part of the plans capability shares: the services, the plan book, the staff directory
 * (for the preview's officers), the postback actions and the short replies. Only admins reach these
 * parts; the router enforces it on every step.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityServices } from "../../capabilities";
import { postbackItem as quickPostback } from "../../line/quick-reply-items";
import { textMessages } from "../../line/split-text";
import type { QuickReplyItem } from "../../line/message-types";
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

export const PLAN_ACTIONS = {
  /** Activate an uploaded file (`u`) or a held plan (`p`). */
  activate: "pl-activate",
  cancel: "pl-cancel",
} as const;

/** A reply that may grow with the plans (a preview naming every new unit): as many messages as it needs. */
export const say = (t: string, items?: QuickReplyItem[]) => replyWith(...textMessages(t, items?.length ? { quickReply: { items } } : {}));
const postbackItem = (label: string, action: string, params: Record<string, string>, displayText: string): QuickReplyItem =>
  quickPostback(label, postbackData(action, params), displayText);

/** The buttons under a preview: confirm (with what to activate) or leave everything as it is. */
export function confirmItems(params: Record<string, string>): QuickReplyItem[] {
  return [postbackItem("ยืนยันเปิดใช้", PLAN_ACTIONS.activate, params, "ยืนยันเปิดใช้แผน"), postbackItem("ยกเลิก", PLAN_ACTIONS.cancel, {}, "ยกเลิก")];
}
