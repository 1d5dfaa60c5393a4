/**
 * The conversation router: decides who handles an event, by event kind, chat type, the chat's
 * conversation state and the sender's role. Capabilities plug in through {@link Capability}; role
 * checks happen here, on the server, never by which buttons were shown: a postback or a typed
 * command is untrusted input like any other text.
 *
 * Text in a 1:1 chat goes, in order, to: the flow the chat is in (if any), a matching command,
 * the question answerer, and, when the answerer could not answer, the hand-off capability.
 */
import type { Message } from "../line/message-types";
import type { Logger } from "../logs";
import type { PeopleStore } from "../people/people-store";
import { greetingMessages } from "../people/greeting";
import { isStaff, type Role } from "../people/person";
import type { QaContext } from "../qa/qa-context";
import { nothing, replyWith, type BotContext, type Outcome } from "./bot-context";
import type { Capability, ConversationFlow, PostbackRoute, ShowsCitizenData, TextCommand, UnansweredHandler } from "./capability";
import { ownNextSteps, replies, startQuickReply } from "./common-replies";
import { FLOW_ENDED_BY_ROLE_CHANGE, stateOf, type ConversationState, type ConversationStore } from "./conversation-store";
import { asksForHelp, createHelpMenu, isGreetingOnly } from "./help-menu";
import { commandForm } from "./command-form";
import { chatIdOf } from "./incoming-event";
import { parsePostbackData } from "./postback-data";

export type { PostbackRoute } from "./capability";

/**
 * Answers a free-text question (the question-answering capability); `context` is what this chat's
 * last answer was about, and the answer says what it is about for the next one (opaque here).
 */
export interface QuestionAnswerer {
  answer(question: string, context?: QaContext): { answered: boolean; messages: Message[]; context?: QaContext };
}

export interface RouterDeps {
  people: PeopleStore;
  questions: QuestionAnswerer;
  logger: Logger;
  /** Shown in greetings: the organisation the account speaks for. */
  orgName: string;
  capabilities?: Capability[];
  /** Needed when any capability has flows. */
  conversations?: ConversationStore;
  /** Fetches a LINE profile; failures are tolerated (the profile is a nicety). */
  fetchProfile?: (userId: string) => Promise<{ displayName: string } | undefined>;
  /**
   * Answers a free-text question with what `questions` cannot do synchronously: bring FAQ entries
   * up to date from Firestore, keep the chat's context, count the outcome for statistics.
   * `questions.answer` (with the context the event was read with, none kept) when omitted.
   */
  answerQuestion?: (ctx: BotContext, question: string) => Promise<{ answered: boolean; messages: Message[] }>;
  /**
   * Whether a group is the registered staff group, where commands that show citizens' data may
   * run; without it no group is.
   */
  isStaffGroup?: (groupId: string) => Promise<boolean>;
}

export type EventRouter = (ctx: BotContext) => Promise<Outcome>;

/** In groups the bot speaks only when addressed, so it never floods a staff conversation. */
const GROUP_PREFIX = /^\s*(บอท|bot)\s*[,:]?\s*/i;
/** Leaves whatever flow the chat is in. */
const CANCEL = /^\s*(ยกเลิก|cancel)\s*$/i;
/** Commands are matched on the start of a message only; longer text is a question, not a command. */
const MAX_COMMAND_LENGTH = 300;

