/**
 * What citizens and staff read about tickets: short, polite Thai (ค่ะ), Buddhist Era dates, codes
 * a person can read out. Postback buttons carry the ticket's Firestore ID, never a LINE user ID.
 */
import { ownNextSteps } from "../bot/common-replies";
import { postbackData } from "../bot/postback-data";
import type { Message, QuickReply, QuickReplyItem } from "../line/message-types";
import { messageItem, postbackItem } from "../line/quick-reply-items";
import { textMessage } from "../line/split-text";
import { formatThaiDate, formatThaiTime } from "../thai/thai-date";
import type { Refusal } from "./throttle";
import { LINE_LIMITS } from "../line/limits";
import { clipText, CLOSE_REASON_LABELS, CLOSE_REASONS, isCloseReason, MAX_QUESTION_LENGTH, STATUS_TEXT, type CloseReason, type Ticket } from "./ticket";
import { TICKET_ACTIONS } from "./ticket-actions";

const text = (t: string, quickReply?: QuickReply): Message => textMessage(t, quickReply);
const pb = postbackItem;
const say = messageItem;

/** "รูปภาพ 2 รูป และตำแหน่ง": what is attached to a ticket. */
function attachedWords(t: Ticket): string {
  const photos = t.attachments.filter((a) => a.type === "image").length;
  const location = t.attachments.some((a) => a.type === "location");
  return [photos ? `รูปภาพ ${photos} รูป` : "", location ? "ตำแหน่ง" : ""].filter(Boolean).join(" และ");
}

/** 1–5 star buttons that rate the answer of one answer round. */
const stars = (t: Ticket, round: number): QuickReplyItem[] =>
  [1, 2, 3, 4, 5].map((r) => pb(`${"⭐".repeat(r)}`, postbackData(TICKET_ACTIONS.rate, { t: t.id, r: String(r), n: String(round) }), `ให้คะแนน ${r}`));

/**
 * A long text with a heading and a closing line: one message when all fits LINE's 5,000 code
 * units, else the heading, the text whole and the closing line as separate messages (the quick
 * replies go on the last), so a long question or answer is never cut.
 */
function framed(heading: string, body: string, closing: string, quickReply?: QuickReply): Message[] {
  const whole = [heading, "", body, ...(closing ? ["", closing] : [])].join("\n");
  if (whole.length <= LINE_LIMITS.textLength) return [text(whole, quickReply)];
  const parts = [heading, clipText(body, LINE_LIMITS.textLength), ...(closing ? [closing] : [])];
  return parts.map((p, i) => text(p, i === parts.length - 1 ? quickReply : undefined));
}

/** When a refused person may send again, as they would say it: "เวลา 15:00 น." or "พรุ่งนี้ (26 พ.ย. 2569)". */
function sendAgain(r: Refusal): string {
  if (!r.again) return "";
  if (r.window === "hour") return `ตั้งแต่เวลา ${formatThaiTime(r.again)} น.`;
  return `ตั้งแต่พรุ่งนี้ (${formatThaiDate(r.again, "short")})`;
}
const PERIOD: Record<Refusal["window"], string> = { hour: "ชั่วโมงนี้", day: "วันนี้", ticket: "" };

