import { fiscalYearOf, fiscalYearSpan } from "../../src/thai/fiscal-year";
import { formatThaiDate, formatThaiDateRange, formatThaiDateTime, formatThaiMonth, parseThaiDate } from "../../src/thai/thai-date";

describe("formatThaiDate", () => {
  it("writes long dates in Buddhist Era with Arabic digits, the product's one style", () => {
    expect(formatThaiDate("2024-10-01", "long")).toBe("1 ตุลาคม 2567");
    expect(formatThaiDate("2024-10-01", "long", { digits: "thai" })).toBe("๑ ตุลาคม ๒๕๖๗");
  });
  it("writes short dates with Arabic digits by default", () => {
    expect(formatThaiDate("2024-10-01", "short")).toBe("1 ต.ค. 2567");
  });
  it("uses Bangkok time for instants whatever the server's zone", () => {
    expect(formatThaiDate(new Date("2025-09-30T17:30:00Z"), "short")).toBe("1 ต.ค. 2568");
    expect(formatThaiDate(new Date("2025-09-30T16:59:00Z"), "short")).toBe("30 ก.ย. 2568");
  });
  it("can use Arabic digits in long dates", () => {
    expect(formatThaiDateRange("2024-10-01", "2025-09-30", "long", { digits: "arabic" })).toBe("1 ตุลาคม 2567 - 30 กันยายน 2568");
  });
});

describe("dates and times, fiscal years", () => {
  it("writes date and time in Bangkok", () => {
    expect(formatThaiDateTime(new Date("2025-11-30T17:05:00Z"))).toBe("1 ธ.ค. 2568 เวลา 00:05 น.");
    expect(formatThaiDateTime(new Date("2025-11-30T17:05:00Z"), "long")).toBe("1 ธันวาคม 2568 เวลา 00:05 น.");
  });
  it("puts 1 October in the next fiscal year, in Bangkok time", () => {
    expect(fiscalYearOf(new Date("2025-09-30T16:59:00Z"))).toBe(2568);
    expect(fiscalYearOf(new Date("2025-09-30T17:00:00Z"))).toBe(2569);
    expect(fiscalYearSpan(2569)).toEqual({ from: new Date("2025-09-30T17:00:00Z"), to: new Date("2026-09-30T17:00:00Z") });
    expect(formatThaiMonth("2025-10")).toBe("ต.ค. 2568");
  });
});

describe("parseThaiDate", () => {
  it.each([
    ["๑ ตุลาคม ๒๕๖๗", "2024-10-01"],
    ["30 กันยายน 2568", "2025-09-30"],
    ["1 ต.ค. 67", "2024-10-01"],
    ["29 ก.พ. 2567", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(parseThaiDate(text)).toBe(iso);
  });
  it("refuses what is not a date", () => {
    expect(parseThaiDate("31 กันยายน 2568")).toBeUndefined();
    expect(parseThaiDate("ตลอดปี")).toBeUndefined();
  });
});
