/**
 * For admins: "ภาพรวม" shows the whole plan's progress in chat, and "ส่งออกรายงาน" gives an
 * expiring link to the printable report and its CSV, as buttons.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import type { FlexComponent, Message } from "../../line/message-types";
import { formatThaiDateTime } from "../../thai/thai-date";
import { computeOverview } from "../overview";
import { ACTIONS, overviewMessages, text } from "../render";
import type { ProgressContext } from "./progress-context";

/**
 * The report's links as buttons (uri actions) on a card, not bare text: a tap opens them, and the
 * long token never has to be copied. Whoever holds a link can open the report, so it says not to
 * forward it.
 */
export function exportButtons(htmlUrl: string, csvUrl: string, expiresAt: Date): Message {
  const uriButton = (label: string, uri: string, primary: boolean): FlexComponent => ({
    type: "button",
    style: primary ? "primary" : "secondary",
    height: "sm",
    action: { type: "uri", label, uri },
  });
  return {
    type: "flex",
    altText: "ลิงก์รายงานความคืบหน้าตามมาตรการ (สำหรับผู้ดูแล)",
    contents: {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        spacing: "sm",
        contents: [
          { type: "text", text: "รายงานความคืบหน้าตามมาตรการ", weight: "bold", wrap: true },
          { type: "text", text: `สำหรับผู้ดูแลเท่านั้น กรุณาอย่าส่งต่อลิงก์นี้ ใช้ได้ถึง ${formatThaiDateTime(expiresAt)}`, size: "sm", color: "#666666", wrap: true },
        ],
      },
      footer: {
        type: "box",
        layout: "vertical",
        spacing: "sm",
        contents: [uriButton("เปิดรายงาน (พิมพ์ได้)", htmlUrl, true), uriButton("ดาวน์โหลด CSV สำหรับ Excel", csvUrl, false)],
      },
    },
  };
}

export function overviewExport(pc: ProgressContext): CapabilityPart {
  const { services, progress, links } = pc;

  async function overview(ctx: BotContext): Promise<Outcome> {
    const snapshot = await progress.snapshot();
    return { messages: overviewMessages(computeOverview(snapshot, ctx.now), snapshot, "ภาพรวมความคืบหน้า") };
  }

  return {
    commands: [
      { pattern: /^ภาพรวม(ความคืบหน้า)?$/, roles: ["admin"], handle: (ctx) => overview(ctx) },
      {
        pattern: /^ส่งออกรายงาน$/,
        roles: ["admin"],
        async handle(ctx) {
          if (!services.publicBaseUrl) {
            return replyWith(text("ขออภัยค่ะ ระบบยังไม่ได้ตั้งค่าที่อยู่เว็บ (PUBLIC_BASE_URL) จึงสร้างลิงก์รายงานไม่ได้ กรุณาแจ้งผู้ดูแลระบบค่ะ"));
          }
          const { token, expiresAt } = await links.create(ctx.person?.userId ?? "", ctx.now);
          const base = services.publicBaseUrl.replace(/\/+$/, "");
          return replyWith(exportButtons(`${base}/reports/progress?token=${token}`, `${base}/reports/progress.csv?token=${token}`, expiresAt));
        },
      },
    ],
    postbacks: {
      [ACTIONS.overview]: { roles: ["admin"], handle: (ctx) => overview(ctx) },
    },
  };
}
