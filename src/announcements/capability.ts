/**
 * Announcements in chat, for admins only (the router checks the role of every command and
 * postback): compose → optional link or image → preview exactly as recipients will see it →
 * audience → now or a Thai date and time → confirm → an outbox delivery. Also history with
 * per-chunk progress, and cancelling one that has not started.
 *
 * The draft lives in the chat's conversation state. Every button carries the draft's ID, so a
 * button from an older draft cannot act on a newer one, and confirming a draft twice finds the
 * announcement the first confirm made.
 */
import { keepAnnouncementPhoto, type PhotoResult } from "./announcement-photos";
import { replyWith, type BotContext, type Outcome } from "../bot/bot-context";
import type { Capability, ConversationFlow } from "../bot/capability";
import { replies } from "../bot/common-replies";
import type { ConversationState } from "../bot/conversation-store";
import { chatIdOf } from "../bot/incoming-event";
import { postbackData, type PostbackAction } from "../bot/postback-data";
import type { CapabilityServices } from "../capabilities";
import { LINE_LIMITS } from "../line/limits";
import type { Message, QuickReplyItem } from "../line/message-types";
import { toArabicDigits } from "../thai/digits";
import { audienceLabel, type AnnouncementContent, type AnnouncementStatus, type AudienceChoice } from "./announcement";
import { createAnnouncementStore } from "./announcement-store";
import { createAudiences, type UnitChoice } from "./audiences";
import { publishAnnouncement, recipientMessages } from "./publish";
import { formatThaiDateTime, parseThaiDateTime } from "./thai-datetime";

export const ANNOUNCEMENT_FLOW = "announcement";
const ADMIN = ["admin"] as const;
/** How many announcements "ประวัติประกาศ" lists. */
export const HISTORY_SIZE = 5;
/** Units offered as quick replies next to ทุกคน, เจ้าหน้าที่ทั้งหมด and ยกเลิก (13 at most). */
const MAX_UNIT_CHOICES = 10;
const DRAFT_TTL_MS = 60 * 60 * 1000;

type Step = "text" | "extra" | "audience" | "when" | "time" | "confirm";

interface Draft {
  id: string;
  step: Step;
  text?: string;
  link?: string;
  imageUrl?: string;
  audience?: AudienceChoice;
  /** ISO instant; absent: send now. */
  sendAt?: string;
}

const A = {
  skip: "ann-skip",
  audience: "ann-aud",
  when: "ann-when",
  confirm: "ann-ok",
  cancel: "ann-cancel",
  history: "ann-hist",
} as const;

const text = (t: string, items?: QuickReplyItem[]): Message =>
  items && items.length > 0 ? { type: "text", text: t, quickReply: { items } } : { type: "text", text: t };

const postbackItem = (label: string, data: string, displayText: string = label): QuickReplyItem => ({
  type: "action",
  action: { type: "postback", label: label.slice(0, LINE_LIMITS.actionLabelLength), data, displayText: displayText.slice(0, LINE_LIMITS.displayTextLength) },
});
const messageItem = (label: string, t: string): QuickReplyItem => ({ type: "action", action: { type: "message", label, text: t } });
const cancelItem = messageItem("ยกเลิก", "ยกเลิก");

const HTTPS_URL = /^https:\/\/[^\s]+$/i;
const IMAGE_URL = /\.(jpe?g|png)(\?[^\s]*)?$/i;
const NO_EXTRA = /^(ไม่แนบ|ไม่มี|ข้าม|ไม่ต้อง)$/;
const STATUS_TH: Record<AnnouncementStatus["status"], string> = {
  scheduled: "รอส่ง",
  sending: "กำลังส่ง",
  sent: "ส่งแล้ว",
  partial: "ส่งไม่ครบ",
  cancelled: "ยกเลิกแล้ว",
  unknown: "ไม่ทราบสถานะ",
};

const nf = new Intl.NumberFormat("th-TH");

