/** The LINE stand-in's public surface; everything else in this folder is its inner workings. */
export { createLineStandin, type LineStandin, type LineStandinOptions } from "./create-line-standin";
export { STANDIN_DEV_PATH } from "./dev-routes";
export type { Fault } from "./fault-injector";
export { LINE_ERRORS, type ValidationProblem } from "./line-error-bodies";
export { validateMessages, validateRichMenu, validateSendRequest, validateValidateRequest, validateWebhookBody, warmUpRequestValidators } from "./request-validators";
export { graphemeLength } from "./rules/counting";
export { REPLY_TOKEN_TTL_MS } from "./reply-tokens";
export { StandinState } from "./standin-state";
export { UnknownEventError } from "./simulated-users";
export { createUlid } from "./ulid";
export { ImpossibleInputError } from "./webhook-events";
export { sampleWebhookEvents, type SampleEvent, type SampleEventOptions } from "./webhook-fixtures";
export { signWebhookBody } from "./webhook-signature";
export type * from "./types";
