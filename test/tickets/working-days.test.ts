import { addWorkingDays, bangkokDay, isOverdue, isWorkingDay } from "../../src/tickets/working-days";
import { ticketSettingsFrom } from "../../src/tickets/ticket-settings";

/** Bangkok wall-clock time → instant. */
const bkk = (iso: string) => new Date(`${iso}+07:00`);

describe("working days in Bangkok", () => {
  const rules = ticketSettingsFrom({ holidays: ["2026-12-07"] }, [2026]);

  it("skips weekends and configured and fixed Thai holidays", () => {
    expect(isWorkingDay(bkk("2026-12-04T10:00:00"), rules)).toBe(true); // Friday
    expect(isWorkingDay(bkk("2026-12-05T10:00:00"), rules)).toBe(false); // Saturday, วันพ่อ
    expect(isWorkingDay(bkk("2026-12-07T10:00:00"), rules)).toBe(false); // configured substitution day
    expect(isWorkingDay(bkk("2026-12-10T10:00:00"), rules)).toBe(false); // วันรัฐธรรมนูญ (fixed)
    expect(isWorkingDay(bkk("2026-12-08T00:30:00"), rules)).toBe(true); // Tuesday just after midnight (UTC: Monday)
    expect(bangkokDay(new Date("2026-12-07T17:30:00Z"))).toBe("2026-12-08");
  });

  it("makes a Friday afternoon ticket due on the next working day at the same time", () => {
    expect(addWorkingDays(bkk("2026-12-04T15:00:00"), 1, rules)).toEqual(bkk("2026-12-08T15:00:00"));
    expect(isOverdue(bkk("2026-12-04T15:00:00"), bkk("2026-12-08T14:59:00"), 1, rules)).toBe(false);
    expect(isOverdue(bkk("2026-12-04T15:00:00"), bkk("2026-12-08T15:00:00"), 1, rules)).toBe(true);
  });

  it("starts counting a weekend ticket at the next working day", () => {
    expect(addWorkingDays(bkk("2026-11-28T10:00:00"), 1, rules)).toEqual(bkk("2026-12-01T00:00:00"));
  });

  it("counts weekends when configured so, and takes a larger allowance", () => {
    const everyDay = ticketSettingsFrom({ skipWeekends: false, useFixedHolidays: false, reminderWorkingDays: 2 }, [2026]);
    expect(everyDay.reminderWorkingDays).toBe(2);
    expect(addWorkingDays(bkk("2026-12-04T15:00:00"), 2, everyDay)).toEqual(bkk("2026-12-06T15:00:00"));
  });

  it("falls back to defaults on a malformed settings document", () => {
    const s = ticketSettingsFrom({ reminderWorkingDays: "one" }, [2026]);
    expect(s).toMatchObject({ reminderWorkingDays: 1, skipWeekends: true, attachMinutes: 15 });
    expect(s.holidays.has("2026-01-01")).toBe(true);
  });
});
