/** Postback action names of the ticket capability (`a=<name>&t=<ticketId>…`, see postback-data.ts). */
export const TICKET_ACTIONS = {
  /** Citizen: send the pending question to staff / do not. */
  send: "tk-send",
  dontSend: "tk-nosend",
  /** Staff. */
  answer: "tk-answer",
  assign: "tk-assign",
  assignTo: "tk-assign-to",
  /** Asks why; `closeAs` (with `r=<reason>`) closes. */
  close: "tk-close",
  closeAs: "tk-close-as",
  /** "ไม่ปิด" under the reasons: leaves the ticket as it was. */
  keepOpen: "tk-close-no",
  reopen: "tk-reopen",
  /** Staff: show the photos and location the citizen attached. */
  attachments: "tk-attachments",
  /** Citizen, on an answer. */
  rate: "tk-rate",
  /** Citizen, from their list: show the rating buttons for a ticket's last answer. */
  rateAsk: "tk-rate-ask",
  more: "tk-more",
  /** Citizen: confirm deleting their data. */
  forget: "tk-forget",
} as const;

/** Conversation flows of the ticket capability. */
export const TICKET_FLOWS = {
  /** A question waits for the citizen's "send it to staff?" tap. */
  confirm: "tk-confirm",
  /** Photos and a location sent before any text wait for the ticket the next text opens. */
  pending: "tk-pending",
  /** Photos and a location sent now attach to the ticket just opened. */
  attach: "tk-attach",
  /** The staff member's next text is the answer. */
  answer: "tk-answer",
  /** The person asked to reach staff: their next text goes to staff as it is. */
  direct: "tk-direct",
  /** The citizen's next text is a follow-up question. */
  followUp: "tk-followup",
} as const;
