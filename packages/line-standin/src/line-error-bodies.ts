/**
 * The error bodies LINE's API answers with, written once so every route of the stand-in fails in
 * exactly the words the bot will meet in production (and logs, and maybe matches on).
 */

/** A problem in one property of a request body, as LINE lists it under `details`. */
export interface ValidationProblem {
  message: string;
  property: string;
}

export interface LineErrorBody {
  message: string;
  details?: ValidationProblem[];
}

export const LINE_ERRORS = {
  authenticationFailed: {
    message: "Authentication failed. Confirm that the access token in the authorization header is valid.",
  },
  notFound: { message: "Not found" },
  invalidReplyToken: { message: "Invalid reply token" },
  failedToSend: { message: "Failed to send messages" },
  retryKeyAccepted: { message: "The retry key is already accepted" },
  retryKeyInvalid: { message: "The value for the 'X-Line-Retry-Key' header is invalid" },
  retryKeyNotSupported: { message: "X-Line-Retry-Key header is not supported for this API" },
  malformedJson: { message: "The request body could not be parsed as JSON" },
  internalError: { message: "An internal server error occurred" },
  rateLimited: { message: "The API rate limit has been exceeded. Try again later." },
} as const satisfies Record<string, LineErrorBody>;

/** LINE's 400 body for a request that parsed but broke the schema or a limit. */
export function validationErrorBody(problems: ValidationProblem[]): LineErrorBody {
  return { message: `The request body has ${problems.length} error(s)`, details: problems };
}

/** A plausible body for an injected failure, so the bot's error logging sees LINE-shaped text. */
export function bodyForStatus(status: number): LineErrorBody {
  if (status === 401) return LINE_ERRORS.authenticationFailed;
  if (status === 404) return LINE_ERRORS.notFound;
  if (status === 429) return LINE_ERRORS.rateLimited;
  if (status >= 500) return LINE_ERRORS.internalError;
  return { message: `Injected failure (${status})` };
}
