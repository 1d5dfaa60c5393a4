/**
 * LINE's sending endpoints (reply, push, multicast, broadcast, narrowcast, validate, loading,
 * quota), with the rules that bite bots in production: single-use reply tokens, retry keys and
 * their 409, recipient limits, blocked users, and the message validator.
 * Reference: https://developers.line.biz/en/reference/messaging-api/#messages
 */
import { Router, type Request } from "express";
import { handle, objectBody, param, type ApiDeps, type ApiResult } from "./api-result";
import { isChatId, isUserId } from "./chat-ids";
import { LINE_ERRORS, validationErrorBody, type ValidationProblem } from "./line-error-bodies";
import { validateSendRequest, validateValidateRequest } from "./request-validators";
import { isRetryKey } from "./retry-key-ledger";
import type { SendEndpoint } from "./types";

const VALIDATE_KINDS = new Set(["reply", "push", "multicast", "narrowcast", "broadcast"]);
const LOADING_STEP_SECONDS = 5;
const LOADING_MIN_SECONDS = 5;
const LOADING_MAX_SECONDS = 60;
const LOADING_DEFAULT_SECONDS = 20;
const QUOTABLE_TYPES = new Set(["text", "sticker"]);

interface SentMessage {
  id: string;
  quoteToken?: string;
}