export const ticketText = {
  /** A new ticket or follow-up over the person's limit: nothing was sent to staff. */
  tooManyTickets: (r: Refusal) =>
    text(`ขออภัยค่ะ ${PERIOD[r.window]}ท่านส่งเรื่องถึงเจ้าหน้าที่ครบ ${r.limit} เรื่องแล้ว เรื่องนี้จึงยังไม่ได้ส่ง ส่งได้อีกครั้ง${sendAgain(r)}ค่ะ เรื่องที่ส่งไปก่อนหน้านี้เจ้าหน้าที่ได้รับแล้วค่ะ`),
  /** A photo or location over a limit: not attached, not forwarded. */
  tooManyAttachments: (t: Pick<Ticket, "code"> | null, r: Refusal) =>
    text(
      r.window === "ticket" && t
        ? `เรื่อง ${t.code} มีรูปและตำแหน่งครบ ${r.limit} รายการแล้วค่ะ รายการนี้จึงไม่ได้แนบ`
        : `ขออภัยค่ะ ${PERIOD[r.window]}ท่านส่งรูปและตำแหน่งครบ ${r.limit} รายการแล้ว รายการนี้จึงไม่ได้แนบ ส่งเพิ่มได้${sendAgain(r)}ค่ะ`,
    ),
  /** A photo over LINE's size limit: not kept, with the ticket it was for when there is one yet. */
  photoTooLarge: (maxMb: number, t?: Ticket) => text(`ขออภัยค่ะ รูปนี้ใหญ่เกิน ${maxMb} MB จึงไม่ได้แนบ${t ? `กับเรื่อง ${t.code}` : "ไว้"} กรุณาส่งรูปที่เล็กลงค่ะ`),
  /** The buttons name the question (`q`, its LINE message ID): a tap under an earlier question never sends the latest one. */
  confirm: (orgName: string, questionMessageId: string | null = null) => {
    const q = questionMessageId ? { q: questionMessageId } : undefined;
    return text(`ขออภัยค่ะ บอทยังไม่มีคำตอบสำหรับคำถามนี้ ต้องการส่งคำถามนี้ให้เจ้าหน้าที่ ${orgName} ตอบไหมคะ`, {
      items: [pb("ส่งให้เจ้าหน้าที่", postbackData(TICKET_ACTIONS.send, q)), pb("ไม่ต้อง", postbackData(TICKET_ACTIONS.dontSend, q))],
    });
  },
  /** Asked to reach staff: the next message goes to them as it is. */
  typeForStaff: (orgName: string) =>
    text(`ได้เลยค่ะ พิมพ์เรื่องที่ต้องการสอบถามหรือแจ้งในข้อความถัดไป ระบบจะส่งถึงเจ้าหน้าที่ ${orgName} และเจ้าหน้าที่จะตอบกลับในแชตนี้ค่ะ (พิมพ์ "ยกเลิก" หากไม่ต้องการ)`, {
      items: [{ type: "action", action: { type: "message", label: "ยกเลิก", text: "ยกเลิก" } }],
    }),
  notSent: () => text("รับทราบค่ะ ไม่ได้ส่งคำถามให้เจ้าหน้าที่ หากมีคำถามอื่น พิมพ์มาได้เลยนะคะ"),
  confirmExpired: () => text("ขออภัยค่ะ คำถามที่รอส่งหมดเวลาแล้ว กรุณาพิมพ์คำถามอีกครั้งนะคะ"),
  received: (t: Ticket, orgName: string, attachMinutes: number) =>
    text(
      [
        `${t.kind === "request" ? "รับเรื่องแล้วค่ะ" : "ส่งคำถามให้เจ้าหน้าที่แล้วค่ะ"} 📝`,
        `เลขที่เรื่อง: ${t.code}`,
        `เจ้าหน้าที่ ${orgName} จะตอบกลับในแชตนี้ค่ะ`,
        ...(t.attachments.length ? [`แนบ${attachedWords(t)}ที่ส่งมาก่อนหน้านี้กับเรื่องนี้แล้วค่ะ`] : []),
        `มีรูปถ่ายหรือตำแหน่ง${t.attachments.length ? "เพิ่ม" : ""} ส่งมาได้ภายใน ${attachMinutes} นาที จะแนบกับเรื่องนี้ให้ค่ะ`,
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
  /** A misconduct complaint was received in confidence: how the citizen is protected, and where else to go. */
  confidentialReceived: (t: Ticket, orgName: string, attachMinutes: number, outside: ReadonlyArray<{ name: string; contact: string }>) =>
    text(
      [
        `รับเรื่องร้องเรียนของท่านไว้เป็นความลับแล้วค่ะ 🔒`,
        `เลขที่เรื่อง: ${t.code}`,
        ...(t.attachments.length ? [`แนบ${attachedWords(t)}ที่ส่งมาก่อนหน้านี้แล้วค่ะ`] : []),
        "",
        "การคุ้มครองผู้ร้องเรียน:",
        `• เรื่องนี้ส่งถึงเฉพาะผู้ได้รับมอบหมายให้รับเรื่องร้องเรียนการทุจริตของ ${orgName} ไม่ส่งเข้ากลุ่มเจ้าหน้าที่ ไม่ส่งถึงหน่วยงานที่ถูกร้องเรียน และไม่แสดงในรายการเรื่องของเจ้าหน้าที่`,
        "• ชื่อ LINE ของท่านไม่แสดงในเรื่องที่ผู้รับเรื่องเห็น การติดต่อกลับทำผ่านแชตนี้เท่านั้น",
        `• ท่านขอลบข้อมูลของท่านได้ทุกเมื่อ พิมพ์ "ลบข้อมูลของฉัน"`,
        ...(outside.length
          ? ["", "เรื่องนี้เกี่ยวกับผู้บริหาร ท่านร้องเรียนกับหน่วยงานภายนอกได้ด้วยค่ะ:", ...outside.map((c) => `• ${c.name}: ${c.contact}`)]
          : []),
        "",
        `มีหลักฐาน (รูปถ่าย) ส่งมาได้ภายใน ${attachMinutes} นาที จะแนบกับเรื่องนี้ให้ค่ะ`,
      ].join("\n"),
      { items: [{ type: "action", action: { type: "cameraRoll", label: "เลือกรูป" } }, say("ติดตามเรื่อง")] },
    ),
  /** A photo or location sent before any text: kept for the ticket the next text opens. */
  pendingKept: (items: ReadonlyArray<{ type: "image" | "location" }>, minutes: number) => {
    const photos = items.filter((i) => i.type === "image").length;
    const location = items.some((i) => i.type === "location");
    const what = [photos ? `รูปภาพ ${photos} รูป` : "", location ? "ตำแหน่ง" : ""].filter(Boolean).join(" และ");
    return text(`ได้รับ${what}แล้วค่ะ 📎 พิมพ์รายละเอียดเรื่องที่ต้องการแจ้งหรือสอบถามภายใน ${minutes} นาที ระบบจะแนบ${what}นี้ไปกับเรื่องของท่านให้ค่ะ (พิมพ์ "ยกเลิก" หากไม่ต้องการ)`, ownNextSteps);
  },
  /** In the staff group, when people who are not staff join it. */
  strangerInStaffGroup: (count: number) =>
    text(
      `⚠️ มีผู้เข้ากลุ่มนี้ ${count} คนที่ยังไม่ได้ลงทะเบียนเป็นเจ้าหน้าที่ค่ะ กลุ่มนี้เป็นกลุ่มเจ้าหน้าที่ เรื่องที่ประชาชนส่งมา (ข้อความ ชื่อ รูปภาพ) จะแสดงในกลุ่มนี้ให้ทุกคนเห็น หากไม่ใช่เจ้าหน้าที่ ผู้ดูแลกรุณานำออกจากกลุ่ม หรือให้ลงทะเบียนด้วยรหัสจากผู้ดูแลค่ะ`,
    ),
  /** To staff: a ticket whose citizen had their data deleted cannot be reopened. */
  dataDeleted: (t: Ticket) => text(`เรื่อง ${t.code} ผู้แจ้งขอลบข้อมูลแล้ว จึงเปิดเรื่องอีกครั้งไม่ได้ค่ะ`),
  pendingFull: (max: number) => text(`แนบรูปได้สูงสุด ${max} รูปต่อเรื่องค่ะ กรุณาพิมพ์รายละเอียดเรื่องที่ต้องการแจ้งได้เลยนะคะ`),
  attached: (t: Ticket, what: "image" | "location") => text(`แนบ${what === "image" ? "รูปภาพ" : "ตำแหน่ง"}กับเรื่อง ${t.code} แล้วค่ะ`, ownNextSteps),
  answerToCitizen: (t: Ticket, answer: string, orgName: string): Message[] =>
    framed(`💬 คำตอบจากเจ้าหน้าที่ ${orgName}\nเรื่อง ${t.code}`, answer, `ให้คะแนนคำตอบนี้ (1–5) หรือแตะ "ถามต่อ" หากยังมีข้อสงสัยค่ะ`, {
      items: [
        ...stars(t, t.round),
        pb("ถามต่อ", postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`),
      ],
    }),
  /** The rating buttons for an earlier answer, asked for from the citizen's own list. */
  rateAnswer: (t: Ticket, round: number) =>
    text(`ให้คะแนนคำตอบเรื่อง ${t.code} (1–5) ค่ะ${t.answer ? `\nคำตอบ: ${clipText(t.answer, 200)}` : ""}`, { items: stars(t, round) }),
  notAnsweredYet: (t: Ticket) => text(`เรื่อง ${t.code} ยังไม่มีคำตอบจากเจ้าหน้าที่ค่ะ ให้คะแนนได้เมื่อได้รับคำตอบแล้วนะคะ`),
  /** Said when a message was longer than the ticket keeps (never for what LINE lets people send). */
  cutNotice: (kept: number) => text(`ข้อความของท่านยาวเกิน ${kept.toLocaleString("en-US")} ตัวอักษร ระบบเก็บไว้ ${kept.toLocaleString("en-US")} ตัวอักษรแรกค่ะ หากมีรายละเอียดเพิ่ม กรุณาส่งเป็นข้อความถัดไปนะคะ`),
  closedToCitizen: (t: Ticket, orgName: string) =>
    text(`เจ้าหน้าที่ ${orgName} ปิดเรื่อง ${t.code} แล้วค่ะ${isCloseReason(t.closeReason) ? `\nเหตุผล: ${CLOSE_REASONS[t.closeReason]}` : ""}\nหากยังมีข้อสงสัย แตะ "ถามต่อ" ได้เลยค่ะ`, {
      items: [pb("ถามต่อ", postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`)],
    }),
  rated: (rating: number) => text(`ขอบคุณสำหรับคะแนน ${rating}/5 ค่ะ 🙏 ความเห็นของท่านช่วยให้เราปรับปรุงการตอบคำถามค่ะ`),
  askFollowUp: (t: Ticket) => text(`พิมพ์คำถามเพิ่มเติมเรื่อง ${t.code} ได้เลยค่ะ (พิมพ์ "ยกเลิก" หากไม่ต้องการ)`),
  followUpSent: (t: Ticket) => text(`ส่งคำถามเพิ่มเติมเรื่อง ${t.code} ให้เจ้าหน้าที่แล้วค่ะ จะตอบกลับในแชตนี้ค่ะ`),
  notYours: () => text("ขออภัยค่ะ ไม่พบเรื่องนี้ในรายการของท่าน พิมพ์ \"ติดตามเรื่อง\" เพื่อดูเรื่องของท่านค่ะ"),
  /** A code that names no ticket the person may see (`own`: among the citizen's own). */
  notFound: (code: string, own = true) => text(`ไม่พบเรื่อง ${code}${own ? " ในเรื่องของท่าน" : ""}ค่ะ กรุณาตรวจเลขที่เรื่องอีกครั้ง`),
  myTickets: (tickets: Ticket[]) => {
    if (!tickets.length) return text("ท่านยังไม่มีเรื่องที่ส่งถึงเจ้าหน้าที่ค่ะ หากบอทตอบคำถามไม่ได้ ระบบจะเสนอให้ส่งเรื่องให้เจ้าหน้าที่ค่ะ");
    const lines = tickets.map((t) => {
      const when = formatThaiDate(t.createdAt, "short");
      const q = clipText(t.question, 60);
      return `• ${t.code} (${when}) ${STATUS_TEXT[t.status]}\n  ${q}${t.status !== "open" && t.answer ? `\n  คำตอบ: ${clipText(t.answer, 80)}` : ""}`;
    });
    const askMore = tickets.filter((t) => t.status !== "open").slice(0, 5);
    // Every answered ticket can be rated from here, not only from the newest answer's buttons.
    const toRate = tickets.filter((t) => t.answer !== null && t.rating === null).slice(0, 6);
    const items = [
      ...toRate.map((t) => pb(`ให้คะแนน ${t.code}`, postbackData(TICKET_ACTIONS.rateAsk, { t: t.id }), `ให้คะแนนเรื่อง ${t.code}`)),
      ...askMore.map((t) => pb(`ถามต่อ ${t.code}`, postbackData(TICKET_ACTIONS.more, { t: t.id }), `ถามต่อเรื่อง ${t.code}`)),
    ];
    return text(`เรื่องของท่าน ${tickets.length} เรื่องล่าสุดค่ะ\n\n${lines.join("\n")}`, items.length ? { items } : undefined);
  },
  // staff
  /** Where staff answer from: the question whole (up to LINE's 5,000 characters), never the card's cut. */
  typeAnswer: (t: Ticket): Message[] =>
    framed(`พิมพ์คำตอบเรื่อง ${t.code} ได้เลยค่ะ ข้อความถัดไปของท่านจะถูกส่งถึงผู้ถาม (พิมพ์ "ยกเลิก" เพื่อยกเลิก)\n\nคำถาม:`, (t.followUps.at(-1) ?? t.question).slice(0, MAX_QUESTION_LENGTH), ""),
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
  closed: (t: Ticket) => text(`ปิดเรื่อง ${t.code} แล้วค่ะ${isCloseReason(t.closeReason) ? ` (${CLOSE_REASON_LABELS[t.closeReason]})` : ""}`),
  otherUnits: (t: Ticket) =>
    text(`ขออภัยค่ะ เรื่อง ${t.code} มอบหมายให้ ${t.unitName ?? "หน่วยอื่น"} แล้ว ปิดเรื่องหรือมอบหมายต่อได้เฉพาะเจ้าหน้าที่ของหน่วยนั้นหรือผู้ดูแลระบบค่ะ (ตอบเรื่องได้ตามปกติ)`),
  /** A closed ticket cannot be answered: say so (and how to reopen it), not that it was answered. */
  closedNoAnswer: (t: Ticket) =>
    text(`เรื่อง ${t.code} ปิดแล้วค่ะ${isCloseReason(t.closeReason) ? ` (${CLOSE_REASON_LABELS[t.closeReason]})` : ""} หากต้องการตอบ แตะ "เปิดเรื่องอีกครั้ง" ก่อนนะคะ`, {
      items: [pb("เปิดเรื่องอีกครั้ง", postbackData(TICKET_ACTIONS.reopen, { t: t.id }), `เปิดเรื่อง ${t.code} อีกครั้ง`)],
    }),
  chooseCloseReason: (t: Ticket) =>
    text(`ปิดเรื่อง ${t.code} เพราะอะไรคะ ผู้แจ้งจะได้รับแจ้งเหตุผลนี้ค่ะ (แตะ "ไม่ปิด" หากเปลี่ยนใจ)`, {
      items: [
        ...(Object.keys(CLOSE_REASON_LABELS) as CloseReason[]).map((r) =>
          pb(CLOSE_REASON_LABELS[r], postbackData(TICKET_ACTIONS.closeAs, { t: t.id, r }), `ปิดเรื่อง ${t.code}: ${CLOSE_REASON_LABELS[r]}`),
        ),
        pb("ไม่ปิด", postbackData(TICKET_ACTIONS.keepOpen, { t: t.id }), `ไม่ปิดเรื่อง ${t.code}`),
      ],
    }),
  /**
   * "ไม่ปิด": nothing changed. Said from the ticket as it is now, so a late tap (someone else
   * closed it meanwhile) does not claim it is still open.
   */
  keptAsItWas: (t: Ticket) =>
    text(
      t.status === "closed"
        ? `เรื่อง ${t.code} ปิดไปแล้วค่ะ${isCloseReason(t.closeReason) ? ` (${CLOSE_REASON_LABELS[t.closeReason]})` : ""} ปุ่มนี้ไม่ได้เปลี่ยนแปลงอะไร`
        : `ไม่ได้ปิดเรื่อง ${t.code} ค่ะ เรื่องยังคงสถานะเดิม (${STATUS_TEXT[t.status]}) และผู้แจ้งไม่ได้รับข้อความใด ๆ`,
      ownNextSteps,
    ),
  reopened: (t: Ticket) => text(`เปิดเรื่อง ${t.code} อีกครั้งแล้วค่ะ`),
  /**
   * The units as buttons, a page at a time: LINE shows at most 13 quick replies, and an
   * organisation may have many more units, so a full page ends with "หน่วยอื่น" for the next one.
   */
  chooseUnit: (t: Ticket, units: Array<{ id: string; name: string }>, from = 0) => {
    const start = from > 0 && from < units.length ? from : 0;
    const max = LINE_LIMITS.quickReplyItems;
    const more = units.length - start > max;
    const shown = units.slice(start, start + (more ? max - 1 : max));
    const next = start + shown.length;
    return text(`มอบหมายเรื่อง ${t.code} ให้หน่วยใดคะ${units.length > max ? ` (หน่วยที่ ${start + 1}–${next} จาก ${units.length})` : ""}`, {
      items: [
        ...shown.map((u) => pb(u.name, postbackData(TICKET_ACTIONS.assignTo, { t: t.id, u: u.id }), `มอบหมายให้ ${u.name}`)),
        ...(more ? [pb("หน่วยอื่น ▶", postbackData(TICKET_ACTIONS.assign, { t: t.id, o: String(next) }), "หน่วยอื่น")] : []),
      ],
    });
  },
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
        ...tickets.slice(0, 20).map((t) => `• ${t.code} รับเรื่อง ${formatThaiDate(t.createdAt, "short")}: ${clipText(t.followUps.at(-1) ?? t.question, 60)}`),
        tickets.length > 20 ? `…และอีก ${tickets.length - 20} เรื่อง พิมพ์ "เรื่องค้าง" เพื่อดูทั้งหมด` : `พิมพ์ "เรื่องค้าง" เพื่อดูการ์ดและตอบค่ะ`,
      ].join("\n"),
    ),
  undeliveredToStaff: (t: Ticket) => text(`⚠️ คำตอบเรื่อง ${t.code} ส่งถึงผู้ถามไม่ได้ค่ะ ผู้ถามอาจบล็อกบัญชีนี้ คำตอบเก็บไว้ในเรื่องแล้ว`),
};
