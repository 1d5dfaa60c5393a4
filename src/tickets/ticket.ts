/**
 * A ticket: a question the bot could not answer, or a request (a broken road, no water), handed to
 * staff and followed until a staff answer reaches the citizen (anchor: Traffy Fondue). Its short
 * code is what a citizen reads out on the phone; its Firestore ID is what buttons carry.
 */
export type TicketKind = "question" | "request";
export type TicketStatus = "open" | "answered" | "closed";
/** What happened to the last staff answer on its way to the citizen. */
export type AnswerDelivery = "pending" | "sent" | "failed";

export type Attachment =
  | { type: "image"; messageId: string; ref: string | null; at: Date }
  | { type: "location"; messageId: string | null; latitude: number; longitude: number; address: string | null; at: Date };

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

/** Longest question text kept on a ticket (LINE allows 5,000 characters; a card shows far less). */
export const MAX_QUESTION_LENGTH = 1000;
