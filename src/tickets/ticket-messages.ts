/**
 * What citizens and staff read about tickets: short, polite Thai (ค่ะ), Buddhist Era dates, codes
 * a person can read out. Postback buttons carry the ticket's Firestore ID, never a LINE user ID.
 */
import { postbackData } from "../bot/postback-data";
import { fitLabel } from "../line/fit-label";
import type { Message, QuickReply, QuickReplyItem } from "../line/message-types";
import { formatThaiDate } from "../thai/thai-date";
import { STATUS_TEXT, type Ticket } from "./ticket";
import { TICKET_ACTIONS } from "./ticket-actions";

const text = (t: string, quickReply?: QuickReply): Message => (quickReply ? { type: "text", text: t, quickReply } : { type: "text", text: t });
const pb = (label: string, data: string, displayText = label): QuickReplyItem => ({ type: "action", action: { type: "postback", label, data, displayText } });
const say = (label: string, t = label): QuickReplyItem => ({ type: "action", action: { type: "message", label, text: t } });

/** Longest staff answer sent in one text message (LINE allows 5,000; the header needs room). */
export const MAX_ANSWER_LENGTH = 4000;

export const ticketText = {
  confirm: (orgName: string) =>
    text(`ขออภัยค่ะ บอทยังไม่มีคำตอบสำหรับคำถามนี้ ต้องการส่งคำถามนี้ให้เจ้าหน้าที่ ${orgName} ตอบไหมคะ`, {
      items: [pb("ส่งให้เจ้าหน้าที่", postbackData(TICKET_ACTIONS.send)), pb("ไม่ต้อง", postbackData(TICKET_ACTIONS.dontSend))],
    }),
  notSent: () => text("รับทราบค่ะ ไม่ได้ส่งคำถามให้เจ้าหน้าที่ หากมีคำถามอื่น พิมพ์มาได้เลยนะคะ"),
  confirmExpired: () => text("ขออภัยค่ะ คำถามที่รอส่งหมดเวลาแล้ว กรุณาพิมพ์คำถามอีกครั้งนะคะ"),
  received: (t: Ticket, orgName: string, attachMinutes: number) =>
    text(
      [
        `${t.kind === "request" ? "รับเรื่องแล้วค่ะ" : "ส่งคำถามให้เจ้าหน้าที่แล้วค่ะ"} 📝`,
        `เลขที่เรื่อง: ${t.code}`,
        `เจ้าหน้าที่ ${orgName} จะตอบกลับในแชตนี้ค่ะ`,
        `มีรูปถ่ายหรือตำแหน่ง ส่งมาได้ภายใน ${attachMinutes} นาที จะแนบกับเรื่องนี้ให้ค่ะ`,
        `ติดตามได้ทุกเมื่อ พิมพ์ "ติดตามเรื่อง"`,
      ].join("\n"),
      {
        items: [
          { type: "action", action: { type: "camera", label: "ถ่ายรูป" } },
          { type: "action", action: { type: "cameraRoll", label: "เลือกรูป" } },
          { type: "action", action: { type: "location", label: "ส่งตำแหน่ง" } },
          say("ติดตามเรื่อง"),
        ],
      },
    ),
  attached: (t: Ticket, what: "image" | "location") => text(`แนบ${what === "image" ? "รูปภาพ" : "ตำแหน่ง"}กับเรื่อง ${t.code} แล้วค่ะ`),
  answerToCitizen: (t: Ticket, answer: string, orgName: string) =>
    text(
      [`💬 คำตอบจากเจ้าหน้าที่ ${orgName}`, `เรื่อง ${t.code}`, "", answer.slice(0, MAX_ANSWER_LENGTH), "", `ให้คะแนนคำตอบนี้ (1–5) หรือแตะ "ถามต่อ" หากยังมีข้อสงสัยค่ะ`].join("\n"),
      {
        items: [
          ...[1, 2, 3, 4, 5].map((r) => pb(`${"⭐".repeat(r)}`, postbackData(TICKET_ACTIONS.rate, { t: t.id, r: String(r) }), `ให้คะแนน ${r}`)),
          pb("ถามต่อ", postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`),
        ],
      },
    ),
  closedToCitizen: (t: Ticket, orgName: string) =>
    text(`เจ้าหน้าที่ ${orgName} ปิดเรื่อง ${t.code} แล้วค่ะ หากยังมีข้อสงสัย แตะ "ถามต่อ" ได้เลยค่ะ`, {
      items: [pb("ถามต่อ", postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`)],
    }),
  rated: (rating: number) => text(`ขอบคุณสำหรับคะแนน ${rating}/5 ค่ะ 🙏 ความเห็นของท่านช่วยให้เราปรับปรุงการตอบคำถามค่ะ`),
  askFollowUp: (t: Ticket) => text(`พิมพ์คำถามเพิ่มเติมเรื่อง ${t.code} ได้เลยค่ะ (พิมพ์ "ยกเลิก" หากไม่ต้องการ)`),
  followUpSent: (t: Ticket) => text(`ส่งคำถามเพิ่มเติมเรื่อง ${t.code} ให้เจ้าหน้าที่แล้วค่ะ จะตอบกลับในแชตนี้ค่ะ`),
  notYours: () => text("ขออภัยค่ะ ไม่พบเรื่องนี้ในรายการของท่าน พิมพ์ \"ติดตามเรื่อง\" เพื่อดูเรื่องของท่านค่ะ"),
  myTickets: (tickets: Ticket[]) => {
    if (!tickets.length) return text("ท่านยังไม่มีเรื่องที่ส่งถึงเจ้าหน้าที่ค่ะ หากบอทตอบคำถามไม่ได้ ระบบจะเสนอให้ส่งเรื่องให้เจ้าหน้าที่ค่ะ");
    const lines = tickets.map((t) => {
      const when = formatThaiDate(t.createdAt, "short");
      const q = t.question.length > 60 ? `${t.question.slice(0, 60)}…` : t.question;
      return `• ${t.code} (${when}) ${STATUS_TEXT[t.status]}\n  ${q}${t.status !== "open" && t.answer ? `\n  คำตอบ: ${t.answer.length > 80 ? `${t.answer.slice(0, 80)}…` : t.answer}` : ""}`;
    });
    const askMore = tickets.filter((t) => t.status !== "open").slice(0, 5);
    return text(`เรื่องของท่าน ${tickets.length} เรื่องล่าสุดค่ะ\n\n${lines.join("\n")}`, askMore.length ? { items: askMore.map((t) => pb(`ถามต่อ ${t.code}`, postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`)) } : undefined);
  },
  // staff
  typeAnswer: (t: Ticket) => text(`พิมพ์คำตอบเรื่อง ${t.code} ได้เลยค่ะ ข้อความถัดไปของท่านจะถูกส่งถึงผู้ถาม (พิมพ์ "ยกเลิก" เพื่อยกเลิก)\n\nคำถาม: ${(t.followUps.at(-1) ?? t.question).slice(0, 1000)}`),
  answerInPrivate: (t: Ticket, name: string | undefined) =>
    text(`${name ? `คุณ${name} ` : ""}กรุณาพิมพ์คำตอบเรื่อง ${t.code} ในแชตส่วนตัวกับบอทค่ะ (ส่งข้อความแจ้งไปที่แชตส่วนตัวแล้ว)`),
  alreadyAnswered: (t: Ticket | undefined) =>
    text(
      t?.status === "closed"
        ? `เรื่อง ${t.code} ปิดแล้วค่ะ คำตอบของท่านไม่ได้ถูกส่ง`
        : `มีเจ้าหน้าที่ตอบเรื่องนี้แล้วค่ะ${t ? ` (เรื่อง ${t.code}${t.answeredByName ? ` โดยคุณ${t.answeredByName}` : ""})` : ""} คำตอบของท่านไม่ได้ถูกส่งซ้ำ`,
    ),
  answerSent: (t: Ticket, faqAction: QuickReplyItem | undefined) =>
    text(`ส่งคำตอบเรื่อง ${t.code} ถึงผู้ถามแล้วค่ะ ✅${faqAction ? "\nหากคำตอบนี้เป็นประโยชน์กับคนอื่น แตะ \"บันทึกเป็น FAQ\" ได้ค่ะ" : ""}`, faqAction ? { items: [faqAction] } : undefined),
  answerPending: (t: Ticket) => text(`บันทึกคำตอบเรื่อง ${t.code} แล้วค่ะ ระบบกำลังส่งถึงผู้ถาม`),
  answerUndelivered: (t: Ticket) =>
    text(`บันทึกคำตอบเรื่อง ${t.code} แล้ว แต่ส่งถึงผู้ถามไม่ได้ค่ะ ⚠️ ผู้ถามอาจบล็อกบัญชีนี้หรือขอลบข้อมูลแล้ว คำตอบเก็บไว้ในเรื่องนี้ค่ะ`),
  closed: (t: Ticket) => text(`ปิดเรื่อง ${t.code} แล้วค่ะ`),
  reopened: (t: Ticket) => text(`เปิดเรื่อง ${t.code} อีกครั้งแล้วค่ะ`),
  chooseUnit: (t: Ticket, units: Array<{ id: string; name: string }>) =>
    text(`มอบหมายเรื่อง ${t.code} ให้หน่วยใดคะ`, {
      items: units.slice(0, 13).map((u) => pb(fitLabel(u.name), postbackData(TICKET_ACTIONS.assignTo, { t: t.id, u: u.id }), `มอบหมายให้ ${u.name}`)),
    }),
  assigned: (t: Ticket, unitName: string, officers: number) =>
    text(
      officers
        ? `มอบหมายเรื่อง ${t.code} ให้ ${unitName} แล้วค่ะ ส่งการ์ดให้เจ้าหน้าที่ของหน่วย ${officers} คนแล้ว`
        : `มอบหมายเรื่อง ${t.code} ให้ ${unitName} แล้วค่ะ หน่วยนี้ยังไม่มีเจ้าหน้าที่ลงทะเบียนในบอท เรื่องจึงยังอยู่ในกลุ่มเจ้าหน้าที่ค่ะ`,
    ),
  staffGroupSet: () => text("ตั้งกลุ่มนี้เป็นกลุ่มเจ้าหน้าที่แล้วค่ะ ✅ เรื่องที่ประชาชนส่งมาจะแสดงในกลุ่มนี้ พร้อมปุ่มตอบ มอบหมายหน่วย และปิดเรื่องค่ะ"),
  joinHint: () =>
    text('สวัสดีค่ะ ขอบคุณที่เชิญบอทเข้ากลุ่มนะคะ ในกลุ่มบอทจะตอบเฉพาะข้อความที่ขึ้นต้นด้วย "บอท" ค่ะ หากกลุ่มนี้เป็นกลุ่มเจ้าหน้าที่ ให้ผู้ดูแลพิมพ์ "ตั้งเป็นกลุ่มเจ้าหน้าที่" ค่ะ'),
  noOpenTickets: () => text("ไม่มีเรื่องที่รอตอบค่ะ 👍"),
  forgetConfirm: () =>
    text(
      "ต้องการให้ลบข้อมูลส่วนบุคคลของท่าน (ชื่อที่แสดง ข้อความ รูปภาพ และตำแหน่งที่ส่งมา) ใช่ไหมคะ เรื่องที่เคยส่งจะเหลือเพียงตัวเลขสถิติที่ไม่ระบุตัวตน และจะติดตามเรื่องเดิมไม่ได้อีกค่ะ",
      { items: [pb("ยืนยันลบข้อมูล", postbackData(TICKET_ACTIONS.forget)), say("ไม่ลบ", "ยกเลิก")] },
    ),
  forgotten: (tickets: number) => text(`ลบข้อมูลส่วนบุคคลของท่านแล้วค่ะ${tickets ? ` (เรื่องที่เคยส่ง ${tickets} เรื่องไม่ระบุตัวตนแล้ว)` : ""} ขอบคุณที่ใช้บริการค่ะ 🙏`),
  reminder: (tickets: Ticket[], workingDays: number) =>
    text(
      [
        `⏰ เรื่องที่ยังไม่มีคำตอบเกิน ${workingDays} วันทำการ ${tickets.length} เรื่องค่ะ`,
        ...tickets.slice(0, 20).map((t) => `• ${t.code} รับเรื่อง ${formatThaiDate(t.createdAt, "short")}: ${(t.followUps.at(-1) ?? t.question).slice(0, 60)}`),
        tickets.length > 20 ? `…และอีก ${tickets.length - 20} เรื่อง พิมพ์ "เรื่องค้าง" เพื่อดูทั้งหมด` : `พิมพ์ "เรื่องค้าง" เพื่อดูการ์ดและตอบค่ะ`,
      ].join("\n"),
    ),
  undeliveredToStaff: (t: Ticket) => text(`⚠️ คำตอบเรื่อง ${t.code} ส่งถึงผู้ถามไม่ได้ค่ะ ผู้ถามอาจบล็อกบัญชีนี้ คำตอบเก็บไว้ในเรื่องแล้ว`),
};
