import {
  fiscalYearDates,
  fiscalYearHasEnded,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearSpan,
  parseFiscalYear,
} from "../../src/thai/fiscal-year";

describe("fiscal years (1 October – 30 September, Buddhist Era, Bangkok time)", () => {
  it("turns over at midnight of 1 October in Bangkok, not in UTC", () => {
    expect(fiscalYearOf(new Date("2026-09-30T16:59:59Z"))).toBe(2569); // 30 Sep 23:59 Bangkok
    expect(fiscalYearOf(new Date("2026-09-30T17:00:00Z"))).toBe(2570); // 1 Oct 00:00 Bangkok
    expect(fiscalYearOf(new Date("2026-12-05T03:00:00Z"))).toBe(2570);
    expect(fiscalYearOf("2025-09-30")).toBe(2568);
    expect(fiscalYearOf("2024-10-01")).toBe(2568);
  });

  it("gives a year's first and last day and its span as instants", () => {
    expect(fiscalYearDates(2568)).toEqual({ start: "2024-10-01", end: "2025-09-30" });
    const { from, to } = fiscalYearSpan(2570);
    expect(from.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(to.toISOString()).toBe("2027-09-30T17:00:00.000Z");
    expect(fiscalYearOf(from)).toBe(2570);
    expect(fiscalYearOf(new Date(to.getTime() - 1))).toBe(2570);
    expect(fiscalYearOf(to)).toBe(2571);
  });

  it("says a year has ended only once its last Bangkok day is over", () => {
    expect(fiscalYearHasEnded(2569, new Date("2026-09-30T16:59:59Z"))).toBe(false);
    expect(fiscalYearHasEnded(2569, new Date("2026-09-30T17:00:00Z"))).toBe(true);
    expect(fiscalYearHasEnded(2570, new Date("2026-12-05T03:00:00Z"))).toBe(false);
  });

  it("lists a year's months from October to September", () => {
    const months = fiscalYearMonths(2570);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-10");
    expect(months[2]).toBe("2026-12");
    expect(months[3]).toBe("2027-01");
    expect(months[11]).toBe("2027-09");
  });

  it("reads a year typed after a command, relative words counting from the current fiscal year", () => {
    const now = new Date("2026-12-05T03:00:00Z"); // fiscal year 2570
    const read: Array<[string, number | undefined]> = [
      ["2568", 2568],
      ["๒๕๖๘", 2568],
      ["68", 2568],
      ["ปีงบ 68", 2568],
      ["ปีงบประมาณ พ.ศ. 2569", 2569],
      ["พ.ศ.2569", 2569],
      ["ปีนี้", 2570],
      ["ปีงบนี้", 2570],
      ["ปีที่แล้ว", 2569],
      ["ปีก่อน", 2569],
      ["ปีหน้า", 2571],
      ["2025", 2568],
      ["กองคลัง", undefined],
      ["123", undefined],
      ["", undefined],
    ];
    expect(read.map(([text]) => [text, parseFiscalYear(text, now)])).toEqual(read);
  });
});
