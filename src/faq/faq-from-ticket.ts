/**
 * Turning a staff answer into an FAQ entry, written by staff: "บันทึกเป็น FAQ" under a sent answer
 * asks the staff member to type the question as anyone might ask it, then to keep the answer or
 * type a general one. The citizen's own words never become an FAQ entry: they may name the citizen
 * or carry a phone number, and an FAQ entry is shown to everyone who asks alike (issue 14, item 6).
 * The citizen's question is shown to the staff member, in their own chat, as what to generalise;
 * a question or answer that carries the citizen's name or a number of theirs (a phone) is refused
 * and asked for again (privacy/quotes-citizen.ts).
 *
 * Flow `faq-draft` in the staff member's 1:1 chat: `{ticketId}`, then `{ticketId, question}`.
 */
import type { BotContext, Outcome } from "../bot/bot-context";
import { replyWith } from "../bot/bot-context";
import { replies } from "../bot/common-replies";
import type { CapabilityPart } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { fitUtf16 } from "../line/fit-label";
import { messageItem } from "../line/quick-reply-items";
import { textMessage } from "../line/split-text";
import { coalesced } from "../store/coalescing-firestore";
import type { Ticket } from "../tickets/ticket";
import { quotesCitizen } from "../privacy/quotes-citizen";
import { createTicketStore } from "../tickets/ticket-store";
import { staffMaySee } from "../tickets/chat/tickets-context";
import { FAQ_FROM_TICKET } from "./faq-actions";
import { MAX_FAQ_ANSWER, type FaqStore, type StoredFaq } from "./faq-store";

export const FAQ_DRAFT_FLOW = "faq-draft";
const DRAFT_TTL_MS = 30 * 60 * 1000;
/** What the staff member taps to keep the answer they gave. */
export const KEEP_ANSWER = "ใช้คำตอบนี้";
const MAX_FAQ_QUESTION = 300;

const saved = (faq: StoredFaq, existed: boolean) =>
  textMessage(
    [
      `${existed ? "คำตอบนี้เป็น FAQ อยู่แล้ว" : "บันทึกเป็นคำถามที่พบบ่อยแล้ว"}ค่ะ (${faq.id}) บอทจะตอบคำถามนี้เองตั้งแต่ตอนนี้`,
      `เพิ่มคำถามแบบอื่นที่มีความหมายเดียวกัน พิมพ์: เพิ่มคำถาม ${faq.id} <คำถาม>`,
    ].join("\n"),
  );

export function faqFromTicket(services: CapabilityServices, faqs: FaqStore, changed: () => void): CapabilityPart {
  const { conversations, logger } = services;
  const tickets = createTicketStore(services.db, services.ids);
  /** The ticket, if the sender may see it as staff: a confidential complaint only its own recipients, at every step. */
  const ticketFor = async (ctx: BotContext, id: string): Promise<Ticket | undefined> => {
    const t = await tickets.get(id);
    return t && staffMaySee(ctx, t) ? t : undefined;
  };
  const existingFor = async (ticket: Ticket) => (await faqs.fromTickets([ticket.id]))[0];

  /** The draft ends with the event (so the event handled again takes the same path). */
  async function endDraft(ctx: BotContext, chatId: string): Promise<void> {
    const write = conversations.clearWrite(chatId);
    if (ctx.atCompletion) ctx.atCompletion(write);
    else await coalesced(services.db).commit([write]);
  }

  async function save(ctx: BotContext, ticket: Ticket, question: string, answer: string): Promise<Outcome> {
    const existing = await existingFor(ticket);
    const faq = existing ?? (await faqs.add({ questions: [question], answer, createdBy: ctx.event.source.userId ?? "staff", sourceTicketId: ticket.id }, ctx.now));
    changed();
    logger.info("faq.added", { faqId: faq.id, ticketId: ticket.id });
    return replyWith(saved(faq, existing !== undefined));
  }

  return {
    postbacks: {
      [FAQ_FROM_TICKET]: {
        roles: ["officer", "admin"],
        citizenData: true,
        async handle(ctx, action) {
          const ticket = await ticketFor(ctx, action.params.t ?? "");
          const staffId = ctx.event.source.userId;
          if (!ticket?.answer || !staffId || ctx.event.source.type !== "user") return replyWith(replies.staleButton());
          const existing = await existingFor(ticket);
          if (existing) return replyWith(saved(existing, true));
          await conversations.start(staffId, FAQ_DRAFT_FLOW, { ticketId: ticket.id }, ctx.now, DRAFT_TTL_MS);
          const asked = ticket.followUps.at(-1) ?? ticket.question;
          return replyWith(
            textMessage(
              [
                `พิมพ์คำถามที่ประชาชนทั่วไปจะถาม สำหรับคำตอบเรื่อง ${ticket.code} ค่ะ`,
                "ใช้คำของท่านเอง ไม่ใส่ชื่อ เบอร์โทร หรือที่อยู่ของผู้ถาม (พิมพ์ \"ยกเลิก\" เพื่อยกเลิก)",
                ...(asked ? ["", `คำถามของผู้ถาม: ${fitUtf16(asked, 500)}`] : []),
              ].join("\n"),
            ),
          );
        },
      },
    },
    flows: {
      [FAQ_DRAFT_FLOW]: {
        roles: ["officer", "admin"],
        async onText(ctx, typed, state) {
          const staffId = ctx.event.source.userId;
          const ticket = await ticketFor(ctx, String(state.data.ticketId ?? ""));
          if (!staffId || !ticket?.answer) {
            if (staffId) await endDraft(ctx, staffId);
            return replyWith(replies.staleButton());
          }
          const question = typeof state.data.question === "string" ? state.data.question : undefined;
          const citizen = { name: ticket.citizenName, texts: [ticket.question, ...ticket.followUps] };
          const answer = typed.trim() === KEEP_ANSWER && question !== undefined ? ticket.answer : typed;
          if (quotesCitizen(question === undefined ? typed : answer, citizen, { copiedRuns: false })) {
            // The chat still waits for this step: the staff member types it again, in general words.
            return replyWith(textMessage(`ข้อความนี้มีชื่อ เบอร์โทร หรือถ้อยคำของผู้ถามค่ะ คำถามที่พบบ่อยจะแสดงให้ทุกคนเห็น กรุณาพิมพ์${question === undefined ? "คำถาม" : "คำตอบ"}ใหม่เป็นคำทั่วไปค่ะ`, { items: [messageItem("ยกเลิก")] }));
          }
          if (question === undefined) {
            await conversations.start(staffId, FAQ_DRAFT_FLOW, { ticketId: ticket.id, question: typed.slice(0, MAX_FAQ_QUESTION) }, ctx.now, DRAFT_TTL_MS);
            return replyWith(
              textMessage(
                [`คำตอบที่จะใช้:`, ticket.answer.slice(0, MAX_FAQ_ANSWER), "", `แตะ "${KEEP_ANSWER}" หรือพิมพ์คำตอบแบบทั่วไป (ไม่ใส่ข้อมูลส่วนตัวของผู้ถาม) ค่ะ`].join("\n"),
                { items: [messageItem(KEEP_ANSWER), messageItem("ยกเลิก")] },
              ),
            );
          }
          await endDraft(ctx, staffId);
          return save(ctx, ticket, question, answer);
        },
      },
    },
  };
}
