/**
 * A ticket: a question the bot could not answer, or a request (a broken road, no water), handed to
 * staff and followed until a staff answer reaches the citizen (anchor: Traffy Fondue). Its short
 * code is what a citizen reads out on the phone; its Firestore ID is what buttons carry.
 */
import { fitUtf16 } from "../line/fit-label";

export type TicketKind = "question" | "request";
export type TicketStatus = "open" | "answered" | "closed";
/** What happened to the last staff answer on its way to the citizen. */
export type AnswerDelivery = "pending" | "sent" | "failed";

export type Attachment =
  | { type: "image"; messageId: string; ref: string | null; at: Date }
  | { type: "location"; messageId: string | null; latitude: number; longitude: number; address: string | null; at: Date };

/**
 * Why staff closed a ticket without (or after) answering it: the citizen is told, and the
 * statistics count closed tickets by reason.
 */
export const CLOSE_REASONS = {
  elsewhere: "ตอบทางช่องทางอื่นแล้ว (เช่น โทรศัพท์หรือที่สำนักงาน)",
  duplicate: "เป็นเรื่องซ้ำกับเรื่องที่แจ้งไว้แล้ว",
  "not-ours": "ไม่อยู่ในอำนาจหน้าที่ของหน่วยงานเรา (ได้แนะนำหน่วยงานที่รับผิดชอบ)",
  unreachable: "ติดต่อผู้แจ้งไม่ได้ หรือข้อมูลไม่พอจะดำเนินการ",
} as const;
export type CloseReason = keyof typeof CLOSE_REASONS;
/** The short words on the staff's buttons (≤ 20 characters, LINE's label limit). */
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  elsewhere: "ตอบช่องทางอื่นแล้ว",
  duplicate: "เรื่องซ้ำ",
  "not-ours": "ไม่ใช่หน้าที่ของเรา",
  unreachable: "ติดต่อผู้แจ้งไม่ได้",
};
/** Reasons the bot itself closes a ticket for, with no staff choice (PDPA deletion, an unsent message). */
export const SYSTEM_CLOSE_REASONS = {
  "data-deleted": "ผู้แจ้งขอลบข้อมูล",
  unsent: "ผู้แจ้งยกเลิกข้อความ",
} as const;
export const isCloseReason = (r: unknown): r is CloseReason => typeof r === "string" && Object.hasOwn(CLOSE_REASONS, r);

export interface Ticket {
  id: string;
  code: string;
  kind: TicketKind;
  status: TicketStatus;
  /** The citizen's LINE user ID, or `anon-…` after they asked for their data to be deleted (PDPA). */
  citizenId: string;
  /** What staff see instead of the LINE ID; null when unknown or deleted. */
  citizenName: string | null;
  question: string;
  /** LINE's ID of the message the question was (unsending it removes the question); null when unknown. */
  questionMessageId: string | null;
  /** Follow-up questions on the same ticket, oldest first. */
  followUps: string[];
  /** LINE's ID of each follow-up's message, in the same order (null when unknown). */
  followUpMessageIds: Array<string | null>;
  /**
   * LINE's IDs of every message of the citizen's the ticket keeps something of (question,
   * follow-ups, photos, locations): what an unsent message is looked up by.
   */
  messageIds: string[];
  unitId: string | null;
  unitName: string | null;
  /** Answer rounds: 1 at intake, +1 for every follow-up or reopening. One staff answer per round. */
  round: number;
  answer: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  answerDelivery: AnswerDelivery | null;
  answerDeliveryId: string | null;
  /** 1–5, the citizen's rating of the latest answer. */
  rating: number | null;
  attachments: Attachment[];
  createdAt: Date;
  /** When the current answer round started (intake, follow-up or reopening): reminders count from here. */
  openedAt: Date;
  updatedAt: Date;
  /** Deliveries sent to the citizen about this ticket (so a PDPA deletion can scrub them). */
  deliveryIds: string[];
  /** First staff answer: the statistics' "time to a staff answer". */
  firstAnsweredAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  /** The webhook event that closed it, so the same event handled again carries on. */
  closedByEvent: string | null;
  /** Why it was closed; null while not closed (or closed before reasons were asked). Other capabilities may add reasons. */
  closeReason: string | null;
  /**
   * A complaint of misconduct by the organisation's people: seen only by `confidentialTo` (the
   * integrity officers when it was filed), never by a group, a unit or the open-tickets list.
   */
  confidential: boolean;
  confidentialTo: string[];
  anonymized: boolean;
}

export const STATUS_TEXT: Record<TicketStatus, string> = {
  open: "รอเจ้าหน้าที่ตอบ",
  answered: "ตอบแล้ว",
  closed: "ปิดเรื่องแล้ว",
};

export const KIND_TEXT: Record<TicketKind, string> = {
  question: "คำถาม",
  request: "แจ้งเรื่อง/คำร้อง",
};

/**
 * Longest question text kept on a ticket: all that LINE lets a person send in one message
 * (5,000 UTF-16 code units), so nothing a citizen writes is cut. Cards show a cut of it
 * ({@link CARD_QUESTION_LENGTH}); where staff answer from, they see it whole.
 */
export const MAX_QUESTION_LENGTH = 5000;

/** How much of a question a ticket card shows, with "…": ten cards must fit LINE's 50 KB carousel. */
export const CARD_QUESTION_LENGTH = 280;

/** `text` cut to `max` characters (UTF-16 units) between words, with "…", when longer. */
export function clipText(text: string, max: number): string {
  return fitUtf16(text, max);
}
