/** The ticket store against the embedded Firestore: codes, the one-answer-per-round guard, rounds. */
import { randomIds, type Ids } from "../../src/ids";
import { TICKET_COLLECTIONS } from "../../src/tickets/collections";
import { reserveCode } from "../../src/tickets/ticket-codes";
import { createTicketStore, monthKey } from "../../src/tickets/ticket-store";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

describe("ticket store", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());
  const at = new Date("2026-11-20T03:00:00Z");

  it("never gives a code twice: after collisions it takes five digits, then gives up", async () => {
    const same: Ids = { uuid: () => "00000000-0000-4000-8000-000000000000" };
    let n = 0;
    const stepping: Ids = { uuid: () => (n++ < 1 ? "00000000-0000-4000-8000-000000000000" : randomIds.uuid()) };
    const first = await reserveCode(fs.db, same, "question", "t1", at);
    const second = await reserveCode(fs.db, stepping, "question", "t2", at);
    expect(first).toBe("Q-1000");
    expect(second).not.toBe(first);
    expect(await reserveCode(fs.db, same, "question", "t3", at)).toBe("Q-10000");
    await expect(reserveCode(fs.db, same, "question", "t4", at)).rejects.toThrow(/no free ticket code/);
  });

  it("lets exactly one of many simultaneous answers win a round", async () => {
    const store = createTicketStore(fs.db, randomIds);
    const t = await store.open({ kind: "question", citizenId: "Ucitizen", citizenName: "สมชาย", question: "ถามอะไรสักอย่าง" }, at);
    expect(t).toMatchObject({ status: "open", round: 1, code: expect.stringMatching(/^Q-\d{4}$/) });
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => store.claimAnswer(t.id, { text: `คำตอบ ${i}`, by: `Ustaff${i}`, byName: null }, at)),
    );
    expect(claims.filter((c) => c.won)).toHaveLength(1);
    const answers = await fs.db.collection(TICKET_COLLECTIONS.ticketAnswers).where("ticketId", "==", t.id).get();
    expect(answers.size).toBe(1);
    const winner = claims.find((c) => c.won);
    expect((await store.get(t.id))?.answer).toBe(answers.docs[0]?.get("text"));
    expect(winner?.ticket?.status).toBe("answered");
  });

  it("opens a new round on a follow-up, keeps the first answer time, and takes one answer per round", async () => {
    const store = createTicketStore(fs.db, randomIds);
    const t = await store.open({ kind: "request", citizenId: "Ucitizen", citizenName: null, question: "ไฟดับ" }, at);
    await store.claimAnswer(t.id, { text: "รับทราบ", by: "Ustaff", byName: "สมศรี" }, new Date(at.getTime() + 3600_000));
    const reopened = await store.reopen(t.id, "ยังไม่มาซ่อมเลย", new Date(at.getTime() + 7200_000));
    expect(reopened).toMatchObject({ status: "open", round: 2, followUps: ["ยังไม่มาซ่อมเลย"] });
    const again = await store.claimAnswer(t.id, { text: "พรุ่งนี้ช่างเข้าค่ะ", by: "Ustaff", byName: "สมศรี" }, new Date(at.getTime() + 9000_000));
    expect(again.won).toBe(true);
    const final = await store.get(t.id);
    expect(final?.firstAnsweredAt).toEqual(new Date(at.getTime() + 3600_000));
    expect(final?.answer).toBe("พรุ่งนี้ช่างเข้าค่ะ");
    expect(await store.rate(t.id, "Uother", 5, at)).toBeUndefined();
    expect((await store.rate(t.id, "Ucitizen", 4, at))?.rating).toBe(4);
    expect((await store.close(t.id, "Ustaff", at))?.status).toBe("closed");
    expect(await store.claimAnswer(t.id, { text: "x", by: "Ustaff", byName: null }, at)).toMatchObject({ won: false, reason: "closed" });
  });

  it("keys months by Bangkok's calendar", () => {
    expect(monthKey(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12");
    expect(monthKey(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11");
  });
});
