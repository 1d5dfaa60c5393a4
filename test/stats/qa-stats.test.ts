/** Monthly Q&A statistics from the counters and the tickets, against the embedded Firestore. */
import { randomIds } from "../../src/ids";
import { monthsBetween, questionStats, recordQuestionOutcome, statsText } from "../../src/stats/qa-stats";
import { bangkokMonthStart } from "../../src/stats/stats-capability";
import { createTicketStore } from "../../src/tickets/ticket-store";
import { openTestFirestore, type TestFirestore } from "../support/firestore";

const bkk = (iso: string) => new Date(`${iso}+07:00`);
const HOUR = 3600_000;

describe("question statistics", () => {
  let fs: TestFirestore;
  beforeAll(() => {
    fs = openTestFirestore();
  });
  afterAll(() => fs.close());

  it("counts per month: bot answers, hand-offs, staff answers, open, median time and rating", async () => {
    for (const answered of [true, true, true, false]) await recordQuestionOutcome(fs.db, { answered, kind: "plan" }, bkk("2026-10-15T10:00:00"));
    await recordQuestionOutcome(fs.db, { answered: true, kind: "smalltalk" }, bkk("2026-10-15T10:00:00"));
    await recordQuestionOutcome(fs.db, { answered: true, kind: "faq" }, bkk("2026-11-01T00:10:00"));

    const store = createTicketStore(fs.db, randomIds);
    const open = async (at: Date) => store.open({ kind: "question", citizenId: "Uc", citizenName: null, question: "q" }, at);
    const a = await open(bkk("2026-10-01T09:00:00"));
    const b = await open(bkk("2026-10-02T09:00:00"));
    await open(bkk("2026-10-31T23:00:00"));
    const d = await open(bkk("2026-11-02T09:00:00"));
    await store.claimAnswer(a.id, { text: "x", by: "Us", byName: null }, new Date(a.createdAt.getTime() + 2 * HOUR));
    await store.claimAnswer(b.id, { text: "x", by: "Us", byName: null }, new Date(b.createdAt.getTime() + 6 * HOUR));
    await store.claimAnswer(d.id, { text: "x", by: "Us", byName: null }, new Date(d.createdAt.getTime() + 1 * HOUR));
    await store.rate(a.id, "Uc", 5, bkk("2026-10-01T12:00:00"));
    await store.rate(b.id, "Uc", 2, bkk("2026-10-02T16:00:00"));

    const stats = await questionStats(fs.db, { from: bkk("2026-10-01T00:00:00"), to: bkk("2026-12-01T00:00:00") });
    expect(stats.months.map((m) => m.month)).toEqual(["2026-10", "2026-11"]);
    // October: 3 answered by the bot, 3 tickets (2 answered, 1 open); the one unanswered question
    // counted is one of those tickets, so nothing is "not sent".
    expect(stats.months[0]).toMatchObject({
      monthText: "ต.ค. 2569",
      total: 6,
      answeredByBot: 3,
      handedToStaff: 3,
      answeredByStaff: 2,
      open: 1,
      closed: 0,
      medianHoursToStaffAnswer: 4,
      averageRating: 3.5,
      ratings: 2,
    });
    expect(stats.months[1]).toMatchObject({ answeredByBot: 1, handedToStaff: 1, answeredByStaff: 1, open: 0, averageRating: null });
    expect(stats.total).toMatchObject({ total: 8, answeredByBot: 4, handedToStaff: 4, answeredByStaff: 3, medianHoursToStaffAnswer: 2, averageRating: 3.5 });
    const text = statsText(stats, "อบต.เวียงท่ากาน");
    expect(text).toContain("ต.ค. 2569");
    expect(text).toContain("คะแนนเฉลี่ย 3.5/5 (2 ครั้ง)");
  });

  it("walks Bangkok months", () => {
    expect(monthsBetween(bkk("2026-11-01T00:00:00"), bkk("2027-02-01T00:00:00"))).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(bangkokMonthStart(bkk("2026-11-20T10:00:00"), 5)).toEqual(bkk("2026-06-01T00:00:00"));
    expect(bangkokMonthStart(bkk("2026-12-20T10:00:00"), -1)).toEqual(bkk("2027-01-01T00:00:00"));
  });
});