export function createMessageRoutes(deps: ApiDeps): Router {
  const { state, ids, now } = deps;
  const router = Router();

  /** Records an accepted send: the call log, and one bot line per message in each chat. */
  function record(
    endpoint: SendEndpoint,
    chats: string[],
    body: Record<string, unknown>,
    requestId: string,
    extra: { retryKey?: string; replyToken?: string },
  ): SentMessage[] {
    const messages = body["messages"] as unknown[];
    state.calls.push({
      requestId,
      endpoint,
      to: chats,
      messages,
      at: now(),
      ...extra,
      ...(typeof body["notificationDisabled"] === "boolean" ? { notificationDisabled: body["notificationDisabled"] } : {}),
    });
    for (const chatId of chats) {
      for (const message of messages) state.transcripts.append(chatId, { from: "bot", at: now(), message, endpoint, requestId });
    }
    return messages.map((message) => {
      const type = (message as { type?: unknown }).type;
      return { id: ids.messageId(), ...(QUOTABLE_TYPES.has(String(type)) ? { quoteToken: ids.quoteToken() } : {}) };
    });
  }

  /**
   * Applies LINE's retry-key rules around a send: malformed key → 400, a key accepted in the last
   * 24 h → 409 naming the first request, otherwise run `send` and remember the key if it succeeded.
   */
  function withRetryKey(req: Request, requestId: string, send: () => ApiResult): ApiResult {
    const key = req.get("x-line-retry-key");
    if (key === undefined) return send();
    if (!isRetryKey(key)) return { status: 400, body: LINE_ERRORS.retryKeyInvalid };
    const earlier = state.retryKeys.find(key);
    if (earlier) {
      return {
        status: 409,
        headers: { "x-line-accepted-request-id": earlier.requestId },
        body: { ...LINE_ERRORS.retryKeyAccepted, ...(earlier.sentMessages ? { sentMessages: earlier.sentMessages } : {}) },
      };
    }
    const result = send();
    if (result.status < 300) {
      const sentMessages = (result.body as { sentMessages?: unknown[] } | undefined)?.sentMessages;
      state.retryKeys.accept(key, requestId, sentMessages);
    }
    return result;
  }

  /** LINE's 400 for a body its schema or documented rules refuse; a refused send is kept in `state.refused`. */
  function refusal(problems: ValidationProblem[], sent?: { endpoint: SendEndpoint; body: unknown; requestId: string }): ApiResult | undefined {
    if (problems.length === 0) return undefined;
    if (sent) state.refused.push({ ...sent, problems, at: now() });
    return { status: 400, body: validationErrorBody(problems) };
  }

  router.post(
    "/bot/message/reply",
    handle((req, { requestId }) => {
      if (req.get("x-line-retry-key") !== undefined) return { status: 400, body: LINE_ERRORS.retryKeyNotSupported };
      const body = objectBody(req);
      const token = body["replyToken"];
      const emptyToken: ValidationProblem[] = token === "" ? [{ message: "May not be empty", property: "replyToken" }] : [];
      const invalid = refusal([...emptyToken, ...validateSendRequest("reply", req.body)], { endpoint: "reply", body: req.body, requestId });
      if (invalid) return invalid;
      const chatId = state.replyTokens.peek(token);
      if (chatId === undefined) return { status: 400, body: LINE_ERRORS.invalidReplyToken };
      state.replyTokens.use(token as string);
      return { status: 200, body: { sentMessages: record("reply", [chatId], body, requestId, { replyToken: token as string }) } };
    }),
  );

  router.post(
    "/bot/message/push",
    handle((req, { requestId }) =>
      withRetryKey(req, requestId, () => {
        const body = objectBody(req);
        const to = body["to"];
        if (!isChatId(to)) {
          return { status: 400, body: { message: "The property, 'to', in the request body is invalid (line: -, column: -)" } };
        }
        const invalid = refusal(validateSendRequest("push", req.body), { endpoint: "push", body: req.body, requestId });
        if (invalid) return invalid;
        if (state.isBlocked(to)) return { status: 400, body: LINE_ERRORS.failedToSend };
        const retryKey = req.get("x-line-retry-key");
        const sentMessages = record("push", [to], body, requestId, retryKey !== undefined ? { retryKey } : {});
        return { status: 200, body: { sentMessages } };
      }),
    ),
  );

  router.post(
    "/bot/message/multicast",
    handle((req, { requestId }) =>
      withRetryKey(req, requestId, () => {
        const body = objectBody(req);
        const to = body["to"];
        const toProblems: ValidationProblem[] = Array.isArray(to)
          ? to.flatMap((id, index) => (isUserId(id) ? [] : [{ message: "Invalid user ID", property: `to[${index}]` }]))
          : [];
        const invalid = refusal([...toProblems, ...validateSendRequest("multicast", req.body)], { endpoint: "multicast", body: req.body, requestId });
        if (invalid) return invalid;
        const recipients = [...new Set(to as string[])].filter((id) => !state.isBlocked(id));
        const retryKey = req.get("x-line-retry-key");
        record("multicast", recipients, body, requestId, retryKey !== undefined ? { retryKey } : {});
        return { status: 200, body: {} };
      }),
    ),
  );

  for (const endpoint of ["broadcast", "narrowcast"] as const) {
    router.post(
      `/bot/message/${endpoint}`,
      handle((req, { requestId }) =>
        withRetryKey(req, requestId, () => {
          const body = objectBody(req);
          const invalid = refusal(validateSendRequest(endpoint, req.body), { endpoint, body: req.body, requestId });
          if (invalid) return invalid;
          const retryKey = req.get("x-line-retry-key");
          record(endpoint, state.friendIds(), body, requestId, retryKey !== undefined ? { retryKey } : {});
          return { status: endpoint === "narrowcast" ? 202 : 200, body: {} };
        }),
      ),
    );
  }

  router.post(
    "/bot/message/validate/:kind",
    handle((req) => {
      if (!VALIDATE_KINDS.has(param(req, "kind"))) return { status: 404, body: LINE_ERRORS.notFound };
      return refusal(validateValidateRequest(req.body)) ?? { status: 200, body: {} };
    }),
  );

  router.post(
    "/bot/chat/loading/start",
    handle((req) => {
      const body = objectBody(req);
      const problems: ValidationProblem[] = [];
      if (!isUserId(body["chatId"])) problems.push({ message: "Must be a user ID", property: "chatId" });
      const seconds = body["loadingSeconds"] ?? LOADING_DEFAULT_SECONDS;
      if (
        typeof seconds !== "number" ||
        !Number.isInteger(seconds) ||
        seconds < LOADING_MIN_SECONDS ||
        seconds > LOADING_MAX_SECONDS ||
        seconds % LOADING_STEP_SECONDS !== 0
      ) {
        problems.push({ message: "Must be one of 5, 10, 15, …, 60", property: "loadingSeconds" });
      }
      if (problems.length > 0) return { status: 400, body: validationErrorBody(problems) };
      state.transcripts.emit({ kind: "loading", chatId: body["chatId"] as string, seconds: seconds as number });
      return { status: 202, body: {} };
    }),
  );

  router.get(
    "/bot/message/quota",
    handle(() => ({ status: 200, body: { type: "none" } })),
  );

  router.get(
    "/bot/message/quota/consumption",
    handle(() => {
      const totalUsage = state.calls.filter((call) => call.endpoint !== "reply").reduce((sum, call) => sum + call.to.length, 0);
      return { status: 200, body: { totalUsage } };
    }),
  );

  return router;
}
