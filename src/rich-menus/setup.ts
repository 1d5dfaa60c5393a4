/**
 * Creates the three role menus on LINE (or the stand-in): menu, image, alias `role-<role>`; the
 * citizen menu becomes the default. Running it again replaces each menu (new menu first, alias
 * moved, old menu deleted), so the aliases never point at nothing. Staff given in `relink` are
 * linked to their new menu (deleting a menu unlinks its users).
 */
import { existsSync, readFileSync } from "node:fs";
import type { messagingApi } from "@line/bot-sdk";
import type { Logger } from "../logs";
import type { Role } from "../people/person";
import { projectFile } from "../plan/project-files";
import { ROLE_MENU_ALIAS } from "./linker";
import { richMenuRequest, ROLE_MENUS } from "./menus";

export type RichMenuSetupClient = Pick<
  messagingApi.MessagingApiClient,
  "createRichMenu" | "getRichMenuAlias" | "createRichMenuAlias" | "updateRichMenuAlias" | "deleteRichMenu" | "setDefaultRichMenu" | "linkRichMenuIdToUsers"
>;
export type RichMenuBlobClient = Pick<messagingApi.MessagingApiBlobClient, "setRichMenuImage">;

export interface SetupOptions {
  client: RichMenuSetupClient;
  blob: RichMenuBlobClient;
  logger: Logger;
  /** Officers and admins to link to their role's new menu. */
  relink?: ReadonlyArray<{ userId: string; role: Role }>;
  /** Reads a designed image in place of the drawn one; by default `data/rich-menus/<role>.png`. */
  imageFor?: (role: Role) => Buffer | undefined;
}

function designedImage(role: Role): Buffer | undefined {
  const file = projectFile("data", "rich-menus", `${role}.png`);
  return existsSync(file) ? readFileSync(file) : undefined;
}

export async function setupRichMenus(opts: SetupOptions): Promise<Record<Role, string>> {
  const { client, blob, logger } = opts;
  const ids = {} as Record<Role, string>;
  for (const menu of ROLE_MENUS) {
    const { richMenuId } = await client.createRichMenu(richMenuRequest(menu));
    const designed = (opts.imageFor ?? designedImage)(menu.role);
    // The drawing library (a native module) loads only when an image is drawn, after the server is up.
    const image = designed ? { bytes: designed, contentType: "image/png" } : await (await import("./menu-image")).menuImage(menu);
    await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(image.bytes)], { type: image.contentType }));
    const alias = ROLE_MENU_ALIAS[menu.role];
    const previous = await client.getRichMenuAlias(alias).then(
      (a) => a.richMenuId,
      () => undefined,
    );
    if (previous) await client.updateRichMenuAlias(alias, { richMenuId });
    else await client.createRichMenuAlias({ richMenuAliasId: alias, richMenuId });
    if (menu.role === "citizen") await client.setDefaultRichMenu(richMenuId);
    if (previous && previous !== richMenuId) await client.deleteRichMenu(previous).catch(() => undefined);
    ids[menu.role] = richMenuId;
    logger.info("rich_menu.ready", { role: menu.role, alias, replaced: Boolean(previous) });
  }
  for (const role of ["officer", "admin"] as const) {
    const userIds = (opts.relink ?? []).filter((p) => p.role === role).map((p) => p.userId);
    for (let i = 0; i < userIds.length; i += 500) {
      await client.linkRichMenuIdToUsers({ richMenuId: ids[role], userIds: userIds.slice(i, i + 500) });
    }
  }
  return ids;
}
