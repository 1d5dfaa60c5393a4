/** "สถิติถามตอบ": the Q&A channel's statistics for admins, the last six months and their total. */
import { replyWith } from "../bot/bot-context";
import type { Capability } from "../bot/capability";
import type { CapabilityServices } from "../capabilities";
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
        pattern: /^สถิติ(?:ถาม\s*-?\s*ตอบ|คำถาม)$/,
        roles: ["admin"],
        help: { button: "สถิติถามตอบ", summary: "จำนวนคำถามรายเดือน: บอทตอบ เจ้าหน้าที่ตอบ รอคำตอบ" },
        async handle(ctx) {
          const stats = await questionStats(services.db, { from: bangkokMonthStart(ctx.now, 5), to: bangkokMonthStart(ctx.now, -1) });
          return replyWith({ type: "text", text: statsText(stats, services.orgName) });
        },
      },
    ],
  };
}
