/**
 * The bot with its staff ready, for tests of what citizens send and staff see: an officer, an admin
 * and a registered staff group, the given people having followed the bot. With `faulty`, it runs
 * on a Firestore of its own that fails on command and can be read whole (faulty-firestore.ts).
 */
import type { Clock } from "../../src/clock";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "./bot-harness";
import { startFaultyFirestore, type FaultyFirestore } from "./faulty-firestore";

export const STAFF_GROUP = "C" + "5".repeat(32);

export interface StaffedBot {
  h: BotHarness;
  /** Present when started with `faulty`. */
  ff: FaultyFirestore | undefined;
  close(): Promise<void>;
}

export async function startStaffedBot(
  opts: { faulty?: boolean; clock?: Clock; publicBaseUrl?: string; citizens?: readonly string[] } = {},
): Promise<StaffedBot> {
  const ff = opts.faulty ? await startFaultyFirestore() : undefined;
  const h = await startBotHarness({
    adminUserIds: [ADMIN],
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.publicBaseUrl ? { deps: { publicBaseUrl: opts.publicBaseUrl } } : {}),
  });
  for (const u of [...(opts.citizens ?? [CITIZEN]), OFFICER, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
  await h.services.people.setRole(OFFICER, "officer");
  await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: STAFF_GROUP });
  return {
    h,
    ff,
    async close() {
      await h.close();
      await ff?.stop();
    },
  };
}

/**
 * A staffed bot for the tests of one `describe`: started before them, closed after them. The
 * harness is read through the returned object, once started.
 */
export function useStaffedBot(opts: Parameters<typeof startStaffedBot>[0] = {}): { readonly h: BotHarness } {
  let bot: StaffedBot | undefined;
  beforeAll(async () => {
    bot = await startStaffedBot(opts);
  }, 60_000);
  afterAll(() => bot?.close());
  return {
    get h(): BotHarness {
      if (!bot) throw new Error("the staffed bot is not started yet");
      return bot.h;
    },
  };
}
