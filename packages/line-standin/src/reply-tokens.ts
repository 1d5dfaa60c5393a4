/**
 * Reply tokens as LINE hands them out: one per event that can be answered, single use, short-lived.
 * A bot that replies twice, or replies after slow work, must fail here as it would on LINE.
 */

/** How long LINE accepts a reply token after the event (platform-facts.md: about one minute). */
export const REPLY_TOKEN_TTL_MS = 60_000;

interface IssuedToken {
  chatId: string;
  issuedAt: number;
  used: boolean;
}

export class ReplyTokenBook {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly now: () => Date) {}

  /** Registers a token delivered with an event in `chatId`. */
  issue(token: string, chatId: string): void {
    this.tokens.set(token, { chatId, issuedAt: this.now().getTime(), used: false });
  }

  /** Reads the chat a token answers, without using it (validation must not burn the token). */
  peek(token: unknown): string | undefined {
    if (typeof token !== "string") return undefined;
    const issued = this.tokens.get(token);
    if (!issued || issued.used || this.now().getTime() - issued.issuedAt > REPLY_TOKEN_TTL_MS) return undefined;
    return issued.chatId;
  }

  /** Marks a token used; call only after {@link peek} said it is valid. */
  use(token: string): void {
    const issued = this.tokens.get(token);
    if (issued) issued.used = true;
  }

  clear(): void {
    this.tokens.clear();
  }
}
