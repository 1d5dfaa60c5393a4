/**
 * Waiting for the bot on the chat page by what it says, not by how many messages it sent.
 *
 * Counting rows races: one reply may hold several messages, each drawn as it streams in, so a
 * count taken just before the next tap can already include the tail of the previous reply (CI saw
 * exactly that on a busy machine). Waiting for a message that arrived after the tap and says
 * `expected` holds however the messages are split or delayed.
 */
import type { Locator, Page } from "playwright-core";

export const BOT_WAIT = { timeout: 30_000 };

/**
 * Does `act`, then waits until a bot message that arrived after it contains `expected`; returns
 * that message. `onTimeout` runs before the error is rethrown (a screenshot, say).
 */
export async function botStep(
  page: Page,
  act: () => Promise<unknown>,
  expected: string | RegExp,
  onTimeout?: () => Promise<unknown>,
): Promise<Locator> {
  const before = await page.locator(".row-bot").count();
  await act();
  const pattern = typeof expected === "string" ? null : [expected.source, expected.flags];
  const handle = await page
    .waitForFunction(
      ([n, text, regex]) => {
        const rows = Array.from(document.querySelectorAll(".row-bot")).slice(n as number);
        const match = (t: string) => (regex ? new RegExp(regex[0]!, regex[1]).test(t) : t.includes(text as string));
        const index = rows.findIndex((r) => match((r as HTMLElement).innerText));
        return index >= 0 ? { at: (n as number) + index } : false;
      },
      [before, typeof expected === "string" ? expected : "", pattern] as const,
      BOT_WAIT,
    )
    .catch(async (error: unknown) => {
      await onTimeout?.();
      throw error;
    });
  return page.locator(".row-bot").nth(((await handle.jsonValue()) as { at: number }).at);
}
