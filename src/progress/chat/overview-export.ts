/**
 * For admins: "ภาพรวม" shows the whole plan's progress in chat, and "ส่งออกรายงาน" gives an
 * expiring link to the printable report and its CSV (whoever holds the link can open the report,
 * so the reply asks not to forward it).
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { formatThaiDate } from "../../thai/thai-date";
import { computeOverview } from "../overview";
import { ACTIONS, overviewMessages, text } from "../render";
import type { ProgressContext } from "./progress-context";

export function overviewExport(pc: ProgressContext): CapabilityPart {
  const { services, progress, links } = pc;

  async function overview(ctx: BotContext): Promise<Outcome> {
    const snapshot = await progress.snapshot();
    return { messages: overviewMessages(computeOverview(snapshot, ctx.now), snapshot, "ภาพรวมความคืบหน้า") };
  }

  return {
    commands: [
      {
        pattern: /^ภาพรวม(ความคืบหน้า)?$/,
        roles: ["admin"],
        help: { button: "ภาพรวม", summary: "ความคืบหน้าทั้งแผน รายมาตรการและรายหน่วยงาน กิจกรรมที่ล่าช้า" },
        handle: (ctx) => overview(ctx),
      },
      {
        pattern: /^ส่งออกรายงาน$/,
        roles: ["admin"],
        help: { button: "ส่งออกรายงาน", summary: "ลิงก์รายงานสำหรับพิมพ์ และไฟล์ CSV สำหรับ Excel (ใช้ได้ 24 ชม.)" },
        async handle(ctx) {
          if (!services.publicBaseUrl) {
            return replyWith(text("ขออภัยค่ะ ระบบยังไม่ได้ตั้งค่าที่อยู่เว็บ (PUBLIC_BASE_URL) จึงสร้างลิงก์รายงานไม่ได้ กรุณาแจ้งผู้ดูแลระบบค่ะ"));
          }
          const { token, expiresAt } = await links.create(ctx.person?.userId ?? "", ctx.now);
          const base = services.publicBaseUrl.replace(/\/+$/, "");
          const until = `${formatThaiDate(expiresAt, "short")} ${new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit" }).format(expiresAt)} น.`;
          return replyWith(
            text(
              [
                "รายงานความคืบหน้าตามมาตรการ (สำหรับผู้ดูแลเท่านั้น กรุณาอย่าส่งต่อลิงก์นี้)",
                `หน้าพิมพ์: ${base}/reports/progress?token=${token}`,
                `ไฟล์ CSV สำหรับ Excel: ${base}/reports/progress.csv?token=${token}`,
                `ลิงก์ใช้ได้ถึง ${until} ค่ะ`,
              ].join("\n"),
            ),
          );
        },
      },
    ],
    postbacks: {
      [ACTIONS.overview]: { roles: ["admin"], handle: (ctx) => overview(ctx) },
    },
  };
}
