/**
 * Buttons carry IDs that become Firestore document paths (tickets, drafts, plans, activities). A
 * forged button whose values are not IDs the bot could have made (`a/b`, `..`, Firestore's reserved
 * `__…__`, `constructor`) is refused as a stale button by every registered postback action, for the
 * role that may use it: no 500 (which LINE would redeliver again and again), no failure, nothing
 * changed.
 */
import type { Capability } from "../../src/bot/capability";
import { createCapabilities } from "../../src/capabilities";
import { ADMIN, startBotHarness, type BotHarness } from "../support/bot-harness";

const HOSTILE = ["__proto__", "constructor", "a/b", "..", "__name__"];
/** Every parameter name a button of the bot carries. */
const PARAMS = ["t", "id", "u", "n", "o", "p", "d", "m", "r", "s", "v", "year"];

describe("forged button values", () => {
  let h: BotHarness;
  let capabilities: Capability[];
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    capabilities = createCapabilities(h.services);
    await h.standin.sendAsUser(ADMIN, { type: "follow" });
  }, 60_000);
  afterAll(() => h.close());

  it("are refused by every postback action, politely, without a failure", async () => {
    const actions = capabilities.flatMap((c) => Object.keys(c.postbacks ?? {}));
    expect(actions.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const action of actions) {
      for (const value of HOSTILE) {
        const data = new URLSearchParams({ a: action, ...Object.fromEntries(PARAMS.map((k) => [k, value])) }).toString();
        const seen = h.botMessages(ADMIN).length;
        const res = await h.standin.sendAsUser(ADMIN, { type: "postback", data });
        const replies = JSON.stringify(h.botMessages(ADMIN).slice(seen));
        if (res.status !== 200 || !replies.includes("ปุ่มนี้ใช้ไม่ได้แล้ว")) failures.push(`${action} ${value}: ${res.status} ${replies.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(h.logger.records.filter((r) => /^webhook\.event\.(failed|retry|timeout)$/.test(r.event))).toEqual([]);
  }, 120_000);
});
