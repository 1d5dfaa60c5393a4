/**
 * Citizens' words and names are shown only where they must be seen: in the registered staff group
 * and in a staff member's own 1:1 chat (issue 14, item 5). Every registered postback action and
 * every command valid in a group is tried by an admin in a group that is not the staff group,
 * naming a real ticket: no reply there may carry the ticket's question or the citizen's name.
 * Enumerated from the capabilities, so a new command cannot escape the check.
 */
import { createCapabilities } from "../../src/capabilities";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { ADMIN, CITIZEN, OFFICER, startBotHarness, type BotHarness } from "../support/bot-harness";

const STAFF_GROUP = "C" + "5".repeat(32);
const OTHER_GROUP = "C" + "6".repeat(32);
const QUESTION = "ถนนซอยบ้านนางคำแปงพังเป็นหลุมใหญ่ ช่วยมาซ่อมด้วยค่ะ";
const CITIZEN_NAME = "สมชาย";

/** Typed examples of the commands that may run in a group (their patterns are matched below). */
const GROUP_COMMAND_EXAMPLES = ["เรื่องค้าง", "เรื่องที่รอตอบ", "ตั้งเป็นกลุ่มเจ้าหน้าที่"];

describe("citizens' data is shown only in the staff group or a staff member's own chat", () => {
  let h: BotHarness;
  let ticketId = "";
  const shown = (chat: string, from: number) => JSON.stringify(h.botMessages(chat).slice(from));

  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    for (const u of [CITIZEN, OFFICER, ADMIN]) await h.standin.sendAsUser(u, { type: "follow" });
    await h.services.people.setRole(OFFICER, "officer");
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท ตั้งเป็นกลุ่มเจ้าหน้าที่" }, { groupId: STAFF_GROUP });
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: QUESTION });
    const tickets = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).get();
    ticketId = tickets.docs[0]?.id ?? "";
    expect(ticketId).not.toBe("");
  }, 60_000);
  afterAll(() => h.close());

  it("lists open tickets in the staff group and in an officer's own chat", async () => {
    let seen = h.botMessages(STAFF_GROUP).length;
    await h.standin.sendAsUser(OFFICER, { type: "text", text: "บอท เรื่องค้าง" }, { groupId: STAFF_GROUP });
    expect(shown(STAFF_GROUP, seen)).toContain(QUESTION.slice(0, 20));
    seen = h.botMessages(OFFICER).length;
    await h.standin.sendAsUser(OFFICER, { type: "text", text: "เรื่องค้าง" });
    expect(shown(OFFICER, seen)).toContain(QUESTION.slice(0, 20));
  });

  it("refuses to list them in any other group, and says where to ask", async () => {
    const seen = h.botMessages(OTHER_GROUP).length;
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "บอท เรื่องค้าง" }, { groupId: OTHER_GROUP });
    const replies = shown(OTHER_GROUP, seen);
    expect(replies).not.toContain(QUESTION.slice(0, 20));
    expect(replies).toContain("กลุ่มเจ้าหน้าที่ที่ลงทะเบียนไว้");
    expect(replies).toContain("แชตส่วนตัว");
  });

  it("shows no citizen's words or name in another group, whatever command or button is used there", async () => {
    const capabilities = createCapabilities(h.services);
    const commands = capabilities.flatMap((c) => c.commands ?? []).filter((c) => c.chats?.some((chat) => chat !== "user"));
    const uncovered = commands.filter((c) => !GROUP_COMMAND_EXAMPLES.some((t) => c.pattern.test(t)));
    expect(uncovered.map((c) => String(c.pattern))).toEqual([]);
    const tried: string[] = [];
    for (const text of GROUP_COMMAND_EXAMPLES.filter((t) => t !== "ตั้งเป็นกลุ่มเจ้าหน้าที่")) {
      const seen = h.botMessages(OTHER_GROUP).length;
      await h.standin.sendAsUser(ADMIN, { type: "text", text: `บอท ${text}` }, { groupId: OTHER_GROUP });
      const replies = shown(OTHER_GROUP, seen);
      if (replies.includes(QUESTION.slice(0, 20)) || replies.includes(CITIZEN_NAME)) throw new Error(`"${text}" showed a citizen's data in a group: ${replies.slice(0, 300)}`);
      tried.push(text);
    }
    const units = (await h.fs.db.collection("units").get()).docs.map((d) => d.id);
    for (const action of capabilities.flatMap((c) => Object.keys(c.postbacks ?? {}))) {
      const seen = h.botMessages(OTHER_GROUP).length;
      await h.standin.sendAsUser(ADMIN, { type: "postback", data: `a=${action}&t=${ticketId}&u=${units[0] ?? "u"}&r=5` }, { groupId: OTHER_GROUP });
      const replies = shown(OTHER_GROUP, seen);
      if (replies.includes(QUESTION.slice(0, 20)) || replies.includes(CITIZEN_NAME)) throw new Error(`button ${action} showed a citizen's data in a group: ${replies.slice(0, 300)}`);
      tried.push(action);
    }
    expect(tried.length).toBeGreaterThan(10);
  }, 120_000);
});
