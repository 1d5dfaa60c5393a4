/**
 * What a handler gets for one event: the event, who sent it (loaded once per event) and the time.
 * Handlers return an {@link Outcome}; they never send anything themselves.
 */
import type { Message } from "../line/message-types";
import type { Person } from "../people/person";
import type { IncomingEvent } from "./incoming-event";

export interface BotContext<E extends IncomingEvent = IncomingEvent> {
  event: E;
  /** The sender, when the event has a user ID; `undefined` for events without one. */
  person: Person | undefined;
  now: Date;
}

export interface Outcome {
  /** What to reply, 0–5 messages (more are pushed after the reply when `mustDeliver`). */
  messages: Message[];
  /** The answer must not be lost: if the reply token has expired, push instead. */
  mustDeliver?: boolean;
}

export const nothing: Outcome = { messages: [] };

export function replyWith(...messages: Message[]): Outcome {
  return { messages };
}