function collect(capabilities: Capability[]) {
  const postbacks: Record<string, PostbackRoute> = {};
  const commands: TextCommand[] = [];
  const flows: Record<string, ConversationFlow> = {};
  const unanswered: UnansweredHandler[] = [];
  const joins: NonNullable<Capability["onJoin"]>[] = [];
  const leaves: NonNullable<Capability["onLeave"]>[] = [];
  const memberJoins: NonNullable<Capability["onMemberJoined"]>[] = [];
  let files: Capability["onFile"];
  const unsends: NonNullable<Capability["onUnsend"]>[] = [];
  const strayMedia: NonNullable<Capability["onStrayMedia"]>[] = [];
  const beforeAnswer: NonNullable<Capability["beforeAnswer"]>[] = [];
  for (const c of capabilities) {
    for (const [name, route] of Object.entries(c.postbacks ?? {})) {
      if (postbacks[name]) throw new Error(`postback action "${name}" is registered twice (${c.name})`);
      postbacks[name] = route;
    }
    commands.push(...(c.commands ?? []));
    for (const [name, flow] of Object.entries(c.flows ?? {})) {
      if (flows[name]) throw new Error(`flow "${name}" is registered twice (${c.name})`);
      flows[name] = flow;
    }
    if (c.onUnanswered) unanswered.push(c.onUnanswered);
    if (c.onJoin) joins.push(c.onJoin.bind(c));
    if (c.onLeave) leaves.push(c.onLeave.bind(c));
    if (c.onMemberJoined) memberJoins.push(c.onMemberJoined.bind(c));
    if (c.onFile && files) throw new Error(`files are handled twice (${c.name})`);
    files ??= c.onFile;
    if (c.onUnsend) unsends.push(c.onUnsend.bind(c));
    if (c.onStrayMedia) strayMedia.push(c.onStrayMedia.bind(c));
    if (c.beforeAnswer) beforeAnswer.push(c.beforeAnswer.bind(c));
  }
  return { postbacks, commands, flows, unanswered: unanswered[0], joins, leaves, memberJoins, files, unsends, strayMedia, beforeAnswer };
}

