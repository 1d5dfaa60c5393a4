/**
 * Follow-ups in context, the plumbing (issue 13, item 9): each chat keeps what its last answer was
 * about for a few minutes, in Firestore, and hands it back with that chat's next question. It is
 * read with the sender and written with the event's completion (no round trip of its own), never
 * seen by another chat, expires, and goes with a citizen's data.
 *
 * The answerer here is scripted (the plumbing is under test, not the understanding): it says which
 * context it was given and returns the question as the new one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocumentReference, Timestamp, WriteBatch } from "firebase-admin/firestore";
import { QA_CONTEXT_TTL_MS } from "../../src/bot/qa-context-store";
import type { QuestionAnswerer } from "../../src/bot/route-event";
import { createFixedClock } from "../../src/clock";
import { MAX_QA_CONTEXT_BYTES, type QaContext } from "../../src/qa/qa-context";
import { COLLECTIONS } from "../../src/store/collections";
import { CITIZEN, OFFICER, startBotHarness, webhookBody, type BotHarness } from "../support/bot-harness";

const OTHER = "U" + "e".repeat(32);
const GROUP = "C" + "7".repeat(32);
const ROOM = "R" + "8".repeat(32);

/** Replies "<context it was given> | <question>"; the question becomes the chat's context. */
const scripted: QuestionAnswerer & { given: Array<QaContext | undefined> } = {
  given: [],
  answer(question, context) {
    scripted.given.push(context);
    const heard = context ? `เรื่องก่อน:${String(context.topic)}` : "ไม่มีเรื่องก่อน";
    if (question.startsWith("ไม่ต่อ")) return { answered: true, messages: [{ type: "text", text: `${heard} | ${question}` }] };
    const context2: QaContext = question.startsWith("ยาว") ? { topic: question, padding: "ก".repeat(MAX_QA_CONTEXT_BYTES) } : { topic: question, nested: [[1, 2], [3]] };
    return { answered: true, messages: [{ type: "text", text: `${heard} | ${question}` }], context: context2 };
  },
};

