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

/**
 * Declared by a command or postback whose answer shows citizens' words, names or photos (a ticket's
 * question, its card): the router runs it only in a 1:1 chat (always the person's own) or in the
 * registered staff group, and anywhere else says where to use it. Declared, not inferred, so the
 * rule is checked in one place for every such route, whatever its handler does.
 */
export type ShowsCitizenData = true;

export interface PostbackRoute {
  roles: readonly Role[];
  /** See {@link ShowsCitizenData}. */
  citizenData?: ShowsCitizenData;
  handle(ctx: BotContext, action: PostbackAction): Promise<Outcome>;
}

/**
 * How a command appears in the menu a person gets for "เมนู" / "ช่วยเหลือ" and in greetings
 * (`help-menu.ts`), to the roles allowed to use it. Either a button that sends `button` (a text
 * the command's pattern matches, at most 20 characters), or, for a command that needs words after
 * it, a line to type (`usage`, with `example`: a text the pattern matches).
 */
export type CommandHelp =
  | { button: string; summary: string }
  | { usage: string; example: string; summary: string };

/** A typed command such as "รหัสหน่วยงาน ABC123"; checked before the question answerer. */
export interface TextCommand {
  /** Matched against the whole trimmed message. */
  pattern: RegExp;
  roles: readonly Role[];
  /** Where the command is valid; 1:1 chats by default. */
  chats?: ReadonlyArray<"user" | "group" | "room">;
  /**
   * What the help menu shows for it, to the roles above; `null` keeps it out of the menu (say why
   * next to it). Required, so a new command is listed for the people who may use it unless someone
   * decided otherwise.
   */
  help: CommandHelp | null;
  /** See {@link ShowsCitizenData}. */
  citizenData?: ShowsCitizenData;
  handle(ctx: BotContext, match: RegExpExecArray): Promise<Outcome>;
}

/**
 * A conversation that spans several messages (e.g. "type a note for your report"). While a chat
 * has state for a flow, that flow sees the chat's text and media first. Returning `undefined`
 * lets the message go on to commands and questions as usual.
 */
export interface ConversationFlow {
  /**
   * Who may take each step. A flow outlives the button or command that started it (an officer
   * taps ตอบ, is removed, then types the answer), so the router checks the sender's role again
   * before every text, photo and location; someone no longer allowed loses the chat's state and
   * is told so, and the flow never sees the message.
   */
  roles: readonly Role[];
  /**
   * Registered commands win over this flow's text (a report's note step must not swallow
   * "เรื่องค้าง" or "สร้างประกาศ"); the flow's state stays for when the person comes back.
   */
  commandsFirst?: boolean;
  /**
   * The flow asks nothing: it only takes what may follow (photos within minutes of a ticket), and
   * text goes on as usual. The menu then does not tell the person a task is waiting for them.
   */
  asksNothing?: boolean;
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
  /** Runs when people join a group or room the bot is in (`event.userIds`: who). */
  onMemberJoined?(ctx: BotContext, userIds: readonly string[]): Promise<Outcome | undefined>;
  /** Runs when the bot is removed from a group or room (nothing can be sent there any more). */
  onLeave?(ctx: BotContext): Promise<void>;
  /**
   * A file sent in a 1:1 chat by one of `roles` (e.g. an admin sending a plan file); others get the
   * usual "cannot read this" reply, so a citizen's file never reaches a handler.
   */
  onFile?: { roles: readonly Role[]; handle(ctx: BotContext, messageId: string): Promise<Outcome> };
  /** Runs when a person unsends a message: remove what was kept of it (LINE's `unsend` event). */
  onUnsend?(ctx: BotContext, messageId: string): Promise<void>;
}
