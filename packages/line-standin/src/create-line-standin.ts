/**
 * A local stand-in for LINE's platform: the Messaging API the bot calls (through the real SDK
 * client, pointed at it with `baseURL`) and the users who talk to the bot (real signed webhook
 * requests). LINE cannot be reached from development machines or CI, and a fake that is stricter
 * than "returns 200" is what catches reply-token, retry-key and message-limit bugs before LINE does.
 */
import { createHash, randomUUID } from "node:crypto";
import { Router } from "express";
import { createApiRouter } from "./api-router";
import { createDevRoutes, STANDIN_DEV_PATH } from "./dev-routes";
import { warmUpRequestValidators } from "./request-validators";
import { createSimulatedUsers, type SimulatedUsers } from "./simulated-users";
import { createStandinIds } from "./standin-ids";
import { StandinState } from "./standin-state";
import type { Profile } from "./types";

export interface LineStandinOptions {
  channelSecret: string;
  channelAccessToken: string;
  /** The bot's webhook; a function when the port is only known after `listen(0)`. */
  webhookUrl: string | (() => string);
  /** Clock for reply-token expiry, retry-key memory, event timestamps. */
  now?: () => Date;
  /** UUID source; every other ID (reply tokens, ULIDs, message IDs) is derived from it. */
  ids?: () => string;
  /** Profiles `GET /v2/bot/profile/:userId` answers with, by user ID. */
  profiles?: Record<string, Profile>;
  /** The bot's own user ID (webhook `destination`); derived from the channel secret if omitted. */
  botUserId?: string;
}

export interface LineStandin extends SimulatedUsers {
  /**
   * Serves LINE's API under `/v2/…` and the developer routes under `/__standin/…`, relative to
   * where it is mounted; every other path passes through to the next handler, so it can share an
   * app with the webhook and the chat page. Note the SDK clients resolve their paths against the
   * origin of `baseURL` and drop any path in it: give them `http://host:port`, and mount this
   * router at the root of that server.
   */
  router: Router;
  state: StandinState;
  botUserId: string;
}

export function createLineStandin(opts: LineStandinOptions): LineStandin {
  warmUpRequestValidators();
  const now = opts.now ?? (() => new Date());
  const ids = createStandinIds(opts.ids ?? randomUUID, now);
  const state = new StandinState(now, opts.profiles);
  const botUserId = opts.botUserId ?? `U${createHash("sha256").update(`bot:${opts.channelSecret}`).digest("hex").slice(0, 32)}`;
  const users = createSimulatedUsers({
    state,
    channelSecret: opts.channelSecret,
    webhookUrl: opts.webhookUrl,
    destination: botUserId,
    now,
    ids,
  });

  const router = Router();
  router.use("/v2", createApiRouter({ state, ids, now, channelAccessToken: opts.channelAccessToken }));
  router.use(STANDIN_DEV_PATH, createDevRoutes({ state, users }));

  return { router, state, botUserId, sendAsUser: users.sendAsUser, redeliver: users.redeliver, deliverEvent: users.deliverEvent };
}
