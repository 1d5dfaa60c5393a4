/**
 * "สถิติถามตอบ": the Q&A channel's statistics for admins, month by month through the fiscal year we
 * are in (1 October – 30 September), with its total; "สถิติถามตอบ 2568" for another fiscal year.
 */
import { replyWith } from "../bot/bot-context";
import type { Capability } from "../bot/capability";
import type { CapabilityServices } from "../capabilities";
import { fiscalYearOf, fiscalYearSpan } from "../thai/fiscal-year";
import { questionStats, statsText } from "./qa-stats";

/** The first instant of the Bangkok month `monthsBack` months before the one containing `at`. */
export function bangkokMonthStart(at: Date, monthsBack = 0): Date {
  const bkk = new Date(at.getTime() + 7 * 3600 * 1000);
  return new Date(Date.UTC(bkk.getUTCFullYear(), bkk.getUTCMonth() - monthsBack, 1) - 7 * 3600 * 1000);
}

export function createStatsCapability(services: CapabilityServices): Capability {
  return {
    name: "qa-stats",
    commands: [
      {
        pattern: /^สถิติ(?:ถาม\s*-?\s*ตอบ|คำถาม)(?:\s*(?:ปี(?:งบ(?:ประมาณ)?)?\s*)?(25\d\d))?$/,
        roles: ["admin"],
        help: { button: "สถิติถามตอบ", summary: "จำนวนคำถามรายเดือนของปีงบประมาณ: บอทตอบ เจ้าหน้าที่ตอบ ปิดเรื่อง รอคำตอบ" },
        async handle(ctx, match) {
          const year = match[1] ? Number(match[1]) : fiscalYearOf(ctx.now);
          const { from, to } = fiscalYearSpan(year);
          if (from.getTime() > ctx.now.getTime()) return replyWith({ type: "text", text: `ปีงบประมาณ ${year} ยังไม่เริ่มค่ะ` });
          const stats = await questionStats(services.db, { from, to: to.getTime() < ctx.now.getTime() ? to : bangkokMonthStart(ctx.now, -1) });
          return replyWith({ type: "text", text: statsText(stats, services.orgName, `ปีงบประมาณ ${year}`) });
        },
      },
    ],
  };
}
