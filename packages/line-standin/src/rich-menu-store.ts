/**
 * Rich menus, aliases and links, kept the way LINE keeps them: a menu needs its image before it can
 * be shown, a user has at most one linked menu, and a linked menu overrides the default.
 */

export interface StoredRichMenu {
  richMenuId: string;
  /** The rich menu object as the bot created it (size, selected, name, chatBarText, areas). */
  definition: Record<string, unknown>;
  image?: { bytes: Buffer; contentType: string };
}

export class RichMenuStore {
  readonly menus = new Map<string, StoredRichMenu>();
  readonly aliases = new Map<string, string>();
  readonly userLinks = new Map<string, string>();
  defaultMenuId: string | undefined;

  create(richMenuId: string, definition: Record<string, unknown>): void {
    this.menus.set(richMenuId, { richMenuId, definition });
  }

  delete(richMenuId: string): boolean {
    if (!this.menus.delete(richMenuId)) return false;
    for (const [alias, id] of this.aliases) if (id === richMenuId) this.aliases.delete(alias);
    for (const [user, id] of this.userLinks) if (id === richMenuId) this.userLinks.delete(user);
    if (this.defaultMenuId === richMenuId) this.defaultMenuId = undefined;
    return true;
  }

  /** The menu a user sees: their linked menu, else the default. */
  menuFor(userId: string): string | undefined {
    return this.userLinks.get(userId) ?? this.defaultMenuId;
  }

  /** LINE's listing shape: the definition with its ID. */
  describe(menu: StoredRichMenu): Record<string, unknown> {
    return { richMenuId: menu.richMenuId, ...menu.definition };
  }

  clear(): void {
    this.menus.clear();
    this.aliases.clear();
    this.userLinks.clear();
    this.defaultMenuId = undefined;
  }
}
