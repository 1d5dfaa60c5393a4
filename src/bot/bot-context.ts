/**
 * What a handler gets for one event: the event, who sent it (loaded once per event) and the time.
 * Handlers return an {@link Outcome}; they never send anything themselves.
 */
import type { Message } from "../line/message-types";
import type { Person } from "../people/person";
import type { QaContext } from "../qa/qa-context";
import type { BatchWrite } from "../store/coalescing-firestore";
import type { ConversationState } from "./conversation-store";
import type { IncomingEvent } from "./incoming-event";

export interface BotContext<E extends IncomingEvent = IncomingEvent> {
  event: E;
  /** The sender, when the event has a user ID; `undefined` for events without one. */
  person: Person | undefined;
  now: Date;
  /**
   * The chat's conversation state when it was read together with the sender (one round trip):
   * `null` for none, `undefined` when it was not read and whoever needs it reads it.
   */
  conversation?: ConversationState | null;
  /**
   * What this chat's last answer was about, read together with the sender for a text message (no
   * round trip of its own): `null` for none, `undefined` when it was not read and whoever needs it
   * reads it.
   */
  qaContext?: QaContext | null;
  /**
   * Adds a write to the batch that marks the event done (exactly once per event, no round trip of
   * its own); absent outside the webhook, where callers write directly.
   */
  atCompletion?: (write: BatchWrite) => void;
}

export interface Outcome {
  /** What to reply, 0–5 messages (more follow by push). */
  messages: Message[];
  /**
   * The answer must not be lost (a receipt with a ticket code): when the reply fails for any
   * reason, it goes through the outbox, with a retry key derived from the event.
   */
  mustDeliver?: boolean;
  /**
   * Work the citizen need not wait for, run once the reply is sent and before the event is marked
   * done (e.g. sending a ticket's card to staff, stored already with the ticket). A failure here is
   * logged and the event still counts as handled, so only work that is best effort, or that
   * something else finishes (a stored outbox delivery), belongs here.
   */
  afterReply?: () => Promise<void>;
}

export const nothing: Outcome = { messages: [] };

export function replyWith(...messages: Message[]): Outcome {
  return { messages };
}
