/**
 * How the stand-in judges a body, in the order LINE's documentation is layered: first LINE's own
 * OpenAPI schema (vendored in `openapi/`, run by ajv), then the documented rules the schema cannot
 * express (`rules/`, each with a link to LINE's page). An empty list means LINE would accept it.
 * Exported so a bot's unit tests can check what a builder made without sending it anywhere.
 */
import type { ValidationProblem } from "./line-error-bodies";
import { messageRuleProblems } from "./rules/message-rules";
import { richMenuRuleProblems } from "./rules/rich-menu-rules";
import { schemaProblems, warmUp } from "./schema/schema-validator";
import type { SendEndpoint } from "./types";

/** The request schema of each sending endpoint in messaging-api.yml. */
const SEND_REQUEST_SCHEMAS: Record<SendEndpoint, string> = {
  reply: "ReplyMessageRequest",
  push: "PushMessageRequest",
  multicast: "MulticastRequest",
  narrowcast: "NarrowcastRequest",
  broadcast: "BroadcastRequest",
};

/**
 * Reads and compiles the request schemas now. It takes a few hundred milliseconds of CPU, once per
 * process: better spent when a stand-in starts than inside the first request, where it would
 * count against the time of the webhook that sent it.
 */
export function warmUpRequestValidators(): void {
  warmUp("messaging-api", [...Object.values(SEND_REQUEST_SCHEMAS), "ValidateMessageRequest", "RichMenuRequest"]);
}

/** A reply, push, multicast, narrowcast or broadcast request body. */
export function validateSendRequest(endpoint: SendEndpoint, body: unknown): ValidationProblem[] {
  return combined(schemaProblems("messaging-api", SEND_REQUEST_SCHEMAS[endpoint], body), messageRuleProblems(messagesOf(body)));
}

/** The body of `POST /v2/bot/message/validate/{reply,push,multicast,narrowcast,broadcast}`. */
export function validateValidateRequest(body: unknown): ValidationProblem[] {
  return combined(schemaProblems("messaging-api", "ValidateMessageRequest", body), messageRuleProblems(messagesOf(body)));
}

/** A `messages` array on its own, as a bot's unit test would check what a handler built. */
export function validateMessages(messages: unknown): ValidationProblem[] {
  return validateValidateRequest({ messages });
}

/** A rich menu object, as `POST /v2/bot/richmenu` and `/v2/bot/richmenu/validate` take it. */
export function validateRichMenu(menu: unknown): ValidationProblem[] {
  return combined(schemaProblems("messaging-api", "RichMenuRequest", menu), richMenuRuleProblems(menu));
}

/** A webhook request body (`{destination, events}`), against webhook.yml. */
export function validateWebhookBody(body: unknown): ValidationProblem[] {
  return schemaProblems("webhook", "CallbackRequest", body);
}

/** The schema's problems, then the rules' problems at properties the schema found no fault with. */
function combined(schema: ValidationProblem[], rules: ValidationProblem[]): ValidationProblem[] {
  const faulted = new Set(schema.map((problem) => problem.property));
  return [...schema, ...rules.filter((problem) => !faulted.has(problem.property))];
}

function messagesOf(body: unknown): unknown {
  return typeof body === "object" && body !== null ? (body as { messages?: unknown }).messages : undefined;
}
