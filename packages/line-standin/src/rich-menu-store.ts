/**
 * Rich menus, aliases and links, kept the way LINE keeps them: a menu needs its image before it can
 * be shown, a user has at most one linked menu, and a linked menu overrides the default. A change
 * of what someone sees is reported at once (LINE's app shows a new per-user menu immediately), so
 * a chat page can redraw it.
 */

/** The user whose menu may have changed, or `undefined` for everyone (the default menu). */
export type RichMenuChangeListener = (userId: string | undefined) => void;

/** Per-user links that report every change. */
class UserLinks extends Map<string, string> {
  onChange: RichMenuChangeListener = () => undefined;

  override set(userId: string, richMenuId: string): this {
    const changed = super.get(userId) !== richMenuId;
    super.set(userId, richMenuId);
    if (changed) this.onChange(userId);
    return this;
  }

  override delete(userId: string): boolean {
    const had = super.delete(userId);
    if (had) this.onChange(userId);
    return had;
  }

  override clear(): void {
    const users = [...this.keys()];
    super.clear();
    for (const userId of users) this.onChange(userId);
  }
}

export interface StoredRichMenu {
  richMenuId: string;
  /** The rich menu object as the bot created it (size, selected, name, chatBarText, areas). */
  definition: Record<string, unknown>;
  image?: { bytes: Buffer; contentType: string };
}

export class RichMenuStore {
  readonly menus = new Map<string, StoredRichMenu>();
  readonly aliases = new Map<string, string>();
  readonly userLinks: Map<string, string> = new UserLinks();
  private defaultId: string | undefined;

  constructor(private readonly onChange: RichMenuChangeListener = () => undefined) {
    (this.userLinks as UserLinks).onChange = onChange;
  }

  get defaultMenuId(): string | undefined {
    return this.defaultId;
  }

  set defaultMenuId(richMenuId: string | undefined) {
    const changed = this.defaultId !== richMenuId;
    this.defaultId = richMenuId;
    if (changed) this.onChange(undefined);
  }

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

  /** The menu an alias points at. */
  byAlias(aliasId: string): StoredRichMenu | undefined {
    const richMenuId = this.aliases.get(aliasId);
    return richMenuId ? this.menus.get(richMenuId) : undefined;
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
