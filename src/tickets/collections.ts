/**
 * Collections of the ticket, FAQ and statistics capabilities: top-level, flat fields only (what
 * the embedded emulator queries correctly; see ../../../shared/docs/firestore-emulator.md).
 */
export const TICKET_COLLECTIONS = {
  /** One document per ticket (auto ID). */
  tickets: "tickets",
  /** `{code}` → ticket ID; created with `create()`, so a code is never given twice. */
  ticketCodes: "ticketCodes",
  /** `{ticketId}-{round}`: the one staff answer of an answer round (append-only history). */
  ticketAnswers: "ticketAnswers",
  /** `{ticketId}-{YYYY-MM-DD}`: a reminder was sent for the ticket that day. */
  ticketReminders: "ticketReminders",
  /** FAQ entries staff keep; the answerer uses the active ones. */
  faqs: "faqs",
  /** `{YYYY-MM}`: counters of questions the bot answered or handed off that month. */
  qaStats: "qaStats",
  /** `staffGroup`, `tickets` (reminder settings, holidays), `faqVersion`. */
  settings: "settings",
} as const;
