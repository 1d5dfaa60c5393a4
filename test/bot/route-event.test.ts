/**
 * The router's role check for postback actions: the server decides, whatever buttons a person was
 * shown, and a refused action changes nothing.
 */
import type { BotContext } from "../../src/bot/bot-context";
import type { IncomingEvent } from "../../src/bot/incoming-event";
import { createConversationStore } from "../../src/bot/conversation-store";
import { createEventRouter } from "../../src/bot/route-event";
import { createMemoryLogger } from "../../src/logs";
import { createPeopleStore } from "../../src/people/people-store";
import type { Person, Role } from "../../src/people/person";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const USER = "U" + "3".repeat(32);

function postback(data: string): IncomingEvent {
  return { id: "ev", at: new Date(), source: { type: "user", userId: USER }, replyToken: "rt", isRedelivery: false, kind: "postback", data, params: {}, picked: undefined };
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
      capabilities: [
        {
          name: "test",
          postbacks: {
            "report-progress": {
              roles: ["officer", "admin"],
              handle: async (ctx: BotContext) => {
                handled.push(ctx.person?.role ?? "none");
                return { messages: [{ type: "text", text: "บันทึกแล้ว" }] };
              },
            },
          },
        },
      ],
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

describe("event router: commands, flows and hand-off", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  function text(t: string): IncomingEvent {
    return { id: "ev", at: new Date(), source: { type: "user", userId: USER }, replyToken: "rt", isRedelivery: false, kind: "text", messageId: "m", text: t };
  }
  beforeEach(() => createConversationStore(fs.db).clear(USER));
  const said = (o: { messages: unknown[] }) => (o.messages[0] as { text?: string } | undefined)?.text;

  function setup() {
    const conversations = createConversationStore(fs.db);
    const notes: string[] = [];
    const route = createEventRouter({
      people: createPeopleStore(fs.db, { adminUserIds: [] }),
      questions: { answer: (q) => ({ answered: q.includes("ITA"), messages: [{ type: "text", text: `answer:${q}` }] }) },
      logger: createMemoryLogger(),
      orgName: "อบต.ทดสอบ",
      conversations,
      capabilities: [
        {
          name: "notes",
          commands: [
            {
              pattern: /^จดบันทึก$/,
              roles: ["officer"],
              help: null,
              handle: async (ctx) => {
                await conversations.start(USER, "note", {}, ctx.now);
                return { messages: [{ type: "text", text: "พิมพ์บันทึกได้เลย" }] };
              },
            },
          ],
          flows: {
            note: {
              roles: ["officer"],
              onText: async (_ctx, t) => {
                notes.push(t);
                await conversations.clear(USER);
                return { messages: [{ type: "text", text: "บันทึกแล้ว" }] };
              },
              onImage: async (_ctx, messageId) => {
                notes.push(`image:${messageId}`);
                return { messages: [{ type: "text", text: "รับรูปแล้ว" }] };
              },
              onLocation: async (_ctx, location) => {
                notes.push(`location:${location.latitude}`);
                return { messages: [{ type: "text", text: "รับตำแหน่งแล้ว" }] };
              },
            },
          },
          onUnanswered: async (_ctx, q) => ({ messages: [{ type: "text", text: `handoff:${q}` }] }),
        },
      ],
    });
    return { route, notes, conversations };
  }

  it("runs a command for the right role, then feeds the next message to its flow", async () => {
    const { route, notes } = setup();
    const now = new Date();
    expect(said(await route({ event: text("จดบันทึก"), person: person("officer"), now }))).toBe("พิมพ์บันทึกได้เลย");
    expect(said(await route({ event: text("ซ่อมไฟทางแล้ว"), person: person("officer"), now }))).toBe("บันทึกแล้ว");
    expect(notes).toEqual(["ซ่อมไฟทางแล้ว"]);
    expect(said(await route({ event: text("ข้อ ITA"), person: person("officer"), now }))).toBe("answer:ข้อ ITA");
  });

  it("refuses the command to a citizen and starts no flow", async () => {
    const { route, conversations } = setup();
    const now = new Date();
    expect(said(await route({ event: text("จดบันทึก"), person: person("citizen"), now }))).toContain("สำหรับเจ้าหน้าที่");
    expect(await conversations.get(USER, now)).toBeUndefined();
  });

  it("leaves a flow on ยกเลิก, and forgets a flow that has expired", async () => {
    const { route, notes, conversations } = setup();
    const now = new Date();
    await route({ event: text("จดบันทึก"), person: person("officer"), now });
    expect(said(await route({ event: text("ยกเลิก"), person: person("officer"), now }))).toContain("ยกเลิก");
    expect(notes).toEqual([]);
    await conversations.start(USER, "note", {}, now, 1000);
    const later = new Date(now.getTime() + 2000);
    expect(said(await route({ event: text("ITA คืออะไร"), person: person("officer"), now: later }))).toBe("answer:ITA คืออะไร");
    expect(notes).toEqual([]);
  });

  it.each([
    ["text", (): IncomingEvent => text("ซ่อมไฟทางแล้ว")],
    ["photo", (): IncomingEvent => ({ ...text("x"), kind: "image", messageId: "1" })],
    ["location", (): IncomingEvent => ({ ...text("x"), kind: "location", messageId: "1", latitude: 18.6, longitude: 98.9, title: undefined, address: undefined })],
  ])("refuses a flow's next %s to someone no longer allowed, and forgets the flow", async (_kind, event) => {
    const { route, notes, conversations } = setup();
    const now = new Date();
    await route({ event: text("จดบันทึก"), person: person("officer"), now });
    // The officer was removed while the flow waited for their next message.
    expect(said(await route({ event: event(), person: person("citizen"), now }))).toContain("สิทธิ์ของท่านในระบบเปลี่ยนไปแล้ว");
    expect(notes).toEqual([]);
    expect(await conversations.get(USER, now)).toBeUndefined();
  });

  it("hands an unanswered question to the hand-off capability", async () => {
    const { route } = setup();
    expect(said(await route({ event: text("ถนนพัง"), person: person("citizen"), now: new Date() }))).toBe("handoff:ถนนพัง");
  });
});
