/**
 * The conversation router: decides which capability handles an event, by event kind, chat type and
 * the sender's role. Role checks live here and in the capabilities, never in which buttons were
 * shown: a postback is untrusted input like any text.
 */
import type { Message } from "../line/message-types";
import type { Logger } from "../logs";
import type { PeopleStore } from "../people/people-store";
import { greetingMessages } from "../people/greeting";
import type { Role } from "../people/person";
import { nothing, replyWith, type BotContext, type Outcome } from "./bot-context";
import { replies } from "./common-replies";
import { parsePostbackData, type PostbackAction } from "./postback-data";

/** Answers a citizen's free-text question (the question-answering capability). */
export interface QuestionAnswerer {
  answer(question: string): { answered: boolean; messages: Message[] };
}

/** A postback action a capability registers, with the roles allowed to use it. */
export interface PostbackRoute {
  roles: readonly Role[];
  handle(ctx: BotContext, action: PostbackAction): Promise<Outcome>;
}

export interface RouterDeps {
  people: PeopleStore;
  questions: QuestionAnswerer;
  logger: Logger;
  /** Shown in greetings: the organisation the account speaks for. */
  orgName: string;
  postbacks?: Record<string, PostbackRoute>;
  /** Fetches a LINE profile; failures are tolerated (the profile is a nicety). */
  fetchProfile?: (userId: string) => Promise<{ displayName: string } | undefined>;
}

export type EventRouter = (ctx: BotContext) => Promise<Outcome>;

/** In groups the bot speaks only when addressed, so it never floods a staff conversation. */
const GROUP_PREFIX = /^\s*(บอท|bot)\s*[,:]?\s*/i;

export function createEventRouter(deps: RouterDeps): EventRouter {
  const { people, questions, logger } = deps;
  const postbacks = deps.postbacks ?? {};

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

  function onText(ctx: BotContext, text: string): Outcome {
    if (ctx.event.source.type !== "user") {
      const addressed = GROUP_PREFIX.exec(text);
      if (!addressed) return nothing;
      text = text.slice(addressed[0].length);
    }
    return { messages: questions.answer(text).messages };
  }

  async function onPostback(ctx: BotContext, data: string): Promise<Outcome> {
    const action = parsePostbackData(data);
    const route = action ? postbacks[action.action] : undefined;
    if (!action || !route) {
      logger.info("postback.unknown", { eventId: ctx.event.id, length: data.length });
      return replyWith(replies.staleButton());
    }
    const role = ctx.person?.role ?? "citizen";
    if (!route.roles.includes(role)) {
      logger.warn("postback.refused", { eventId: ctx.event.id, action: action.action, role });
      return replyWith(replies.notAllowed());
    }
    return route.handle(ctx, action);
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
        return event.source.type === "user" ? replyWith(replies.sticker()) : nothing;
      case "image":
        return event.source.type === "user" ? replyWith(replies.image()) : nothing;
      case "location":
        return event.source.type === "user" ? replyWith(replies.location()) : nothing;
      case "file":
      case "video":
      case "audio":
        return event.source.type === "user" ? replyWith(replies.unreadable()) : nothing;
      case "join":
        return replyWith(replies.groupHello());
      default:
        logger.debug("event.ignored", { eventId: event.id, kind: event.kind });
        return nothing;
    }
  };
}
