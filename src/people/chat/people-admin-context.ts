/**
 * What every part of the people-admin capability shares, built once per capability: the services,
 * the units, the link codes, the staff directory, the admins set by configuration (chat cannot
 * demote them), and the short replies they all use. A role change always relinks the person's
 * rich menu, so what they see matches what they may do.
 */
import { replyWith } from "../../bot/bot-context";
import type { CapabilityServices } from "../../capabilities";
import { messageItem } from "../../line/quick-reply-items";
import { LINE_LIMITS } from "../../line/limits";
import type { Message, QuickReplyItem } from "../../line/message-types";
import { textMessage, textMessages } from "../../line/split-text";
import type { UnitsStore } from "../../units/units-store";
import type { Unit } from "../../units/units";
import { createLinkCodeStore, type LinkCodeStore } from "../link-codes";
import type { Role } from "../person";
import { createStaffDirectory, type StaffDirectory } from "../staff-directory";

export interface PeopleAdminContext {
  services: CapabilityServices;
  units: UnitsStore;
  codes: LinkCodeStore;
  staff: StaffDirectory;
  /** ADMIN_USER_IDS: admins by configuration. */
  bootstrap: ReadonlySet<string>;
}

export function createPeopleAdminContext(services: CapabilityServices, units: UnitsStore, deps: { codes?: LinkCodeStore }): PeopleAdminContext {
  const bootstrap = new Set(services.adminUserIds ?? []);
  return {
    services,
    units,
    codes: deps.codes ?? createLinkCodeStore(services.db),
    staff: createStaffDirectory(services.db, { adminUserIds: [...bootstrap] }),
    bootstrap,
  };
}

export const ADMIN = ["admin"] as const;
export const ROLE_LABEL: Record<Role, string> = { citizen: "ประชาชน", officer: "เจ้าหน้าที่", admin: "ผู้ดูแล" };

export const text = (t: string, items?: QuickReplyItem[]): Message => textMessage(t, items?.length ? { items } : undefined);
export const say = (t: string, items?: QuickReplyItem[]) => replyWith(text(t, items));
/** A list that grows with data (units, officers): as many text messages as it needs (split-text.ts). */
export const sayList = (t: string, opts: { items?: QuickReplyItem[]; more?: (hidden: number) => string } = {}) =>
  replyWith(...textMessages(t, { ...(opts.items?.length ? { quickReply: { items: opts.items } } : {}), ...(opts.more ? { more: opts.more } : {}) }));
export { messageItem };

export async function changeRole(pa: PeopleAdminContext, userId: string, role: Role, unitId: string | undefined): Promise<void> {
  await pa.services.people.setRole(userId, role, unitId);
  await pa.services.richMenus?.linkForRole(userId, role);
}

/** Quick replies that put each unit's name after `command` (as many as LINE allows). */
export function unitChoices(all: readonly Unit[], command: string): QuickReplyItem[] {
  return all.slice(0, LINE_LIMITS.quickReplyItems).map((u) => messageItem(u.name, `${command} ${u.name}`));
}
