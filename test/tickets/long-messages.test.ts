/**
 * Long messages are kept whole: a citizen's question up to LINE's 5,000 characters reaches the
 * ticket and the staff member answering it uncut, a long staff answer reaches the citizen whole,
 * and staff cards show a cut with "…" while "เรื่องค้าง" stays within LINE's 50 KB carousel.
 * Should a message ever be longer than a ticket keeps, the citizen is told.
 */
import { checkMessages } from "../../src/flex/check-limits";
import type { Message } from "../../src/line/message-types";
import { randomIds } from "../../src/ids";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { createTicketStore } from "../../src/tickets/ticket-store";
import { ADMIN, CITIZEN, startBotHarness, textEvent, webhookBody, type BotHarness } from "../support/bot-harness";

type Sent = { type: string; text?: string; altText?: string; contents?: unknown; quickReply?: unknown };

/** A repair request of `length` characters (Thai, a clear request so it opens a ticket at once). */
const longRequest = (length: number, tag: string) => {
  const head = `ถนนพังหน้าบ้าน ${tag} ช่วยมาซ่อมด้วยค่ะ `;
  const filler = "รายละเอียดเพิ่มเติมของปัญหาที่เกิดขึ้นในหมู่บ้าน ";
  return (head + filler.repeat(Math.ceil(length / filler.length))).slice(0, length - 3) + " จบ";
};

describe("long messages", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ adminUserIds: [ADMIN] });
    await h.standin.sendAsUser(ADMIN, { type: "follow" });
    await h.standin.sendAsUser(CITIZEN, { type: "follow" });
  });
  afterAll(() => h.close());

  const sentSince = (chat: string, from: number) => (h.botMessages(chat) as Sent[]).slice(from);

  it("keeps a 5,000-character question whole on the ticket and where staff answer from, and the answer whole to the citizen", async () => {
    const question = longRequest(5000, "A");
    expect(question.length).toBe(5000);
    await h.standin.sendAsUser(CITIZEN, { type: "text", text: question });
    const code = /R-\d{4,5}/.exec(JSON.stringify(h.botMessages(CITIZEN)))?.[0] ?? "";
    const snap = await h.fs.db.collection(TICKET_COLLECTIONS.tickets).where("code", "==", code).get();
    expect(snap.docs[0]?.get("question")).toBe(question);

    // The card staff got shows a cut with "…", within LINE's limits.
    const card = (h.botMessages(ADMIN) as Sent[]).find((m) => m.type === "flex" && m.altText?.includes(code));
    expect(checkMessages([card as Message])).toEqual([]);
    expect(JSON.stringify(card)).toContain("…");
    expect(JSON.stringify(card)).not.toContain(" จบ");

    // Where staff answer from, the whole question.
    const before = h.botMessages(ADMIN).length;
    await h.standin.sendAsUser(ADMIN, { type: "text", text: `ตอบ ${code}` });
    const prompt = sentSince(ADMIN, before);
    expect(checkMessages(prompt as Message[])).toEqual([]);
    expect(prompt.map((m) => m.text ?? "").join("\n")).toContain(question);

    const answer = "ตอบ: " + "กองช่างจะเข้าไปสำรวจและซ่อมแซมภายในสัปดาห์นี้ ".repeat(120).slice(0, 4990) + " ท้าย";
    const seen = h.botMessages(CITIZEN).length;
    await h.standin.sendAsUser(ADMIN, { type: "text", text: answer.slice(0, 5000) });
    const toCitizen = sentSince(CITIZEN, seen);
    expect(checkMessages(toCitizen as Message[])).toEqual([]);
    expect(toCitizen.map((m) => m.text ?? "").join("\n")).toContain(answer.slice(0, 5000));
    // The rating buttons are on the last message.
    expect(JSON.stringify(toCitizen.at(-1))).toContain("a=tk-rate");
  });

  it("keeps the open-tickets carousel within LINE's 50 KB with ten long tickets", async () => {
    const store = createTicketStore(h.fs.db, randomIds);
    for (let i = 0; i < 10; i++) await store.open({ kind: "request", citizenId: CITIZEN, citizenName: "สมชาย", question: longRequest(4999, `B${i}`) }, new Date());
    const before = h.botMessages(ADMIN).length;
    await h.standin.sendAsUser(ADMIN, { type: "text", text: "เรื่องค้าง" });
    const reply = sentSince(ADMIN, before);
    expect(checkMessages(reply as Message[])).toEqual([]);
    const carousel = reply.find((m) => m.type === "flex");
    expect(Buffer.byteLength(JSON.stringify(carousel?.contents))).toBeLessThan(50_000);
    expect((carousel?.contents as { contents: unknown[] }).contents.length).toBe(10);
  });

  it("tells the citizen when a message is longer than a ticket keeps", async () => {
    const tooLong = longRequest(5200, "C");
    const before = h.botMessages(CITIZEN).length;
    const res = await h.post(webhookBody([textEvent(CITIZEN, tooLong)]));
    expect(res.status).toBe(200);
    const reply = sentSince(CITIZEN, before);
    expect(reply.map((m) => m.text).join("\n")).toContain("ยาวเกิน 5,000 ตัวอักษร");
  });
});
