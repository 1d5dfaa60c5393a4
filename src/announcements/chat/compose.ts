/**
 * Writing an announcement: "สร้างประกาศ" starts a draft (in a 1:1 chat only), the next text is the
 * message, then an optional web link or image (a typed https link, or a photo sent in the chat)
 * before the preview. A link is refused if the text with it would exceed what LINE accepts.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import type { CapabilityPart } from "../../bot/compose-capability";
import { LINE_LIMITS } from "../../line/limits";
import { lineUrl } from "../../line/line-url";
import { keepAnnouncementPhoto, type PhotoResult } from "../announcement-photos";
import { recipientMessages } from "../publish";
import { ADMIN, ANNOUNCEMENT_ACTIONS as A, draftFor, saveDraft, type AnnouncementsContext, type Draft } from "./announcements-context";
import { askExtra, extraItems, preview } from "./announcement-questions";
import { cancelItem, nf, staleDraft, text } from "./announcement-replies";

const HTTPS_URL = /^https:\/\/[^\s]+$/i;
const IMAGE_URL = /\.(jpe?g|png)(\?[^\s]*)?$/i;
const NO_EXTRA = /^(ไม่แนบ|ไม่มี|ข้าม|ไม่ต้อง)$/;

const PHOTO_REFUSED: Record<Exclude<PhotoResult, { ok: true }>["reason"], string> = {
  "no-https-base": "ขออภัยค่ะ ระบบยังไม่ได้ตั้งที่อยู่เว็บแบบ https (PUBLIC_BASE_URL) จึงแนบรูปที่ส่งในแชตไม่ได้ กรุณาพิมพ์ลิงก์รูป https://….jpg หรือ .png หรือกด ไม่แนบ ค่ะ",
  "no-store": "ขออภัยค่ะ ระบบนี้ยังไม่มีที่เก็บรูปภาพ กรุณาพิมพ์ลิงก์รูป https://….jpg หรือ .png หรือกด ไม่แนบ ค่ะ",
  type: "ขออภัยค่ะ แนบได้เฉพาะรูป JPEG หรือ PNG ค่ะ กรุณาส่งรูปใหม่ หรือกด ไม่แนบ ค่ะ",
  size: "ขออภัยค่ะ รูปนี้ใหญ่เกิน 1 MB กรุณาส่งรูปที่เล็กลง หรือพิมพ์ลิงก์รูปแทน หรือกด ไม่แนบ ค่ะ",
};

export function composeAnnouncement(ac: AnnouncementsContext): CapabilityPart {
  async function start(ctx: BotContext): Promise<Outcome> {
    if (ctx.event.source.type !== "user") return replyWith(text("กรุณาสร้างประกาศในแชตส่วนตัวกับบอทนะคะ"));
    await saveDraft(ac, ctx, { id: ac.services.ids.uuid(), step: "text" });
    return replyWith(
      text(`พิมพ์ข้อความประกาศได้เลยค่ะ (ไม่เกิน ${nf.format(LINE_LIMITS.textLength)} ตัวอักษร)\nพิมพ์ "ยกเลิก" เพื่อออกค่ะ`, [cancelItem]),
    );
  }

  return {
    commands: [
      {
        pattern: /^(?:สร้างประกาศ|ประกาศ)$/,
        roles: ADMIN,
        help: { button: "สร้างประกาศ", summary: "ส่งข่าวถึงทุกคน เจ้าหน้าที่ หรือหน่วยงาน ดูตัวอย่างก่อนส่ง ตั้งเวลาได้" },
        handle: (ctx) => start(ctx),
      },
    ],
    postbacks: {
      [A.skip]: {
        roles: ADMIN,
        async handle(ctx, action) {
          const draft = await draftFor(ac, ctx, action.params.d);
          if (!draft || draft.step !== "extra") return staleDraft();
          return preview(ac, ctx, draft);
        },
      },
    },
  };
}

/** The draft's first step: the typed text is the message. */
export async function onMessageText(ac: AnnouncementsContext, ctx: BotContext, raw: string, draft: Draft): Promise<Outcome> {
  if (raw.length > LINE_LIMITS.textLength) {
    return replyWith(text(`ข้อความยาว ${nf.format(raw.length)} ตัวอักษร เกิน ${nf.format(LINE_LIMITS.textLength)} ค่ะ กรุณาย่อแล้วพิมพ์ใหม่นะคะ`, [cancelItem]));
  }
  const next: Draft = { ...draft, text: raw, step: "extra" };
  await saveDraft(ac, ctx, next);
  return askExtra(next);
}

/** The "extra" step, typed: no attachment, an image link, or a web link. */
export async function onExtraText(ac: AnnouncementsContext, ctx: BotContext, raw: string, draft: Draft): Promise<Outcome> {
  if (NO_EXTRA.test(raw)) return preview(ac, ctx, draft);
  if (!HTTPS_URL.test(raw) || raw.length > 1000) {
    return replyWith(text("กรุณาพิมพ์ลิงก์ที่ขึ้นต้นด้วย https:// หรือกด ไม่แนบ ค่ะ", extraItems(draft)));
  }
  if (IMAGE_URL.test(raw)) {
    // Kept as LINE takes it: Thai and spaces percent-encoded (line-url.ts).
    const imageUrl = lineUrl(raw);
    if (!imageUrl) return replyWith(text("ลิงก์รูปนี้ยาวเกินที่ LINE รับได้ค่ะ กรุณาส่งรูปในแชตแทน หรือกด ไม่แนบ ค่ะ", extraItems(draft)));
    return preview(ac, ctx, { ...draft, imageUrl });
  }
  const withLink = recipientMessages({ text: draft.text ?? "", link: raw, imageUrl: undefined })[0] as { text: string };
  if (withLink.text.length > LINE_LIMITS.textLength) {
    return replyWith(text("ข้อความรวมลิงก์ยาวเกินที่ LINE รับได้ค่ะ กด ไม่แนบ เพื่อส่งโดยไม่มีลิงก์ หรือกด ยกเลิก แล้วเริ่มใหม่ด้วยข้อความที่สั้นลงนะคะ", extraItems(draft)));
  }
  return preview(ac, ctx, { ...draft, link: raw });
}

/** The "extra" step, as a photo sent in the chat: kept where LINE can fetch it, or refused with why. */
export async function onExtraPhoto(ac: AnnouncementsContext, ctx: BotContext, messageId: string, draft: Draft): Promise<Outcome> {
  const photo = await keepAnnouncementPhoto(ac.services, messageId);
  if (photo.ok) return preview(ac, ctx, { ...draft, imageUrl: photo.url });
  ac.services.logger.warn("announcement.photo_refused", { reason: photo.reason });
  return replyWith(text(PHOTO_REFUSED[photo.reason], extraItems(draft)));
}
