/**
 * Learning from staff answers: a staff member turns a ticket's answer into an FAQ entry
 * (faq-from-ticket.ts: the question and answer in their own words), and from then on the bot
 * answers that question itself. Admins list, edit and remove entries
 * by typed commands; officers and admins may add wording variants. Every change reaches this
 * instance's answerer at once (`invalidate`) and other instances through `settings/faqVersion`.
 */
import { replyWith } from "../bot/bot-context";
import type { Capability } from "../bot/capability";
import { ownNextSteps } from "../bot/common-replies";
import { composeCapability } from "../bot/compose-capability";
import type { CapabilityServices } from "../capabilities";
import { fitUtf16 } from "../line/fit-label";
import { textMessage, textMessages } from "../line/split-text";
import { isFaqAware } from "./faq-aware-answerer";
import { createFaqStore, type StoredFaq } from "./faq-store";
import { faqFromTicket } from "./faq-from-ticket";

function faqLine(f: StoredFaq): string {
  return `${f.id}: ${f.questions.map((q) => `"${fitUtf16(q, 60)}"`).join(" / ")}\n   ตอบ: ${fitUtf16(f.answer, 120)}`;
}

/** Variants are typed one per line or separated by "|". */
const splitVariants = (s: string) => s.split(/\n|\|/).map((q) => q.trim()).filter(Boolean);

export function createFaqCapability(services: CapabilityServices): Capability {
  const faqs = createFaqStore(services.db);
  const changed = () => {
    if (isFaqAware(services.questions)) services.questions.invalidate();
  };

  return composeCapability("faq", faqFromTicket(services, faqs, changed), {
    commands: [
      {
        pattern: /^(?:รายการ\s*)?(?:faq|คำถามที่พบบ่อย)$/i,
        roles: ["admin"],
        help: { button: "รายการ FAQ", summary: "คำถามที่บอทตอบเองจากคำตอบของเจ้าหน้าที่ แก้หรือลบได้" },
        async handle() {
          const all = await faqs.list();
          if (!all.length) return replyWith(textMessage("ยังไม่มีคำถามที่พบบ่อยค่ะ เจ้าหน้าที่บันทึกได้จากปุ่ม \"บันทึกเป็น FAQ\" หลังตอบเรื่องค่ะ", ownNextSteps));
          // Thirty entries with many wordings outgrow one message: the list takes as many as it needs.
          return replyWith(
            ...textMessages(
              [
                `คำถามที่พบบ่อย ${all.length} รายการค่ะ`,
                ...all.slice(0, 30).map(faqLine),
                "",
                "แก้คำตอบ: แก้ FAQ F1 <คำตอบใหม่>",
                "เพิ่มคำถาม: เพิ่มคำถาม F1 <คำถาม>",
                "ลบ: ลบ FAQ F1",
              ].join("\n"),
            ),
          );
        },
      },
      {
        pattern: /^ลบ\s*(?:faq\s*)?(F\d{1,6})$/i,
        roles: ["admin"],
        help: { usage: "ลบ FAQ <เลข>", example: "ลบ FAQ F1", summary: "บอทจะไม่ใช้คำตอบนั้นอีก" },
        async handle(_ctx, match) {
          const id = (match[1] ?? "").toUpperCase();
          const removed = await faqs.remove(id);
          if (removed) changed();
          return replyWith(textMessage(removed ? `ลบ ${id} แล้วค่ะ บอทจะไม่ใช้คำตอบนี้อีก` : `ไม่พบ ${id} ค่ะ`));
        },
      },
      {
        pattern: /^แก้\s*(?:คำตอบ\s*)?(?:faq\s*)?(F\d{1,6})\s+([\s\S]+)$/i,
        roles: ["admin"],
        help: { usage: "แก้ FAQ <เลข> <คำตอบใหม่>", example: "แก้ FAQ F1 ติดต่อกองคลัง โทร 053-000000", summary: "เปลี่ยนคำตอบของคำถามที่พบบ่อย" },
        async handle(ctx, match) {
          const id = (match[1] ?? "").toUpperCase();
          const updated = await faqs.setAnswer(id, match[2] ?? "", ctx.now);
          if (updated) changed();
          return replyWith(textMessage(updated ? `แก้คำตอบ ${id} แล้วค่ะ\n${faqLine(updated)}` : `ไม่พบ ${id} ค่ะ`));
        },
      },
      {
        pattern: /^เพิ่มคำถาม\s*(?:faq\s*)?(F\d{1,6})\s+([\s\S]+)$/i,
        roles: ["officer", "admin"],
        help: { usage: "เพิ่มคำถาม <เลข FAQ> <คำถาม>", example: "เพิ่มคำถาม F1 จ่ายภาษีที่ไหน", summary: "สอนบอทว่าคำถามแบบนี้ใช้คำตอบเดียวกัน" },
        async handle(ctx, match) {
          const id = (match[1] ?? "").toUpperCase();
          const updated = await faqs.addQuestions(id, splitVariants(match[2] ?? ""), ctx.now);
          if (updated) changed();
          return replyWith(textMessage(updated ? `เพิ่มคำถามให้ ${id} แล้วค่ะ\n${faqLine(updated)}` : `ไม่พบ ${id} ค่ะ`));
        },
      },
    ],
  });
}
