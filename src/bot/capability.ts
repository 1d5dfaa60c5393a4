/**
 * How a capability (progress reporting, tickets, announcements, people admin…) plugs into the
 * conversation router without the router knowing about it: it lists the postback actions and text
 * commands it answers, with the roles allowed to use each, and the multi-step flows it runs. The
 * router enforces the roles; a capability never relies on which buttons a person was shown.
 */
import type { Role } from "../people/person";
import type { BotContext, Outcome } from "./bot-context";
import type { ConversationState } from "./conversation-store";
import type { PostbackAction } from "./postback-data";

export interface PostbackRoute {
  roles: readonly Role[];
  handle(ctx: BotContext, action: PostbackAction): Promise<Outcome>;
}

/** A typed command such as "รหัสหน่วยงาน ABC123"; checked before the question answerer. */
export interface TextCommand {
  /** Matched against the whole trimmed message. */
  pattern: RegExp;
  roles: readonly Role[];
  /** Where the command is valid; 1:1 chats by default. */
  chats?: ReadonlyArray<"user" | "group" | "room">;
  handle(ctx: BotContext, match: RegExpExecArray): Promise<Outcome>;
}

/**
 * A conversation that spans several messages (e.g. "type a note for your report"). While a chat
 * has state for a flow, that flow sees the chat's text and media first. Returning `undefined`
 * lets the message go on to commands and questions as usual.
 */
export interface ConversationFlow {
  /**
   * Registered commands win over this flow's text (a report's note step must not swallow
   * "เรื่องค้าง" or "สร้างประกาศ"); the flow's state stays for when the person comes back.
   */
  commandsFirst?: boolean;
  onText?(ctx: BotContext, text: string, state: ConversationState): Promise<Outcome | undefined>;
  onImage?(ctx: BotContext, messageId: string, state: ConversationState): Promise<Outcome | undefined>;
  onLocation?(
    ctx: BotContext,
    location: { latitude: number; longitude: number; title: string | undefined; address: string | undefined },
    state: ConversationState,
  ): Promise<Outcome | undefined>;
}

/** What a question the answerer could not answer becomes (the ticket capability's hand-off). */
export type UnansweredHandler = (ctx: BotContext, question: string, answerMessages: Outcome["messages"]) => Promise<Outcome>;

export interface Capability {
  name: string;
  postbacks?: Record<string, PostbackRoute>;
  commands?: TextCommand[];
  flows?: Record<string, ConversationFlow>;
  onUnanswered?: UnansweredHandler;
  /**
   * Sees a 1:1 chat's text before the question answerer does, and may take it (a confidential
   * complaint must not be answered from the plan and then lost); `undefined` lets it go on.
   */
  beforeAnswer?(ctx: BotContext, text: string): Promise<Outcome | undefined>;
  /**
   * A photo or location sent in a 1:1 chat that no flow took (e.g. kept for the ticket the next
   * text opens); `undefined` leaves the router's own acknowledgement.
   */
  onStrayMedia?(ctx: BotContext): Promise<Outcome | undefined>;
  /** Runs when the bot is added to a group (e.g. to offer registering it as the staff group). */
  onJoin?(ctx: BotContext): Promise<Outcome | undefined>;
}
