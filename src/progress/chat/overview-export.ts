/**
 * For admins: "ภาพรวม" shows the current plan's progress in chat (a past year's with its year:
 * "ภาพรวม 2568", "ภาพรวม ปีที่แล้ว"), and "ส่งออกรายงาน" (also with a year) gives an expiring link
 * to the printable report and its CSV, as buttons (whoever holds the link can open the report, so
 * the reply asks not to forward it).
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { ownNextSteps } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { yearNotHeldText, type HeldPlan } from "../../plan/held-plan";
import type { FlexComponent, Message } from "../../line/message-types";
import { parseFiscalYear, YEAR_ARGUMENT } from "../../thai/fiscal-year";
import { formatThaiDateTime } from "../../thai/thai-date";
import { computeOverview } from "../overview";
import { ACTION_URI_LENGTH, lineUrl } from "../../line/line-url";
import { textMessage } from "../../line/split-text";
import { ACTIONS, overviewMessages, text } from "../render";
import type { ProgressContext } from "./progress-context";

/**
 * The report's links as buttons (uri actions) on a card, not bare text: a tap opens them, and the
 * long token never has to be copied. Whoever holds a link can open the report, so it says not to
 * forward it.
 */
export function exportButtons(htmlLink: string, csvLink: string, expiresAt: Date, fiscalYear: number): Message {
  // PUBLIC_BASE_URL as configured, encoded as LINE takes a URI action (line-url.ts); a link LINE
  // could not take as a button is still given, as text.
  const asUri = (url: string) => lineUrl(url, { protocols: ["https:", "http:"], maxLength: ACTION_URI_LENGTH });
  const htmlUrl = asUri(htmlLink);
  const csvUrl = asUri(csvLink);
  if (!htmlUrl || !csvUrl) return textMessage(`รายงานความคืบหน้าตามมาตรการ ปีงบประมาณ พ.ศ. ${fiscalYear} (สำหรับผู้ดูแล กรุณาอย่าส่งต่อ)\n${htmlLink}\nCSV: ${csvLink}`);
  const uriButton = (label: string, uri: string, primary: boolean): FlexComponent => ({
    type: "button",
    style: primary ? "primary" : "secondary",
    height: "sm",
    action: { type: "uri", label, uri },
  });
  return {
    type: "flex",
    altText: `ลิงก์รายงานความคืบหน้าตามมาตรการ ปีงบประมาณ พ.ศ. ${fiscalYear} (สำหรับผู้ดูแล)`,
    contents: {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        spacing: "sm",
        contents: [
          { type: "text", text: `รายงานความคืบหน้าตามมาตรการ ปีงบประมาณ พ.ศ. ${fiscalYear}`, weight: "bold", wrap: true },
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
  const { services, links, plans } = pc;

  /** The plan a command's year names (the current one without a year), or the refusal to say. */
  async function planNamed(ctx: BotContext, words: string | undefined): Promise<HeldPlan | Outcome> {
    if (!words) return plans.current();
    const year = parseFiscalYear(words, ctx.now);
    if (year === undefined) return replyWith(text(`ไม่เข้าใจปีที่ระบุค่ะ ลองพิมพ์ เช่น "ภาพรวม 2568" หรือ "ภาพรวม ปีที่แล้ว"`));
    return (await plans.ofYear(year)) ?? replyWith(text(yearNotHeldText(year, await plans.all())));
  }

  async function overview(ctx: BotContext, words?: string): Promise<Outcome> {
    const held = await planNamed(ctx, words);
    if (!("plan" in held)) return held;
    const snapshot = await plans.progressOf(held).snapshot();
    return { messages: overviewMessages(computeOverview(snapshot, ctx.now), snapshot, "ภาพรวมความคืบหน้า") };
  }

  return {
    commands: [
      {
        pattern: new RegExp(`^ภาพรวม(?:ความคืบหน้า)?(?:\\s*${YEAR_ARGUMENT})?$`),
        roles: ["admin"],
        help: { button: "ภาพรวม", summary: "ความคืบหน้าทั้งแผน รายมาตรการและรายหน่วยงาน กิจกรรมที่ล่าช้า (ปีก่อน: ภาพรวม 2568)" },
        handle: (ctx, m) => overview(ctx, m[1]),
      },
      {
        pattern: new RegExp(`^ส่งออกรายงาน(?:\\s*${YEAR_ARGUMENT})?$`),
        roles: ["admin"],
        help: { button: "ส่งออกรายงาน", summary: "ลิงก์รายงานสำหรับพิมพ์ และไฟล์ CSV สำหรับ Excel (ใช้ได้ 24 ชม.; ปีก่อน: ส่งออกรายงาน 2568)" },
        async handle(ctx, m) {
          if (!services.publicBaseUrl) {
            return replyWith(text("ขออภัยค่ะ ระบบยังไม่ได้ตั้งค่าที่อยู่เว็บ (PUBLIC_BASE_URL) จึงสร้างลิงก์รายงานไม่ได้ กรุณาแจ้งผู้ดูแลระบบค่ะ"));
          }
          const held = await planNamed(ctx, m[1]);
          if (!("plan" in held)) return held;
          const { token, expiresAt } = await links.create(ctx.person?.userId ?? "", ctx.now);
          const base = services.publicBaseUrl.replace(/\/+$/, "");
          const year = held.status === "current" ? "" : `&year=${held.plan.fiscalYear}`;
          const card = exportButtons(`${base}/reports/progress?token=${token}${year}`, `${base}/reports/progress.csv?token=${token}${year}`, expiresAt, held.plan.fiscalYear);
          return replyWith({ ...card, quickReply: ownNextSteps });
        },
      },
    ],
    postbacks: {
      [ACTIONS.overview]: { roles: ["admin"], handle: (ctx) => overview(ctx) },
    },
  };
}
