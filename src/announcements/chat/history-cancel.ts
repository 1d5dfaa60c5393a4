/**
 * "ประวัติประกาศ": the latest announcements with their delivery progress chunk by chunk, and a
 * button to cancel each one that has not started; "ยกเลิกประกาศ <n>" cancels by number. Only an
 * announcement whose delivery has not started can be cancelled; the outbox decides that.
 */
import type { BotContext, Outcome } from "../../bot/bot-context";
import { replyWith } from "../../bot/bot-context";
import { ownNextSteps } from "../../bot/common-replies";
import type { CapabilityPart } from "../../bot/compose-capability";
import { postbackData } from "../../bot/postback-data";
import { fitUtf16 } from "../../line/fit-label";
import { LINE_LIMITS } from "../../line/limits";
import { textMessage, textMessages } from "../../line/split-text";
import { toArabicDigits } from "../../thai/digits";
import { audienceLabel, type Announcement, type AnnouncementStatus } from "../announcement";
import { formatThaiDateTime } from "../thai-datetime";
import { ADMIN, ANNOUNCEMENT_ACTIONS as A, userOf, type AnnouncementsContext } from "./announcements-context";
import { nf, postbackItem, text } from "./announcement-replies";

/** How many announcements "ประวัติประกาศ" lists. */
export const HISTORY_SIZE = 5;

const STATUS_TH: Record<AnnouncementStatus["status"], string> = {
  scheduled: "รอส่ง",
  sending: "กำลังส่ง",
  sent: "ส่งแล้ว",
  partial: "ส่งไม่ครบ",
  cancelled: "ยกเลิกแล้ว",
  unknown: "ไม่ทราบสถานะ",
};

function historyLine(s: AnnouncementStatus): string {
  const a = s.announcement;
  const when = a.scheduledFor ? `ตั้งเวลา ${formatThaiDateTime(a.scheduledFor)}` : `สร้าง ${formatThaiDateTime(a.createdAt)}`;
  const chunks =
    a.audience.type === "all"
      ? `ส่งแบบ broadcast`
      : `ชุดที่ส่งแล้ว ${s.sentChunks}/${s.chunkCount}${s.failedChunks ? ` ไม่สำเร็จ ${s.failedChunks}` : ""}`;
  const snippet = fitUtf16(a.text, 40);
  const by = fitUtf16(a.createdByName ?? a.createdBy.slice(0, 8), 60);
  const cancelled = a.cancelledAt ? `\nยกเลิกโดย ${a.cancelledBy === a.createdBy ? by : (a.cancelledBy ?? "").slice(0, 8)} ${formatThaiDateTime(a.cancelledAt)}` : "";
  return `ฉบับที่ ${a.number} · ${STATUS_TH[s.status]}\n${when} · โดย ${by}\nถึง ${audienceLabel(a.audience)} ${a.recipientCountIsEstimate ? "ประมาณ " : ""}${nf.format(a.recipientCount)} คน · ${chunks}${cancelled}\n"${snippet}"`;
}

export function historyCancel(ac: AnnouncementsContext): CapabilityPart {
  const { store, deliveries } = ac;
  const { logger } = ac.services;

  async function statusOf(a: Announcement): Promise<AnnouncementStatus> {
    const delivery = await deliveries.get(a.deliveryId);
    if (!delivery) return { announcement: a, status: "unknown", chunkCount: 0, sentChunks: 0, failedChunks: 0, pendingChunks: 0 };
    const chunks = await deliveries.chunks(a.deliveryId);
    const sent = chunks.filter((c) => c.status === "sent").length;
    const failed = chunks.filter((c) => c.status === "failed").length;
    return { announcement: a, status: delivery.status, chunkCount: chunks.length, sentChunks: sent, failedChunks: failed, pendingChunks: chunks.length - sent - failed };
  }

  async function history(): Promise<Outcome> {
    const latest = await store.latest(HISTORY_SIZE);
    if (latest.length === 0) return replyWith(textMessage('ยังไม่มีประกาศค่ะ พิมพ์ "สร้างประกาศ" เพื่อเริ่มนะคะ', ownNextSteps));
    const statuses = await Promise.all(latest.map(statusOf));
    const cancellable = statuses.filter((s) => s.status === "scheduled").map((s) => s.announcement.number);
    const body = `ประกาศล่าสุด ${latest.length} ฉบับค่ะ\n\n${statuses.map(historyLine).join("\n\n")}`;
    const items = cancellable.slice(0, LINE_LIMITS.quickReplyItems).map((n) => postbackItem(`ยกเลิกฉบับที่ ${n}`, postbackData(A.cancel, { n: String(n) })));
    return replyWith(...textMessages(body, items.length ? { quickReply: { items } } : {}));
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
    commands: [
      {
        pattern: /^ประวัติประกาศ$/,
        roles: ADMIN,
        help: { button: "ประวัติประกาศ", summary: "ประกาศล่าสุด ผู้รับ และสถานะการส่ง" },
        handle: () => history(),
      },
      {
        pattern: /^ยกเลิกประกาศ\s*(?:ฉบับที่\s*)?#?\s*([0-9๐-๙]{1,6})$/,
        roles: ADMIN,
        help: { usage: "ยกเลิกประกาศ <เลข>", example: "ยกเลิกประกาศ 3", summary: "ยกเลิกประกาศที่ตั้งเวลาไว้และยังไม่ได้ส่ง" },
        handle: (ctx, m) => cancel(ctx, Number(toArabicDigits(m[1] ?? ""))),
      },
    ],
    postbacks: {
      [A.cancel]: { roles: ADMIN, handle: (ctx, action) => cancel(ctx, Number(action.params.n)) },
      [A.history]: { roles: ADMIN, handle: () => history() },
    },
  };
}
