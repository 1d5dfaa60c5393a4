import type { Glossary } from "../../knowledge/glossary";
import type { FaqEntry } from "../../knowledge/records";
import type { Message } from "../../line/message-types";
import type { Plan } from "../../plan/schema";
import type { FollowUp } from "../follow-ups";

/**
 * What one template gives: the answer as text (always, so several answers can share one message),
 * a card when the answer stands alone, and the follow-up questions to offer.
 */
export interface Reply {
  kind: "plan" | "glossary" | "faq" | "smalltalk" | "choice" | "handoff";
  text: string;
  card?: Message;
  followUps: readonly FollowUp[];
}

export interface TemplateContext {
  plan: Plan;
  glossary: Glossary;
  faqs: ReadonlyMap<string, FaqEntry>;
  /** Every plan the bot holds (this one included), so an answer can say which years there are. */
  held?: readonly Plan[];
}

export function planText(text: string, followUps: readonly FollowUp[] = [], card?: Message): Reply {
  return { kind: "plan", text, followUps, ...(card ? { card } : {}) };
}
