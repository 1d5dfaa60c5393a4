/**
 * Shows each person the rich menu of their role: officers and admins get theirs linked, citizens
 * see the default (citizen) menu. Menus are found by alias (`role-officer`…), created by the setup
 * script, so nothing here stores menu IDs. A failure to link is logged and never blocks the role
 * change itself: the menu is a convenience, every action is checked on the server anyway.
 */
import type { messagingApi } from "@line/bot-sdk";
import type { Logger } from "../logs";
import type { Role } from "../people/person";

export interface RichMenuLinker {
  linkForRole(userId: string, role: Role): Promise<void>;
}

/** The menu alias of each role; LINE allows `[a-z0-9_-]{1,32}`. */
export const ROLE_MENU_ALIAS: Record<Role, string> = {
  citizen: "role-citizen",
  officer: "role-officer",
  admin: "role-admin",
};

export type RichMenuLinkClient = Pick<messagingApi.MessagingApiClient, "getRichMenuAlias" | "linkRichMenuIdToUser" | "unlinkRichMenuIdFromUser">;

export const noRichMenus: RichMenuLinker = { linkForRole: async () => undefined };

export function createRichMenuLinker(client: RichMenuLinkClient, logger: Logger): RichMenuLinker {
  return {
    async linkForRole(userId, role) {
      try {
        if (role === "citizen") {
          await client.unlinkRichMenuIdFromUser(userId);
          return;
        }
        const { richMenuId } = await client.getRichMenuAlias(ROLE_MENU_ALIAS[role]);
        await client.linkRichMenuIdToUser(userId, richMenuId);
      } catch (error) {
        const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
        logger.warn("rich_menu.link_failed", { role, status, hint: "run `npm run rich-menus:setup`" });
      }
    },
  };
}
