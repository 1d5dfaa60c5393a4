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
import type { Role } from "../people/person";
import type { QaContext } from "../qa/qa-context";
import { nothing, replyWith, type BotContext, type Outcome } from "./bot-context";
import type { Capability, ConversationFlow, PostbackRoute, TextCommand, UnansweredHandler } from "./capability";
import { replies } from "./common-replies";
import type { ConversationState, ConversationStore } from "./conversation-store";
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
  }
  return { postbacks, commands, flows, unanswered: unanswered[0], joins };
}

export function createEventRouter(deps: RouterDeps): EventRouter {
  const { people, questions, logger, conversations } = deps;
  const { postbacks, commands, flows, unanswered, joins } = collect(deps.capabilities ?? []);

  const roleOf = (ctx: BotContext): Role => ctx.person?.role ?? "citizen";

  async function flowState(ctx: BotContext): Promise<{ state: ConversationState; flow: ConversationFlow } | undefined> {
    if (!conversations || Object.keys(flows).length === 0) return undefined;
    const state = ctx.conversation !== undefined ? (ctx.conversation ?? undefined) : await conversations.get(chatIdOf(ctx.event.source), ctx.now);
    const flow = state && Object.hasOwn(flows, state.flow) ? flows[state.flow] : undefined;
    return state && flow ? { state, flow } : undefined;
  }

  async function onFollow(ctx: BotContext): Promise<Outcome> {
    const { event } = ctx;
    if (event.source.type !== "user") return nothing;
    const profile = await deps.fetchProfile?.(event.source.userId).catch((err: unknown) => {
      logger.warn("people.profile.unavailable", { error: err });
      return undefined;
    });
    const person = await people.recordFollow(event.source.userId, profile, ctx.now);
    return { messages: greetingMessages(person, deps.orgName) };
  }

  async function runCommand(ctx: BotContext, text: string): Promise<Outcome | undefined> {
    if (text.length > MAX_COMMAND_LENGTH) return undefined;
    const chat = ctx.event.source.type;
    for (const command of commands) {
      if (!(command.chats ?? ["user"]).includes(chat)) continue;
      const match = command.pattern.exec(text);
      if (!match) continue;
      if (!command.roles.includes(roleOf(ctx))) {
        logger.warn("command.refused", { eventId: ctx.event.id, role: roleOf(ctx) });
        return replyWith(replies.notAllowed(roleOf(ctx), command.roles));
      }
      return command.handle(ctx, match);
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
    if (current) {
      if (CANCEL.test(text)) {
        await conversations?.clear(chatIdOf(ctx.event.source));
        return replyWith(replies.cancelled());
      }
      const handled = await current.flow.onText?.(ctx, text, current.state);
      if (handled) return handled;
    }
    const command = await runCommand(ctx, text);
    if (command) return command;
    const answer = deps.answerQuestion ? await deps.answerQuestion(ctx, text) : questions.answer(text, ctx.qaContext ?? undefined);
    if (!answer.answered && ctx.event.source.type !== "user") {
      // Tickets are opened in a person's own chat, never in a group: promise nothing here.
      return replyWith(replies.askInPrivate(deps.orgName));
    }
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
    return route.handle(ctx, action);
  }

  async function onMedia(ctx: BotContext): Promise<Outcome> {
    const { event } = ctx;
    if (event.source.type !== "user") return nothing;
    const current = await flowState(ctx);
    if (event.kind === "image") {
      return (await current?.flow.onImage?.(ctx, event.messageId, current.state)) ?? replyWith(replies.image());
    }
    if (event.kind === "location") {
      const { latitude, longitude, title, address } = event;
      return (await current?.flow.onLocation?.(ctx, { latitude, longitude, title, address }, current.state)) ?? replyWith(replies.location());
    }
    return event.kind === "sticker" ? replyWith(replies.sticker()) : replyWith(replies.unreadable());
  }

  return async (ctx) => {
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
      case "join": {
        for (const join of joins) {
          const out = await join(ctx);
          if (out) return out;
        }
        return replyWith(replies.groupHello(deps.orgName));
      }
      default:
        // Logged at info, with LINE's own type, so an event type LINE adds later shows up in the logs.
        logger.info("event.ignored", { eventId: event.id, kind: event.kind, ...(event.kind === "other" ? { lineType: event.lineType } : {}) });
        return nothing;
    }
  };
}