const PHOTO_REFUSED: Record<Exclude<PhotoResult, { ok: true }>["reason"], string> = {
  "no-https-base": "ขออภัยค่ะ ระบบยังไม่ได้ตั้งที่อยู่เว็บแบบ https (PUBLIC_BASE_URL) จึงแนบรูปที่ส่งในแชตไม่ได้ กรุณาพิมพ์ลิงก์รูป https://….jpg หรือ .png หรือกด ไม่แนบ ค่ะ",
  "no-store": "ขออภัยค่ะ ระบบนี้ยังไม่มีที่เก็บรูปภาพ กรุณาพิมพ์ลิงก์รูป https://….jpg หรือ .png หรือกด ไม่แนบ ค่ะ",
  type: "ขออภัยค่ะ แนบได้เฉพาะรูป JPEG หรือ PNG ค่ะ กรุณาส่งรูปใหม่ หรือกด ไม่แนบ ค่ะ",
  size: "ขออภัยค่ะ รูปนี้ใหญ่เกิน 1 MB กรุณาส่งรูปที่เล็กลง หรือพิมพ์ลิงก์รูปแทน หรือกด ไม่แนบ ค่ะ",
};

export function createAnnouncementsCapability(services: CapabilityServices): Capability {
  const { conversations, clock, logger } = services;
  const store = createAnnouncementStore(services.db);
  const audiences = createAudiences(services.db);
  const deliveries = services.outbox.store;

  const chatOf = (ctx: BotContext) => chatIdOf(ctx.event.source);
  const userOf = (ctx: BotContext) => ctx.person?.userId ?? (ctx.event.source.type === "user" ? ctx.event.source.userId : "unknown");

  async function save(ctx: BotContext, draft: Draft): Promise<void> {
    await conversations.start(chatOf(ctx), ANNOUNCEMENT_FLOW, { ...draft }, ctx.now, DRAFT_TTL_MS);
  }

  /** The chat's draft, if the button's draft ID is the current one. */
  async function draftFor(ctx: BotContext, draftId: string | undefined): Promise<Draft | undefined> {
    const state = await conversations.get(chatOf(ctx), ctx.now);
    if (!state || state.flow !== ANNOUNCEMENT_FLOW) return undefined;
    const draft = state.data as unknown as Draft;
    return draftId === undefined || draft.id === draftId ? draft : undefined;
  }

  const contentOf = (d: Draft): AnnouncementContent => ({ text: d.text ?? "", link: d.link, imageUrl: d.imageUrl });

  // Steps ------------------------------------------------------------------------------------

  async function start(ctx: BotContext): Promise<Outcome> {
    if (ctx.event.source.type !== "user") return replyWith(text("กรุณาสร้างประกาศในแชตส่วนตัวกับบอทนะคะ"));
    await save(ctx, { id: services.ids.uuid(), step: "text" });
    return replyWith(
      text(`พิมพ์ข้อความประกาศได้เลยค่ะ (ไม่เกิน ${nf.format(LINE_LIMITS.textLength)} ตัวอักษร)\nพิมพ์ "ยกเลิก" เพื่อออกค่ะ`, [cancelItem]),
    );
  }

  function askExtra(draft: Draft): Outcome {
    return replyWith(
      text("ต้องการแนบลิงก์หรือรูปภาพไหมคะ\n• ลิงก์เว็บ: พิมพ์ลิงก์ที่ขึ้นต้นด้วย https://\n• รูปภาพ: ส่งรูปในแชตนี้ หรือพิมพ์ลิงก์รูป https://….jpg หรือ .png\nหรือกด ไม่แนบ ค่ะ", [
        postbackItem("ไม่แนบ", postbackData(A.skip, { d: draft.id })),
        cancelItem,
      ]),
    );
  }

  async function audienceCard(draft: Draft, units: UnitChoice[]): Promise<Message> {
    const items: QuickReplyItem[] = [
      postbackItem("ทุกคน", postbackData(A.audience, { d: draft.id, t: "all" }), "ส่งถึงทุกคน"),
      postbackItem("เจ้าหน้าที่ทั้งหมด", postbackData(A.audience, { d: draft.id, t: "officers" }), "ส่งถึงเจ้าหน้าที่ทั้งหมด"),
      ...units.slice(0, MAX_UNIT_CHOICES).map((u) => postbackItem(u.name, postbackData(A.audience, { d: draft.id, t: "unit", u: u.id }), `ส่งถึง${u.name}`)),
      cancelItem,
    ];
    return text("☝️ ตัวอย่างด้านบนคือสิ่งที่ผู้รับจะเห็นค่ะ\nต้องการส่งถึงใครคะ", items);
  }

  /** The preview: the recipients' messages, unchanged, then the audience choice. */
  async function preview(ctx: BotContext, draft: Draft): Promise<Outcome> {
    const next: Draft = { ...draft, step: "audience" };
    await save(ctx, next);
    return { messages: [...recipientMessages(contentOf(next)), await audienceCard(next, await audiences.units())] };
  }

  function askWhen(draft: Draft, who: string, count: number, estimate: boolean): Outcome {
    return replyWith(
      text(`ส่งถึง${who} ${estimate ? "ประมาณ " : ""}${nf.format(count)} คน\nต้องการส่งเมื่อไหร่คะ`, [
        postbackItem("ส่งเลย", postbackData(A.when, { d: draft.id, m: "now" })),
        postbackItem("ตั้งเวลา", postbackData(A.when, { d: draft.id, m: "later" })),
        cancelItem,
      ]),
    );
  }

  const askTime = (prefix = "") =>
    replyWith(text(`${prefix}พิมพ์วันเวลาที่ต้องการส่งค่ะ เช่น\n1 ธ.ค. 68 09:00\nพรุ่งนี้ 9 โมง\nมะรืนนี้ บ่ายสอง`, [cancelItem]));

  async function confirmCard(ctx: BotContext, draft: Draft): Promise<Outcome> {
    if (!draft.audience) return preview(ctx, draft);
    const { count, estimate } = await audiences.count(draft.audience);
    await save(ctx, { ...draft, step: "confirm" });
    const when = draft.sendAt ? formatThaiDateTime(new Date(draft.sendAt)) : "ทันที";
    return replyWith(
      text(
        `ตรวจสอบก่อนส่งค่ะ\nถึง: ${audienceLabel(draft.audience)} ${estimate ? "ประมาณ " : ""}${nf.format(count)} คน\nเวลาส่ง: ${when}\nกด ยืนยันส่ง เพื่อส่งประกาศค่ะ`,
        [postbackItem("ยืนยันส่ง", postbackData(A.confirm, { d: draft.id })), cancelItem],
      ),
    );
  }

  // Flow -------------------------------------------------------------------------------------

  const flow: ConversationFlow = {
    async onText(ctx, raw, state: ConversationState) {
      if (ctx.person?.role !== "admin") {
        await conversations.clear(chatOf(ctx));
        return replyWith(replies.notAllowed());
      }
      const draft = state.data as unknown as Draft;
      switch (draft.step) {
        case "text": {
          if (raw.length > LINE_LIMITS.textLength) {
            return replyWith(text(`ข้อความยาว ${nf.format(raw.length)} ตัวอักษร เกิน ${nf.format(LINE_LIMITS.textLength)} ค่ะ กรุณาย่อแล้วพิมพ์ใหม่นะคะ`));
          }
          const next: Draft = { ...draft, text: raw, step: "extra" };
          await save(ctx, next);
          return askExtra(next);
        }
        case "extra": {
          if (NO_EXTRA.test(raw)) return preview(ctx, draft);
          if (!HTTPS_URL.test(raw) || raw.length > 1000) {
            return replyWith(text("กรุณาพิมพ์ลิงก์ที่ขึ้นต้นด้วย https:// หรือกด ไม่แนบ ค่ะ"));
          }
          if (IMAGE_URL.test(raw)) return preview(ctx, { ...draft, imageUrl: raw });
          const withLink = recipientMessages({ text: draft.text ?? "", link: raw, imageUrl: undefined })[0] as { text: string };
          if (withLink.text.length > LINE_LIMITS.textLength) {
            return replyWith(text("ข้อความรวมลิงก์ยาวเกินที่ LINE รับได้ค่ะ กรุณาพิมพ์ ยกเลิก แล้วเริ่มใหม่ด้วยข้อความที่สั้นลงนะคะ"));
          }
          return preview(ctx, { ...draft, link: raw });
        }
        case "time": {
          const parsed = parseThaiDateTime(raw, ctx.now);
          if (!parsed.ok) return askTime(`${parsed.message}\n\n`);
          return confirmCard(ctx, { ...draft, sendAt: parsed.at.toISOString() });
        }
        case "audience":
          return { messages: [text("กรุณาเลือกผู้รับจากปุ่มด้านล่างค่ะ"), await audienceCard(draft, await audiences.units())] };
        case "when":
          return replyWith(
            text("กรุณากด ส่งเลย หรือ ตั้งเวลา ค่ะ", [
              postbackItem("ส่งเลย", postbackData(A.when, { d: draft.id, m: "now" })),
              postbackItem("ตั้งเวลา", postbackData(A.when, { d: draft.id, m: "later" })),
              cancelItem,
            ]),
          );
        case "confirm":
          return replyWith(text("กรุณากด ยืนยันส่ง หรือพิมพ์ ยกเลิก ค่ะ", [postbackItem("ยืนยันส่ง", postbackData(A.confirm, { d: draft.id })), cancelItem]));
      }
      return undefined;
    },
    async onImage(ctx, messageId, state) {
      const draft = state.data as unknown as Draft;
      if (ctx.person?.role !== "admin" || draft.step !== "extra") return undefined;
      const photo = await keepAnnouncementPhoto(services, messageId);
      if (photo.ok) return preview(ctx, { ...draft, imageUrl: photo.url });
      logger.warn("announcement.photo_refused", { reason: photo.reason });
      return replyWith(text(PHOTO_REFUSED[photo.reason]));
    },
  };

  // Postbacks --------------------------------------------------------------------------------

  const stale = () => replyWith(text("ร่างประกาศนี้หมดอายุหรือถูกยกเลิกแล้วค่ะ พิมพ์ \"สร้างประกาศ\" เพื่อเริ่มใหม่นะคะ"));

  async function onSkip(ctx: BotContext, action: PostbackAction): Promise<Outcome> {
    const draft = await draftFor(ctx, action.params.d);
    if (!draft || draft.step !== "extra") return stale();
    return preview(ctx, draft);
  }

  async function onAudience(ctx: BotContext, action: PostbackAction): Promise<Outcome> {
    const draft = await draftFor(ctx, action.params.d);
    if (!draft?.text) return stale();
    let audience: AudienceChoice;
    if (action.params.t === "all") audience = { type: "all" };
    else if (action.params.t === "officers") audience = { type: "officers" };
    else if (action.params.t === "unit" && action.params.u) {
      const unit = await audiences.unit(action.params.u);
      if (!unit) return replyWith(text("ไม่พบหน่วยงานนี้แล้วค่ะ กรุณาเลือกใหม่นะคะ"));
      audience = { type: "unit", unitId: unit.id, unitName: unit.name };
    } else return stale();
    const { count, estimate } = await audiences.count(audience);
    if (count === 0 && audience.type !== "all") {
      return replyWith(text(`ยังไม่มีผู้รับใน${audienceLabel(audience)}ค่ะ กรุณาเลือกกลุ่มอื่นนะคะ`), await audienceCard(draft, await audiences.units()));
    }
    const next: Draft = { ...draft, audience, step: "when" };
    await save(ctx, next);
    return askWhen(next, audienceLabel(audience), count, estimate);
  }

  async function onWhen(ctx: BotContext, action: PostbackAction): Promise<Outcome> {
    const draft = await draftFor(ctx, action.params.d);
    if (!draft?.audience) return stale();
    if (action.params.m === "later") {
      await save(ctx, { ...draft, step: "time" });
      return askTime();
    }
    const { sendAt: _dropped, ...now } = draft;
    return confirmCard(ctx, now);
  }

  async function onConfirm(ctx: BotContext, action: PostbackAction): Promise<Outcome> {
    const draftId = action.params.d;
    if (!draftId) return stale();
    const done = await store.get(draftId);
    if (done) return replyWith(text(`ประกาศนี้รับไว้แล้วค่ะ (ฉบับที่ ${done.number}) ดูสถานะได้ที่ "ประวัติประกาศ" นะคะ`));
    const draft = await draftFor(ctx, draftId);
    if (!draft?.audience || draft.step !== "confirm") return stale();
    const scheduledFor = draft.sendAt ? new Date(draft.sendAt) : undefined;
    if (scheduledFor && scheduledFor.getTime() <= ctx.now.getTime()) {
      await save(ctx, { ...draft, step: "time" });
      return askTime("เวลาที่ตั้งไว้ผ่านไปแล้วค่ะ\n");
    }
    const result = await publishAnnouncement(
      { announcements: store, deliveries, audiences },
      {
        draftId,
        content: contentOf(draft),
        audience: draft.audience,
        scheduledFor,
        by: userOf(ctx),
        byName: ctx.person?.displayName,
        now: ctx.now,
      },
    );
    if (!result.ok) return replyWith(text(`ยังไม่มีผู้รับใน${audienceLabel(draft.audience)}ค่ะ จึงยังไม่ได้ส่งนะคะ`));
    await conversations.clear(chatOf(ctx));
    const a = result.announcement;
    logger.info("announcement.created", { announcementId: a.id, number: a.number, audience: a.audience.type, recipients: a.recipientCount, scheduled: Boolean(a.scheduledFor) });
    const who = `${audienceLabel(a.audience)} ${a.recipientCountIsEstimate ? "ประมาณ " : ""}${nf.format(a.recipientCount)} คน`;
    return replyWith(
      a.scheduledFor
        ? text(`ตั้งเวลาส่งประกาศฉบับที่ ${a.number} ถึง${who} ไว้ ${formatThaiDateTime(a.scheduledFor)} แล้วค่ะ\nยกเลิกได้ก่อนเริ่มส่งด้วยคำสั่ง "ยกเลิกประกาศ ${a.number}" ค่ะ`)
        : text(`รับประกาศฉบับที่ ${a.number} แล้วค่ะ กำลังส่งถึง${who}\nดูสถานะได้ที่ "ประวัติประกาศ" ค่ะ`),
    );
  }

  // History and cancelling -------------------------------------------------------------------

  async function statusOf(a: Awaited<ReturnType<typeof store.latest>>[number]): Promise<AnnouncementStatus> {
    const delivery = await deliveries.get(a.deliveryId);
    if (!delivery) return { announcement: a, status: "unknown", chunkCount: 0, sentChunks: 0, failedChunks: 0, pendingChunks: 0 };
    const chunks = await deliveries.chunks(a.deliveryId);
    const sent = chunks.filter((c) => c.status === "sent").length;
    const failed = chunks.filter((c) => c.status === "failed").length;
    return { announcement: a, status: delivery.status, chunkCount: chunks.length, sentChunks: sent, failedChunks: failed, pendingChunks: chunks.length - sent - failed };
  }

  function historyLine(s: AnnouncementStatus): string {
    const a = s.announcement;
    const when = a.scheduledFor ? `ตั้งเวลา ${formatThaiDateTime(a.scheduledFor)}` : `สร้าง ${formatThaiDateTime(a.createdAt)}`;
    const chunks =
      a.audience.type === "all"
        ? `ส่งแบบ broadcast`
        : `ชุดที่ส่งแล้ว ${s.sentChunks}/${s.chunkCount}${s.failedChunks ? ` ไม่สำเร็จ ${s.failedChunks}` : ""}`;
    const snippet = a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text;
    const by = a.createdByName ?? a.createdBy.slice(0, 8);
    const cancelled = a.cancelledAt ? `\nยกเลิกโดย ${a.cancelledBy === a.createdBy ? by : (a.cancelledBy ?? "").slice(0, 8)} ${formatThaiDateTime(a.cancelledAt)}` : "";
    return `ฉบับที่ ${a.number} · ${STATUS_TH[s.status]}\n${when} · โดย ${by}\nถึง ${audienceLabel(a.audience)} ${a.recipientCountIsEstimate ? "ประมาณ " : ""}${nf.format(a.recipientCount)} คน · ${chunks}${cancelled}\n"${snippet}"`;
  }

  async function history(): Promise<Outcome> {
    const latest = await store.latest(HISTORY_SIZE);
    if (latest.length === 0) return replyWith(text('ยังไม่มีประกาศค่ะ พิมพ์ "สร้างประกาศ" เพื่อเริ่มนะคะ'));
    const statuses = await Promise.all(latest.map(statusOf));
    const cancellable = statuses.filter((s) => s.status === "scheduled").map((s) => s.announcement.number);
    const body = `ประกาศล่าสุด ${latest.length} ฉบับค่ะ\n\n${statuses.map(historyLine).join("\n\n")}`;
    return replyWith(
      text(
        body.slice(0, LINE_LIMITS.textLength),
        cancellable.slice(0, LINE_LIMITS.quickReplyItems).map((n) => postbackItem(`ยกเลิกฉบับที่ ${n}`, postbackData(A.cancel, { n: String(n) }))),
      ),
    );
  }

  async function cancel(ctx: BotContext, n: number): Promise<Outcome> {
    const a = Number.isSafeInteger(n) ? await store.byNumber(n) : undefined;
    if (!a) return replyWith(text(`ไม่พบประกาศฉบับที่ ${n} ค่ะ`));
    const by = userOf(ctx);
    if (await deliveries.cancel(a.deliveryId, by, ctx.now)) {
      await store.markCancelled(a.id, by, ctx.now);
      logger.info("announcement.cancelled", { announcementId: a.id, number: a.number });
      return replyWith(text(`ยกเลิกประกาศฉบับที่ ${a.number} แล้วค่ะ จะไม่มีใครได้รับประกาศนี้`));
    }
    const s = await statusOf(a);
    return replyWith(text(`ประกาศฉบับที่ ${a.number} ${STATUS_TH[s.status]} จึงยกเลิกไม่ได้ค่ะ ยกเลิกได้เฉพาะประกาศที่ยังไม่เริ่มส่งนะคะ`));
  }

  return {
    name: "announcements",
    commands: [
      { pattern: /^(?:สร้างประกาศ|ประกาศ)$/, roles: ADMIN, handle: (ctx) => start(ctx) },
      { pattern: /^ประวัติประกาศ$/, roles: ADMIN, handle: () => history() },
      {
        pattern: /^ยกเลิกประกาศ\s*(?:ฉบับที่\s*)?#?\s*([0-9๐-๙]{1,6})$/,
        roles: ADMIN,
        handle: (ctx, m) => cancel(ctx, Number(toArabicDigits(m[1] ?? ""))),
      },
    ],
    postbacks: {
      [A.skip]: { roles: ADMIN, handle: onSkip },
      [A.audience]: { roles: ADMIN, handle: onAudience },
      [A.when]: { roles: ADMIN, handle: onWhen },
      [A.confirm]: { roles: ADMIN, handle: onConfirm },
      [A.cancel]: { roles: ADMIN, handle: (ctx, action) => cancel(ctx, Number(action.params.n)) },
      [A.history]: { roles: ADMIN, handle: () => history() },
    },
    flows: { [ANNOUNCEMENT_FLOW]: flow },
  };
}
