/**
 * The card staff see for a ticket: a Flex bubble from `flex-templates/ticket.json` (layout and
 * wording without code) with the action buttons added here, so postback data is always built by
 * {@link postbackData} and no ticket text can reach an action. Staff see the citizen's display name,
 * never their LINE ID (PDPA).
 */
import { postbackData } from "../bot/postback-data";
import { renderTemplate } from "../flex/render-template";
import { loadTemplate } from "../flex/templates";
import type { FlexBubble, FlexMessage } from "../line/message-types";
import { LOCATION_TEXT_LENGTH, placeText } from "../line/location-message";
import { formatThaiDateTime } from "../thai/thai-date";
import { CARD_QUESTION_LENGTH, clipText, KIND_TEXT, STATUS_TEXT, type Ticket } from "./ticket";
import { TICKET_ACTIONS } from "./ticket-actions";

/** Names on a card (a citizen's LINE name, a unit's) are cut here, so ten cards always fit a carousel. */
const NAME_LENGTH = 100;

const STATUS_COLOR: Record<Ticket["status"], string> = { open: "#B91C1C", answered: "#15803D", closed: "#6B7280" };


function attachmentSummary(t: Ticket): string {
  const images = t.attachments.filter((a) => a.type === "image").length;
  const location = t.attachments.find((a) => a.type === "location");
  const parts: string[] = [];
  if (images) parts.push(`รูปภาพ ${images} รูป`);
  if (location?.type === "location") parts.push(`ตำแหน่ง ${clipText(placeText(location.address) ?? `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`, LOCATION_TEXT_LENGTH)}`);
  return parts.join(", ");
}

/** The card's button for the attachments, or undefined when there are none. */
function attachmentsLabel(t: Ticket): string | undefined {
  const images = t.attachments.filter((a) => a.type === "image").length;
  const location = t.attachments.some((a) => a.type === "location");
  if (images && location) return "ดูรูปและตำแหน่ง";
  if (images) return `ดูรูป (${images})`;
  return location ? "ดูตำแหน่ง" : undefined;
}

export function ticketCard(t: Ticket, opts: { heading?: string; buttons?: boolean } = {}): FlexMessage {
  const bubble = renderTemplate<FlexBubble>(loadTemplate("ticket"), {
    code: t.code,
    kindText: KIND_TEXT[t.kind],
    statusText: STATUS_TEXT[t.status],
    statusColor: STATUS_COLOR[t.status],
    heading: t.confidential
      ? `🔒 เรื่องร้องเรียนลับ: ส่งถึงผู้รับเรื่องร้องเรียนเท่านั้น ห้ามส่งต่อ${opts.heading ? ` (${opts.heading})` : ""}`
      : (opts.heading ?? (t.kind === "request" ? "ประชาชนแจ้งเรื่อง" : "คำถามที่บอทตอบไม่ได้")),
    question: t.question ? clipText(t.question, CARD_QUESTION_LENGTH) : "(ข้อมูลถูกลบตามคำขอของเจ้าของข้อมูล)",
    followUp: clipText(t.followUps.at(-1) ?? "", CARD_QUESTION_LENGTH),
    attachments: attachmentSummary(t),
    // Who complained is protected even from the recipients' screens; they answer through the bot.
    citizenName: t.confidential ? "ผู้ร้องเรียน (ปกปิดชื่อ)" : clipText(t.citizenName ?? "ประชาชน (ไม่ระบุชื่อ)", NAME_LENGTH),
    createdAt: formatThaiDateTime(t.createdAt),
    unitName: clipText(t.unitName ?? "", NAME_LENGTH),
    answer: t.status === "open" ? "" : clipText(t.answer ?? "", CARD_QUESTION_LENGTH),
  });
  if (opts.buttons !== false) {
    const button = (label: string, action: string, style: "primary" | "secondary" | "link") => ({
      type: "button" as const,
      style,
      height: "sm" as const,
      action: { type: "postback" as const, label, data: postbackData(action, { t: t.id }), displayText: `${label} ${t.code}` },
    });
    // What the citizen attached opens from the card, whoever answers and whenever (view-attachments.ts).
    const view = attachmentsLabel(t);
    const buttons =
      t.status === "closed"
        ? [button("เปิดเรื่องอีกครั้ง", TICKET_ACTIONS.reopen, "secondary")]
        : [
            button("ตอบ", TICKET_ACTIONS.answer, "primary"),
            ...(view ? [button(view, TICKET_ACTIONS.attachments, "secondary")] : []),
            ...(t.confidential ? [] : [button("มอบหมายหน่วย", TICKET_ACTIONS.assign, "secondary")]),
            button("ปิดเรื่อง", TICKET_ACTIONS.close, "link"),
          ];
    bubble.footer = { type: "box", layout: "vertical", spacing: "sm", contents: buttons };
  }
  const what = t.followUps.length && t.status === "open" ? "ถามต่อ" : t.kind === "request" ? "แจ้งเรื่อง" : "คำถาม";
  // The notification preview shows altText: a confidential one says nothing of its content.
  const altText = t.confidential ? `🔒 เรื่องร้องเรียนลับ ${t.code}` : clipText(`${what} ${t.code}: ${t.followUps.at(-1) ?? t.question}`, 200);
  return { type: "flex", altText, contents: bubble };
}
