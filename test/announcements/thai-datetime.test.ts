import { exampleDateTime, formatThaiDateTime, parseThaiDateTime } from "../../src/announcements/thai-datetime";

/** 25 พ.ย. 2568, 09:00 in Bangkok. */
const NOW = new Date("2025-11-25T02:00:00Z");
const at = (text: string, now = NOW) => {
  const r = parseThaiDateTime(text, now);
  if (!r.ok) throw new Error(`${text}: ${r.error} ${r.message}`);
  return r.at.toISOString();
};
const errorOf = (text: string, now = NOW) => {
  const r = parseThaiDateTime(text, now);
  return r.ok ? `ok ${r.at.toISOString()}` : r.error;
};

describe("parseThaiDateTime", () => {
  it.each([
    ["1 ธ.ค. 68 09:00", "2025-12-01T02:00:00.000Z"],
    ["๑ ธันวาคม ๒๕๖๘ 9:00 น.", "2025-12-01T02:00:00.000Z"],
    ["1/12/68 9.00", "2025-12-01T02:00:00.000Z"],
    ["1-12-2568 09:00", "2025-12-01T02:00:00.000Z"],
    ["1 ธ.ค. 2025 09:00", "2025-12-01T02:00:00.000Z"],
    ["1 ธ.ค. ค.ศ. 2025 09:00", "2025-12-01T02:00:00.000Z"],
    ["1 ธค 68 9:00", "2025-12-01T02:00:00.000Z"],
    ["วันที่ 1 ธันวาคม พ.ศ. 2568 เวลา 09.00 นาฬิกา", "2025-12-01T02:00:00.000Z"],
    ["1 ธ.ค. 68 9 โมง", "2025-12-01T02:00:00.000Z"],
    ["09:00 1 ธ.ค. 68", "2025-12-01T02:00:00.000Z"],
    ["๑/๑๒/๖๘ ๑๓:๔๕", "2025-12-01T06:45:00.000Z"],
    ["พรุ่งนี้ 9 โมง", "2025-11-26T02:00:00.000Z"],
    ["พรุ่งนี้ 06:00", "2025-11-25T23:00:00.000Z"],
    ["มะรืนนี้ บ่ายสอง", "2025-11-27T07:00:00.000Z"],
    ["มะรืน บ่ายโมงครึ่ง", "2025-11-27T06:30:00.000Z"],
    ["วันนี้ 16:30", "2025-11-25T09:30:00.000Z"],
    ["บ่าย 3 โมง", "2025-11-25T08:00:00.000Z"],
    ["2 ทุ่ม", "2025-11-25T13:00:00.000Z"],
    ["สองทุ่มครึ่ง", "2025-11-25T13:30:00.000Z"],
    ["5 โมงเย็น", "2025-11-25T10:00:00.000Z"],
    ["3 โมง", "2025-11-25T08:00:00.000Z"],
    ["เที่ยง", "2025-11-25T05:00:00.000Z"],
    ["พรุ่งนี้ ตี 5", "2025-11-25T22:00:00.000Z"],
    ["พรุ่งนี้ 10 โมง 15 นาที", "2025-11-26T03:15:00.000Z"],
    ["พรุ่งนี้ 14 น.", "2025-11-26T07:00:00.000Z"],
    ["1 ธ.ค. 09:00", "2025-12-01T02:00:00.000Z"],
  ])("reads %s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  // NOW is Tuesday 25 พ.ย. 2568.
  it.each([
    ["วันเสาร์หน้า 8 โมง", "2025-12-06T01:00:00.000Z"],
    ["เสาร์นี้ 8 โมง", "2025-11-29T01:00:00.000Z"],
    ["วันเสาร์ 08:00", "2025-11-29T01:00:00.000Z"],
    ["วันจันทร์ 9:00", "2025-12-01T02:00:00.000Z"],
    ["จันทร์หน้า 9 โมง", "2025-12-08T02:00:00.000Z"],
    ["อังคารนี้ 16:30", "2025-11-25T09:30:00.000Z"],
    ["วันพฤหัสบดีหน้า บ่ายสอง", "2025-12-04T07:00:00.000Z"],
    ["พฤหัส 10 โมง", "2025-11-27T03:00:00.000Z"],
    ["วันอาทิตย์หน้า 2 ทุ่ม", "2025-12-07T13:00:00.000Z"],
    ["ศุกร์สัปดาห์หน้า 9:00", "2025-12-05T02:00:00.000Z"],
    ["วันเสาร์ที่ 6 ธ.ค. 68 8 โมง", "2025-12-06T01:00:00.000Z"],
  ])("reads the weekday in %s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it("reads weekdays from any day of the week, never into the past", () => {
    for (let d = 0; d < 7; d++) {
      const now = new Date(Date.UTC(2025, 10, 23 + d, 1)); // 08:00 Bangkok, Sunday 23 พ.ย. onwards
      for (const [name, weekday] of [["อาทิตย์", 0], ["จันทร์", 1], ["พุธ", 3], ["เสาร์", 6]] as const) {
        const thisOne = new Date(at(`วัน${name} 9:00`, now));
        const next = new Date(at(`${name}หน้า 9:00`, now));
        expect(thisOne.getUTCDay()).toBe(weekday);
        expect(thisOne.getTime()).toBeGreaterThan(now.getTime());
        expect(thisOne.getTime() - now.getTime()).toBeLessThan(7 * 86_400_000);
        expect(next.getTime() - thisOne.getTime()).toBe(7 * 86_400_000);
      }
    }
  });

  it("suggests an example that is tomorrow, in the form it reads", () => {
    expect(exampleDateTime(NOW)).toBe("26 พ.ย. 68 09:00");
    expect(exampleDateTime(new Date("2026-12-31T10:00:00Z"))).toBe("1 ม.ค. 70 09:00");
    for (const now of [NOW, new Date("2026-12-31T10:00:00Z"), new Date("2027-02-28T16:59:00Z")]) {
      const r = parseThaiDateTime(exampleDateTime(now), now);
      expect(r.ok).toBe(true);
    }
    const unreadable = parseThaiDateTime("เร็วๆ นี้", NOW);
    expect(unreadable.ok ? "" : unreadable.message).toContain("26 พ.ย. 68 09:00");
  });

  it("reads 9 โมงเช้า as this morning when it is still early", () => {
    expect(at("9 โมงเช้า", new Date("2025-11-24T23:00:00Z"))).toBe("2025-11-25T02:00:00.000Z");
  });

  it("takes a date without a year as the next time that day comes", () => {
    expect(at("1 ม.ค. 9:00")).toBe("2026-01-01T02:00:00.000Z");
    expect(at("24 พ.ย. 9:00")).toBe("2026-11-24T02:00:00.000Z");
    expect(at("29 ก.พ. 9:00")).toBe("2028-02-29T02:00:00.000Z");
  });

  it("uses the date in Bangkok, not the server's (UTC) date", () => {
    // 00:30 on 26 พ.ย. in Bangkok is still the 25th in UTC.
    const justAfterMidnight = new Date("2025-11-25T17:30:00Z");
    expect(at("วันนี้ 9:00", justAfterMidnight)).toBe("2025-11-26T02:00:00.000Z");
    expect(at("พรุ่งนี้ 9:00", justAfterMidnight)).toBe("2025-11-27T02:00:00.000Z");
  });

  it("accepts 29 ก.พ. in a leap year", () => {
    expect(at("29 ก.พ. 71 09:00")).toBe("2028-02-29T02:00:00.000Z");
    expect(at("29/2/2028 09:00")).toBe("2028-02-29T02:00:00.000Z");
  });

  it.each(["31 ก.พ. 69 09:00", "30 ก.พ. 2569 09:00", "29 ก.พ. 69 09:00", "29 ก.พ. 2026 9:00", "31/4/69 9:00", "1/13/68 9:00", "0 ธ.ค. 68 9:00", "32 ธันวาคม 68 9:00", "31 เม.ย. 9:00"])(
    "says %s does not exist",
    (text) => {
      const r = parseThaiDateTime(text, NOW);
      expect(r).toMatchObject({ ok: false, error: "no-such-date" });
      if (!r.ok) expect(r.message).toContain("ไม่มีวันที่นี้");
    },
  );

  it.each(["1 ธ.ค. 68 25:00", "1 ธ.ค. 68 9:75"])("says the time in %s does not exist", (text) => {
    expect(errorOf(text)).toBe("no-such-date");
  });

  it.each(["1 พ.ย. 68 09:00", "วันนี้ 8:00", "วันนี้ 09:00", "24/11/2568 10:00", "1 ธ.ค. 2567 9:00", "9 โมงเช้า"])("says %s has passed", (text) => {
    const r = parseThaiDateTime(text, NOW);
    expect(r).toMatchObject({ ok: false, error: "past" });
    if (!r.ok) expect(r.message).toContain("ผ่านไปแล้ว");
  });

  it.each(["", "   ", "เร็วๆ นี้", "1 ธ.ค. 68", "พรุ่งนี้", "ตอนเย็น", "บ่าย", "9 ทุ่ม", "hello", "1 ธ.ค. 68 9:00 ".repeat(20)])(
    "cannot read %p",
    (text) => {
      const r = parseThaiDateTime(text, NOW);
      expect(r).toMatchObject({ ok: false, error: "unreadable" });
    },
  );

  it("asks for the time when only a date is given", () => {
    const r = parseThaiDateTime("1 ธ.ค. 68", NOW);
    expect(r.ok ? "" : r.message).toContain("เวลา");
  });
});

describe("formatThaiDateTime", () => {
  it("writes Buddhist Era and Bangkok time", () => {
    expect(formatThaiDateTime(new Date("2025-12-01T02:00:00Z"))).toBe("1 ธ.ค. 2568 เวลา 09:00 น.");
    expect(formatThaiDateTime(new Date("2025-11-30T17:05:00Z"))).toBe("1 ธ.ค. 2568 เวลา 00:05 น.");
  });
});
