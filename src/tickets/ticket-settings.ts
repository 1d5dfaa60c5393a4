/**
 * Settings of the ticket capability, in `settings/tickets` so an admin can change them without a
 * deploy: how many working days before staff are reminded, whether weekends count, and the year's
 * public holidays. Fixed-date Thai public holidays ship as defaults; the lunar ones (มาฆบูชา,
 * วิสาขบูชา, อาสาฬหบูชา, เข้าพรรษา) and substitution days are announced each year by the cabinet and
 * must be added to `holidays` in that document.
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import { TICKET_COLLECTIONS } from "./collections";
import type { SendLimits } from "./throttle";
import type { WorkingDayRules } from "./working-days";

export interface TicketSettings extends WorkingDayRules {
  reminderWorkingDays: number;
  /** How long photos and a location sent after intake still attach to the ticket. */
  attachMinutes: number;
  /** What one citizen may send to staff (throttle.ts). */
  limits: SendLimits;
  /** How long photos and a location sent before the text wait for the ticket that text opens. */
  pendingMinutes: number;
}

/** Month-day of Thai public holidays that fall on the same Gregorian date every year. */
export const FIXED_THAI_HOLIDAYS: readonly string[] = [
  "01-01", // วันขึ้นปีใหม่
  "04-06", // วันจักรี
  "04-13", "04-14", "04-15", // วันสงกรานต์
  "05-01", // วันแรงงาน
  "05-04", // วันฉัตรมงคล
  "06-03", // วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี
  "07-28", // วันเฉลิมพระชนมพรรษา ร.10
  "08-12", // วันแม่แห่งชาติ
  "10-13", // วันนวมินทรมหาราช
  "10-23", // วันปิยมหาราช
  "12-05", // วันพ่อแห่งชาติ
  "12-10", // วันรัฐธรรมนูญ
  "12-31", // วันสิ้นปี
];

const schema = z.object({
  reminderWorkingDays: z.number().int().min(0).max(30).default(1),
  skipWeekends: z.boolean().default(true),
  useFixedHolidays: z.boolean().default(true),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  attachMinutes: z.number().int().min(1).max(24 * 60).default(15),
  /**
   * Per citizen. A person with a real problem sends one or two tickets and a few photos; these
   * leave room for that several times over and stop a flood (30 tickets in 11 seconds) at once.
   */
  limits: z
    .object({
      ticketsPerHour: z.number().int().min(1).default(5),
      ticketsPerDay: z.number().int().min(1).default(10),
      attachmentsPerHour: z.number().int().min(1).default(20),
      attachmentsPerDay: z.number().int().min(1).default(40),
      attachmentsPerTicket: z.number().int().min(1).default(10),
    })
    .prefault({}),
  pendingMinutes: z.number().int().min(1).max(24 * 60).default(15),
});

export function ticketSettingsFrom(data: unknown, years: readonly number[]): TicketSettings {
  const parsed = schema.safeParse(data ?? {});
  const s = parsed.success ? parsed.data : schema.parse({});
  const holidays = new Set(s.holidays);
  if (s.useFixedHolidays) for (const y of years) for (const md of FIXED_THAI_HOLIDAYS) holidays.add(`${y}-${md}`);
  return { reminderWorkingDays: s.reminderWorkingDays, skipWeekends: s.skipWeekends, holidays, attachMinutes: s.attachMinutes, limits: s.limits, pendingMinutes: s.pendingMinutes };
}

export async function loadTicketSettings(db: Firestore, now: Date): Promise<TicketSettings> {
  const d = (await db.collection(TICKET_COLLECTIONS.settings).doc("tickets").get()).data();
  const y = now.getUTCFullYear();
  return ticketSettingsFrom(d, [y - 1, y, y + 1]);
}