describe("a chat's question context", () => {
  const clock = createFixedClock(new Date("2026-12-01T03:00:00Z"));
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ questions: scripted, clock });
  });
  afterAll(() => h.close());

  /** Sends a text as `user` (in `groupId` when given) and returns the bot's reply text. */
  async function ask(user: string, text: string, groupId?: string): Promise<string> {
    const before = h.botMessages(groupId ?? user).length;
    const res = await h.standin.sendAsUser(user, { type: "text", text }, groupId ? { groupId } : undefined);
    expect(res.status).toBe(200);
    const sent = h.botMessages(groupId ?? user).slice(before);
    return sent.map((m) => m.text ?? "").join("\n");
  }
  const stored = async (chatId: string) => (await h.fs.db.collection(COLLECTIONS.qaContexts).doc(chatId).get()).data();

  it("hands a chat's next question what its last answer was about, and keeps it in Firestore with an expiry", async () => {
    expect(await ask(CITIZEN, "ข้อ i5 ได้กี่คะแนน")).toBe("ไม่มีเรื่องก่อน | ข้อ i5 ได้กี่คะแนน");
    expect(await ask(CITIZEN, "แล้วใครรับผิดชอบ")).toBe("เรื่องก่อน:ข้อ i5 ได้กี่คะแนน | แล้วใครรับผิดชอบ");
    expect(scripted.given.at(-1)).toEqual({ topic: "ข้อ i5 ได้กี่คะแนน", nested: [[1, 2], [3]] });
    const doc = await stored(CITIZEN);
    expect(JSON.parse(String(doc?.json))).toEqual({ topic: "แล้วใครรับผิดชอบ", nested: [[1, 2], [3]] });
    expect(doc?.expiresAt.toMillis()).toBe(clock.now().getTime() + QA_CONTEXT_TTL_MS);
  });

  it("is deleted by Firestore's TTL policy on the field it expires by", async () => {
    const config = JSON.parse(readFileSync(join(__dirname, "..", "..", "firestore.indexes.json"), "utf8")) as { fieldOverrides: object[] };
    expect(config.fieldOverrides).toContainEqual({ collectionGroup: COLLECTIONS.qaContexts, fieldPath: "expiresAt", ttl: true, indexes: [] });
    expect((await stored(CITIZEN))?.expiresAt).toBeInstanceOf(Timestamp);
  });

  it("never lets one person's chat see another's", async () => {
    await ask(CITIZEN, "ประเด็นที่ 3 มีกี่ข้อ");
    expect(await ask(OTHER, "แล้วปีก่อนล่ะ")).toBe("ไม่มีเรื่องก่อน | แล้วปีก่อนล่ะ");
    expect(await ask(CITIZEN, "แล้วปีก่อนล่ะ")).toBe("เรื่องก่อน:ประเด็นที่ 3 มีกี่ข้อ | แล้วปีก่อนล่ะ");
    expect(await ask(OTHER, "ข้อนั้นทำไมไม่ผ่าน")).toBe("เรื่องก่อน:แล้วปีก่อนล่ะ | ข้อนั้นทำไมไม่ผ่าน");
  });

  it("keeps a group's context apart from its members' own chats", async () => {
    await ask(OFFICER, "ข้อ e8 ได้เท่าไร");
    expect(await ask(OFFICER, "บอท แล้วใครรับผิดชอบ", GROUP)).toBe("ไม่มีเรื่องก่อน | แล้วใครรับผิดชอบ");
    expect(await ask(CITIZEN, "บอท ข้อนั้นทำไมไม่ผ่าน", GROUP)).toBe("เรื่องก่อน:แล้วใครรับผิดชอบ | ข้อนั้นทำไมไม่ผ่าน");
    expect(await ask(OFFICER, "แล้วปีก่อนล่ะ")).toBe("เรื่องก่อน:ข้อ e8 ได้เท่าไร | แล้วปีก่อนล่ะ");
    expect(JSON.parse(String((await stored(GROUP))?.json)).topic).toBe("ข้อนั้นทำไมไม่ผ่าน");
  });

  it("keeps a room's context under the room", async () => {
    const roomText = (text: string, id: string) => ({
      type: "message",
      mode: "active",
      timestamp: clock.now().getTime(),
      source: { type: "room", roomId: ROOM, userId: CITIZEN },
      webhookEventId: `01R00MEVENT${id.padStart(15, "0")}`, // a ULID: no O, I, L or U
      deliveryContext: { isRedelivery: false },
      replyToken: "r".repeat(32),
      message: { id: `9${id}`, type: "text", quoteToken: "q", text },
    });
    expect((await h.post(webhookBody([roomText("บอท ประเด็นที่ 2", "1")]))).status).toBe(200);
    expect((await h.post(webhookBody([roomText("บอท แล้วใครรับผิดชอบ", "2")]))).status).toBe(200);
    expect(scripted.given.at(-1)?.topic).toBe("ประเด็นที่ 2");
    expect(JSON.parse(String((await stored(ROOM))?.json)).topic).toBe("แล้วใครรับผิดชอบ");
  });

  it("forgets a chat's context after a few minutes, even before the TTL policy removes it", async () => {
    await ask(OTHER, "ข้อ i1 ได้เท่าไร");
    clock.advance(QA_CONTEXT_TTL_MS - 1);
    expect(await ask(OTHER, "แล้วใครรับผิดชอบ")).toBe("เรื่องก่อน:ข้อ i1 ได้เท่าไร | แล้วใครรับผิดชอบ");
    clock.advance(QA_CONTEXT_TTL_MS);
    expect(await ask(OTHER, "แล้วปีก่อนล่ะ")).toBe("ไม่มีเรื่องก่อน | แล้วปีก่อนล่ะ");
  });

  it("clears the context when an answer has none, and drops one too big to keep", async () => {
    await ask(OTHER, "ข้อ i2 ได้เท่าไร");
    await ask(OTHER, "ไม่ต่อ ขอบคุณค่ะ");
    expect(await stored(OTHER)).toBeUndefined();
    expect(await ask(OTHER, "แล้วใครรับผิดชอบ")).toBe("ไม่มีเรื่องก่อน | แล้วใครรับผิดชอบ");

    await ask(OTHER, "ยาว ข้อ i3 ได้เท่าไร");
    expect(await stored(OTHER)).toBeUndefined();
    expect(await ask(OTHER, "แล้วใครรับผิดชอบ")).toBe("ไม่มีเรื่องก่อน | แล้วใครรับผิดชอบ");
    expect(h.logger.records.some((e) => e.event === "qa.context.too_big")).toBe(true);
  });

  it("costs a follow-up no round trip: read with the sender, written with the event's completion", async () => {
    const FRESH = "U" + "9".repeat(32);
    await ask(FRESH, "ข้อ i5 ได้เท่าไร");
    const reads = jest.spyOn(h.fs.db, "getAll");
    const gets = jest.spyOn(DocumentReference.prototype, "get");
    const spies = (["set", "update", "delete"] as const).map((method) => [method, jest.spyOn(WriteBatch.prototype, method)] as const);
    await ask(FRESH, "แล้วใครรับผิดชอบ");
    // Each write, by the batch it was added to.
    const batches = new Map<unknown, string[]>();
    for (const [method, spy] of spies) {
      spy.mock.calls.forEach((args, i) => {
        const batch = spy.mock.contexts[i];
        batches.set(batch, [...(batches.get(batch) ?? []), `${method} ${(args[0] as DocumentReference).path}`]);
      });
      spy.mockRestore();
    }
    const readPaths = reads.mock.calls.map((refs) => refs.map((ref) => (ref as DocumentReference).path));
    const getPaths = gets.mock.contexts.map((ref) => (ref as DocumentReference).path);
    reads.mockRestore();
    gets.mockRestore();
    // One read for the sender, the chat's flow and its context; nothing read on its own.
    expect(readPaths).toEqual([expect.arrayContaining([`${COLLECTIONS.people}/${FRESH}`, `${COLLECTIONS.conversations}/${FRESH}`, `${COLLECTIONS.qaContexts}/${FRESH}`])]);
    expect(getPaths.filter((p) => p.startsWith(COLLECTIONS.qaContexts))).toEqual([]);
    // The new context is set in the commit that marks the event done.
    const completion = [...batches.values()].filter((writes) => writes.some((w) => w.startsWith(`update ${COLLECTIONS.webhookEvents}/`)));
    expect(completion).toHaveLength(1);
    expect(completion[0]).toContain(`set ${COLLECTIONS.qaContexts}/${FRESH}`);
    expect([...batches.values()].flat().filter((w) => w.includes(COLLECTIONS.qaContexts))).toHaveLength(1);
  });

  it("goes with a citizen's data when they ask for it to be deleted, leaving groups' contexts", async () => {
    await ask(CITIZEN, "ข้อ i6 ได้เท่าไร");
    await ask(CITIZEN, "บอท ข้อ i7 ได้เท่าไร", GROUP);
    expect(await stored(CITIZEN)).toBeDefined();
    await ask(CITIZEN, "ลบข้อมูลของฉัน");
    await h.standin.sendAsUser(CITIZEN, { type: "postback", data: "a=tk-forget" });
    expect(await stored(CITIZEN)).toBeUndefined();
    expect(await stored(GROUP)).toBeDefined();
  });
});