export function createEventRouter(deps: RouterDeps): EventRouter {
  const { people, questions, logger, conversations } = deps;
  const { postbacks, commands, flows, unanswered, joins, leaves, memberJoins, files, unsends, strayMedia, beforeAnswer } = collect(deps.capabilities ?? []);
  const help = createHelpMenu(commands);

  async function onStrayMedia(ctx: BotContext): Promise<Outcome | undefined> {
    for (const handle of strayMedia) {
      const out = await handle(ctx);
      if (out) return out;
    }
    return undefined;
  }

  const roleOf = (ctx: BotContext): Role => ctx.person?.role ?? "citizen";

  /**
   * The flow the chat is in, if any, for a sender its roles allow. Checked at every step, not only
   * when the flow started: someone whose role changed since loses the chat's state and gets a
   * refusal instead, so their message reaches no flow (and no citizen).
   */
  async function flowState(ctx: BotContext): Promise<{ state: ConversationState; flow: ConversationFlow } | { refused: Outcome } | undefined> {
    if (!conversations || Object.keys(flows).length === 0) return undefined;
    const chatId = chatIdOf(ctx.event.source);
    const state = await stateOf(ctx, conversations, chatId);
    if (state?.flow === FLOW_ENDED_BY_ROLE_CHANGE) {
      logger.info("flow.ended_by_role_change", { eventId: ctx.event.id, flow: state.data.endedFlow });
      await conversations.clear(chatId);
      return { refused: replyWith(replies.flowEnded()) };
    }
    const flow = state && Object.hasOwn(flows, state.flow) ? flows[state.flow] : undefined;
    if (!state || !flow) return undefined;
    if (!flow.roles.includes(roleOf(ctx))) {
      logger.warn("flow.refused", { eventId: ctx.event.id, flow: state.flow, role: roleOf(ctx) });
      await conversations.clear(chatId);
      return { refused: replyWith(replies.flowEnded()) };
    }
    return { state, flow };
  }

  /** Routes that show citizens' data run in a 1:1 chat or the staff group only ({@link ShowsCitizenData}). */
  async function citizenDataRefused(ctx: BotContext, route: { citizenData?: ShowsCitizenData }, name: string): Promise<Outcome | undefined> {
    if (!route.citizenData) return undefined;
    const { source } = ctx.event;
    if (source.type === "user") return undefined;
    if (source.type === "group" && (await deps.isStaffGroup?.(source.groupId))) return undefined;
    logger.warn("citizen_data.refused", { eventId: ctx.event.id, chat: source.type, route: name });
    return replyWith(replies.citizenDataElsewhere());
  }

  async function onFollow(ctx: BotContext): Promise<Outcome> {
    const { event } = ctx;
    if (event.source.type !== "user") return nothing;
    const profile = await deps.fetchProfile?.(event.source.userId).catch((err: unknown) => {
      logger.warn("people.profile.unavailable", { error: err });
      return undefined;
    });
    const person = await people.recordFollow(event.source.userId, profile, ctx.now);
    return { messages: greetingMessages(person, deps.orgName, help) };
  }

  /** The command a text is, as typed or else in its {@link commandForm} (so a command keeps the person's own characters whenever it matched as typed). */
  function findCommand(text: string, chat: BotContext["event"]["source"]["type"]): { command: TextCommand; match: RegExpExecArray } | undefined {
    const usable = commands.filter((c) => (c.chats ?? ["user"]).includes(chat));
    const folded = commandForm(text);
    for (const form of folded === text ? [text] : [text, folded]) {
      for (const command of usable) {
        const match = command.pattern.exec(form);
        if (match) return { command, match };
      }
    }
    return undefined;
  }

  async function runCommand(ctx: BotContext, text: string): Promise<Outcome | undefined> {
    if (text.length > MAX_COMMAND_LENGTH) return undefined;
    const found = findCommand(text, ctx.event.source.type);
    if (found) {
      const { command, match } = found;
      if (!command.roles.includes(roleOf(ctx))) {
        logger.warn("command.refused", { eventId: ctx.event.id, role: roleOf(ctx) });
        return replyWith(replies.notAllowed(roleOf(ctx), command.roles));
      }
      return (await citizenDataRefused(ctx, command, String(command.pattern))) ?? command.handle(ctx, match);
    }
    return undefined;
  }

  async function onText(ctx: BotContext, raw: string): Promise<Outcome> {
    let text = raw.trim();
    if (ctx.event.source.type !== "user") {
      const addressed = GROUP_PREFIX.exec(text);
      if (!addressed) return (await runCommand(ctx, text)) ?? nothing;
      text = text.slice(addressed[0].length).trim();
    }
    const current = await flowState(ctx);
    if (current && "refused" in current) return current.refused;
    // The menu is asked for in words no flow step expects; a flow in progress stays where it was.
    if (asksForHelp(text)) return { messages: help.messagesFor(roleOf(ctx), { chat: ctx.event.source.type, inFlow: Boolean(current && !current.flow.asksNothing) }) };
    if (current) {
      if (CANCEL.test(text)) {
        await conversations?.clear(chatIdOf(ctx.event.source));
        return replyWith(replies.cancelled());
      }
      const command = current.flow.commandsFirst ? await runCommand(ctx, text) : undefined;
      if (command) return command;
      const handled = await current.flow.onText?.(ctx, text, current.state);
      if (handled) return handled;
    }
    // A flow that takes commands first has had them tried already: the same text matches the same.
    const command = current?.flow.commandsFirst ? undefined : await runCommand(ctx, text);
    if (command) return command;
    // Nothing open to leave: say so, rather than read "ยกเลิก" as a question for the plan or for staff.
    if (CANCEL.test(text) && ctx.event.source.type === "user") return replyWith(replies.nothingToCancel());
    // Staff who greet the bot want their commands; citizens get the answerer's greeting.
    if (isStaff(ctx.person) && isGreetingOnly(text)) {
      const hello = `สวัสดีค่ะ${ctx.person?.displayName ? ` คุณ${ctx.person.displayName}` : ""} นี่คือคำสั่งของท่านค่ะ`;
      return { messages: help.messagesFor(roleOf(ctx), { chat: ctx.event.source.type, intro: hello }) };
    }
    if (ctx.event.source.type === "user") {
      for (const take of beforeAnswer) {
        const taken = await take(ctx, text);
        if (taken) return taken;
      }
    }
    const answer = deps.answerQuestion ? await deps.answerQuestion(ctx, text) : questions.answer(text, ctx.qaContext ?? undefined);
    if (!answer.answered && ctx.event.source.type !== "user") {
      // Tickets are opened in a person's own chat, never in a group: promise nothing here.
      return replyWith(replies.askInPrivate(deps.orgName));
    }
    if (!answer.answered && isStaff(ctx.person)) return replyWith(replies.staffNotUnderstood());
    if (!answer.answered && unanswered) return unanswered(ctx, text, answer.messages);
    return { messages: answer.messages };
  }

  async function onPostback(ctx: BotContext, data: string): Promise<Outcome> {
    const action = parsePostbackData(data);
    // Own properties only: data such as "a=constructor" must not reach Object.prototype.
    const route = action && Object.hasOwn(postbacks, action.action) ? postbacks[action.action] : undefined;
    if (!action || !route) {
      logger.info("postback.unknown", { eventId: ctx.event.id, length: data.length });
      return replyWith(replies.staleButton());
    }
    if (!route.roles.includes(roleOf(ctx))) {
      logger.warn("postback.refused", { eventId: ctx.event.id, action: action.action, role: roleOf(ctx) });
      return replyWith(replies.notAllowed(roleOf(ctx), route.roles));
    }
    return (await citizenDataRefused(ctx, route, action.action)) ?? route.handle(ctx, action);
  }

  async function onMedia(ctx: BotContext): Promise<Outcome> {
    const { event } = ctx;
    if (event.source.type !== "user") return nothing;
    const found = await flowState(ctx);
    if (found && "refused" in found) return found.refused;
    const current = found;
    if (event.kind === "image") {
      return (await current?.flow.onImage?.(ctx, event.messageId, current.state)) ?? (await onStrayMedia(ctx)) ?? replyWith(replies.image());
    }
    if (event.kind === "location") {
      const { latitude, longitude, title, address } = event;
      return (await current?.flow.onLocation?.(ctx, { latitude, longitude, title, address }, current.state)) ?? (await onStrayMedia(ctx)) ?? replyWith(replies.location());
    }
    if (event.kind === "file" && files?.roles.includes(roleOf(ctx))) return files.handle(ctx, event.messageId);
    return event.kind === "sticker" ? replyWith(replies.sticker()) : replyWith(replies.unreadable());
  }

  /**
   * Replies every role shares (a cancel, a stale button, a sticker…) offer the citizen's question
   * quick replies; in a staff member's own chat they offer that person's commands instead, so an
   * officer is never left with buttons meant for someone else. Replies marked {@link ownNextSteps}
   * offer anyone their own commands.
   */
  function forRole(ctx: BotContext, outcome: Outcome): Outcome {
    const mine = (q: Message["quickReply"]) => q === ownNextSteps || (q === startQuickReply && isStaff(ctx.person));
    if (!outcome.messages.some((m) => mine(m.quickReply))) return outcome;
    if (ctx.event.source.type !== "user") {
      // A group's quick replies show to all its members, and there the bot reads only "บอท …": none.
      return { ...outcome, messages: outcome.messages.map((m) => (m.quickReply === ownNextSteps ? ({ ...m, quickReply: undefined } as Message) : m)) };
    }
    // A reply that ends a flow ({@link ownNextSteps}) offers every person their own commands.
    const own = help.quickReplyFor(roleOf(ctx));
    return { ...outcome, messages: outcome.messages.map((m) => (mine(m.quickReply) ? { ...m, quickReply: own } : m)) };
  }

  return async (ctx) => forRole(ctx, await route(ctx));

  async function route(ctx: BotContext): Promise<Outcome> {
    const { event } = ctx;
    switch (event.kind) {
      case "follow":
        return onFollow(ctx);
      case "unfollow":
        if (event.source.type === "user") await people.recordUnfollow(event.source.userId, ctx.now);
        return nothing;
      case "text":
        return onText(ctx, event.text);
      case "postback":
        return onPostback(ctx, event.data);
      case "sticker":
      case "image":
      case "location":
      case "file":
      case "video":
      case "audio":
        return onMedia(ctx);
      case "unsend":
        // What was kept of the message goes, wherever it was; LINE gives no reply token for this.
        for (const unsend of unsends) await unsend(ctx, event.messageId);
        return nothing;
      case "join": {
        for (const join of joins) {
          const out = await join(ctx);
          if (out) return out;
        }
        return replyWith(replies.groupHello(deps.orgName));
      }
      case "member-joined": {
        for (const joined of memberJoins) {
          const out = await joined(ctx, event.userIds);
          if (out) return out;
        }
        return nothing;
      }
      case "leave":
        // LINE gives no reply token for this: the bot is no longer there to speak.
        for (const leave of leaves) await leave(ctx);
        return nothing;
      default:
        // Logged at info, with LINE's own type, so an event type LINE adds later shows up in the logs.
        logger.info("event.ignored", { eventId: event.id, kind: event.kind, ...(event.kind === "other" ? { lineType: event.lineType } : {}) });
        return nothing;
    }
  }
}
