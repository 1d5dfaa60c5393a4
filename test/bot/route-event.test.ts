/**
 * The router's role check for postback actions: the server decides, whatever buttons a person was
 * shown, and a refused action changes nothing.
 */
import type { BotContext } from "../../src/bot/bot-context";
import type { IncomingEvent } from "../../src/bot/incoming-event";
import { createEventRouter } from "../../src/bot/route-event";
import { createMemoryLogger } from "../../src/logs";
import { createPeopleStore } from "../../src/people/people-store";
import type { Person, Role } from "../../src/people/person";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const USER = "U" + "3".repeat(32);

function postback(data: string): IncomingEvent {
  return { id: "ev", at: new Date(), source: { type: "user", userId: USER }, replyToken: "rt", isRedelivery: false, kind: "postback", data, params: {} };
}

function person(role: Role): Person {
  return { userId: USER, displayName: "x", role, unitId: undefined, following: true, firstSeenAt: new Date(), followedAt: undefined, unfollowedAt: undefined };
}

describe("event router: postback roles", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  function router() {
    const handled: string[] = [];
    const route = createEventRouter({
      people: createPeopleStore(fs.db, { adminUserIds: [] }),
      questions: { answer: () => ({ answered: false, messages: [] }) },
      logger: createMemoryLogger(),
      orgName: "อบต.ทดสอบ",
      postbacks: {
        "report-progress": {
          roles: ["officer", "admin"],
          handle: async (ctx: BotContext) => {
            handled.push(ctx.person?.role ?? "none");
            return { messages: [{ type: "text", text: "บันทึกแล้ว" }] };
          },
        },
      },
    });
    return { route, handled };
  }

  it.each<Role>(["officer", "admin"])("lets a %s use an officer action", async (role) => {
    const { route, handled } = router();
    const out = await route({ event: postback("a=report-progress&activity=1"), person: person(role), now: new Date() });
    expect(handled).toEqual([role]);
    expect(out.messages[0]).toMatchObject({ text: "บันทึกแล้ว" });
  });

  it("refuses a citizen who crafts the same postback, politely, without running the action", async () => {
    const { route, handled } = router();
    const out = await route({ event: postback("a=report-progress&activity=1"), person: person("citizen"), now: new Date() });
    expect(handled).toEqual([]);
    expect((out.messages[0] as { text: string }).text).toContain("สำหรับเจ้าหน้าที่");
  });

  it("refuses when the sender is not known at all", async () => {
    const { route, handled } = router();
    await route({ event: postback("a=report-progress"), person: undefined, now: new Date() });
    expect(handled).toEqual([]);
  });
});
