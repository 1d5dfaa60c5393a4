/**
 * The only place that reads the environment. Everything else receives a typed {@link Config}, so
 * tests can build one by hand and nothing deep in the code depends on `process.env`.
 */
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { LINE_ID_PATTERNS } from "./line/line-ids";

/** Where the bot runs: production talks to LINE and Firestore for real; local runs get stand-ins. */
export type RunMode = "production" | "local";

export interface Config {
  mode: RunMode;
  lineChannelSecret: string;
  lineChannelAccessToken: string;
  /** Base URL of LINE's Messaging API; `undefined` in a local run means "start the built-in stand-in". */
  lineApiBaseUrl: string | undefined;
  /**
   * Base URL for message content (photos users send): LINE serves it from a separate data host;
   * any other API (a stand-in) serves both. `undefined` when `lineApiBaseUrl` is.
   */
  lineDataApiBaseUrl: string | undefined;
  port: number;
  /**
   * The address a local run listens on: loopback by default, so the stand-in's unauthenticated
   * routes and the chat page are not on the network; `0.0.0.0` to reach it from other machines.
   * Cloud Functions chooses its own.
   */
  host: string;
  /** `host:port` of a Firestore emulator; `undefined` in a local run means "start the embedded one". */
  firestoreEmulatorHost: string | undefined;
  /** LINE user IDs that are admins from the start (before anyone can grant the role in chat). */
  adminUserIds: string[];
  /**
   * LINE user IDs that receive confidential misconduct complaints; `undefined`: the configured
   * admins (ADMIN_USER_IDS). Configuration, so nobody accused can change it from chat.
   */
  integrityOfficerIds: string[] | undefined;
  /**
   * The first plan the bot answers from and tracks: a reviewed file that `npm run plan:import`
   * drafted. Next year's plan, or another organisation's, is a new file activated in chat or with
   * `npm run plan:activate`, not new code. PLAN_FILE is taken
   * relative to the directory the command was run from (absolute here); the default, shipped plan
   * is relative to the project root.
   */
  planFile: string;
  /**
   * PLAN_FILE was given. A local run then makes that plan current (as `plan:activate` would); the
   * deployed bot takes PLAN_FILE only as its first plan, since plans are switched in Firestore.
   */
  planFileSet: boolean;
  /** Where a local run keeps the embedded Firestore's data between runs. */
  localDataDir: string;
  /** Google Cloud project ID for firebase-admin; `undefined` lets it detect the project (Cloud Functions). */
  projectId: string | undefined;
  /**
   * Where people reach this app's web pages (links sent in chat, e.g. the progress report);
   * a local run defaults to its own server. `undefined` in production when not set.
   */
  publicBaseUrl: string | undefined;
  /** The LINE Official Account's basic ID (e.g. @123abcde): the public page's add-friend link and QR code. */
  lineBasicId: string | undefined;
}

/** Channel credentials that a local run uses with its own LINE stand-in; never valid on LINE. */
export const LOCAL_LINE_CREDENTIALS = {
  channelSecret: "local-dev-channel-secret",
  channelAccessToken: "local-dev-channel-access-token",
} as const;

const LINE_API = "https://api.line.me";
const DEFAULT_PLAN_FILE = "data/plans/wiang-tha-kan-2568.json";
const LINE_DATA_API = "https://api-data.line.me";

const HOW_TO: Record<string, string> = {
  LINE_CHANNEL_SECRET:
    "copy it from LINE Developers console → your channel → Basic settings → Channel secret; in production set it with `firebase functions:secrets:set LINE_CHANNEL_SECRET`",
  LINE_CHANNEL_ACCESS_TOKEN:
    "issue a long-lived token in LINE Developers console → Messaging API → Channel access token; in production set it with `firebase functions:secrets:set LINE_CHANNEL_ACCESS_TOKEN`",
  LINE_API_BASE_URL: "use an absolute http(s) URL such as https://api.line.me, or leave it unset for a local run",
  PORT: "use a whole number from 1 to 65535, e.g. PORT=3000",
  HOST: "give an IP address or host name to listen on, e.g. HOST=127.0.0.1 (the default) or HOST=0.0.0.0 for every interface",
  FIRESTORE_EMULATOR_HOST: "use host:port, e.g. 127.0.0.1:8080, or leave it unset for a local run",
  ADMIN_USER_IDS:
    "give comma-separated LINE user IDs (U followed by 32 hex characters), e.g. ADMIN_USER_IDS=U0123…,U4567…",
  INTEGRITY_OFFICER_IDS:
    "give comma-separated LINE user IDs (U followed by 32 hex characters) of who receives confidential misconduct complaints, or leave it unset for ADMIN_USER_IDS",
  GCLOUD_PROJECT: "set the Firebase project ID, e.g. GCLOUD_PROJECT=my-project",
  PLAN_FILE: "give the path of a reviewed plan file (.json), absolute or relative to the directory you run from, e.g. PLAN_FILE=data/plans/my-plan.json",
  LINE_BASIC_ID: "copy the account's basic ID (it starts with @) from LINE Official Account Manager, e.g. LINE_BASIC_ID=@123abcde",
  PUBLIC_BASE_URL:
    "use the absolute https URL the webhook function is reached at, e.g. https://asia-southeast1-my-project.cloudfunctions.net/webhook",
};

const nonEmpty = z.string().trim().min(1, "is empty");
const optionalNonEmpty = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Comma-separated LINE user IDs, spaces around them allowed. */
const userIdList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(LINE_ID_PATTERNS.userId, "has an entry that is not a LINE user ID")));

const envSchema = z.object({
  LINE_CHANNEL_SECRET: optionalNonEmpty,
  LINE_CHANNEL_ACCESS_TOKEN: optionalNonEmpty,
  LINE_API_BASE_URL: optionalNonEmpty.pipe(z.url({ protocol: /^https?$/, error: "is not an http(s) URL" }).optional()),
  PORT: optionalNonEmpty.pipe(
    z.coerce.number<string | undefined>({ error: "is not a number" }).int("is not a whole number").min(1).max(65535).optional(),
  ),
  HOST: optionalNonEmpty.pipe(z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/, "is not an address").optional()),
  FIRESTORE_EMULATOR_HOST: optionalNonEmpty.pipe(
    z.string().regex(/^[^\s:]+:\d{1,5}$/, "is not host:port").optional(),
  ),
  ADMIN_USER_IDS: userIdList,
  INTEGRITY_OFFICER_IDS: userIdList,
  GCLOUD_PROJECT: optionalNonEmpty,
  LOCAL_DATA_DIR: optionalNonEmpty,
  PLAN_FILE: optionalNonEmpty.pipe(z.string().regex(/\.json$/, "is not a .json plan file").optional()),
  LINE_BASIC_ID: optionalNonEmpty.pipe(z.string().regex(/^@[a-z0-9._-]{2,40}$/i, "is not a LINE basic ID").optional()),
  PUBLIC_BASE_URL: optionalNonEmpty.pipe(z.url({ protocol: /^https?$/, error: "is not an http(s) URL" }).optional()),
});

/** Thrown when the environment cannot run the bot; its message is a sentence a person can act on. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the environment once. In production both LINE credentials are required
 * (they come from Cloud Functions secrets); a local run falls back to the stand-in's credentials.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, mode: RunMode = "production"): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const sentences = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      return `${name} ${issue.message}: ${HOW_TO[name] ?? "check its value"}.`;
    });
    throw new ConfigError(`Cannot start: ${[...new Set(sentences)].join(" ")}`);
  }
  const e = parsed.data;
  if (mode === "production") {
    const missing = (["LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN"] as const).filter((n) => !e[n]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Cannot start: ${missing.map((n) => `${n} is not set: ${HOW_TO[n]}.`).join(" ")}`,
      );
    }
    const unsafe = productionProblems(e);
    if (unsafe.length > 0) throw new ConfigError(`Cannot start: ${unsafe.join(" ")}`);
  }
  const lineApiBaseUrl = e.LINE_API_BASE_URL ?? (mode === "production" ? LINE_API : undefined);
  return {
    mode,
    lineChannelSecret: e.LINE_CHANNEL_SECRET ?? LOCAL_LINE_CREDENTIALS.channelSecret,
    lineChannelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN ?? LOCAL_LINE_CREDENTIALS.channelAccessToken,
    lineApiBaseUrl,
    lineDataApiBaseUrl: lineApiBaseUrl && new URL(lineApiBaseUrl).host === new URL(LINE_API).host ? LINE_DATA_API : lineApiBaseUrl,
    port: e.PORT ?? 3000,
    host: e.HOST ?? "127.0.0.1",
    firestoreEmulatorHost: e.FIRESTORE_EMULATOR_HOST,
    adminUserIds: e.ADMIN_USER_IDS,
    integrityOfficerIds: e.INTEGRITY_OFFICER_IDS.length ? e.INTEGRITY_OFFICER_IDS : undefined,
    localDataDir: e.LOCAL_DATA_DIR ?? ".data",
    planFile: e.PLAN_FILE ? fromWhereRun(e.PLAN_FILE, env) : DEFAULT_PLAN_FILE,
    planFileSet: Boolean(e.PLAN_FILE),
    projectId: e.GCLOUD_PROJECT ?? (mode === "production" ? undefined : "demo-ita-line-bot"),
    lineBasicId: e.LINE_BASIC_ID,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? (mode === "production" ? undefined : `http://localhost:${e.PORT ?? 3000}`))?.replace(/\/+$/, ""),
  };
}

/**
 * Settings that are valid but unsafe in production: the local stand-in's credentials are public
 * (they are in this repository), so a deployment using them would accept webhooks anyone can sign;
 * links sent in chat must be https (LINE shows images only from https, and a report link over
 * http would expose its token).
 */
function productionProblems(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (e.LINE_CHANNEL_SECRET === LOCAL_LINE_CREDENTIALS.channelSecret) {
    problems.push(`LINE_CHANNEL_SECRET is the local stand-in's public secret, which anyone can read in the source: ${HOW_TO.LINE_CHANNEL_SECRET}.`);
  }
  if (e.LINE_CHANNEL_ACCESS_TOKEN === LOCAL_LINE_CREDENTIALS.channelAccessToken) {
    problems.push(`LINE_CHANNEL_ACCESS_TOKEN is the local stand-in's public token: ${HOW_TO.LINE_CHANNEL_ACCESS_TOKEN}.`);
  }
  if (e.PUBLIC_BASE_URL && new URL(e.PUBLIC_BASE_URL).protocol !== "https:") {
    problems.push(`PUBLIC_BASE_URL is not https (${new URL(e.PUBLIC_BASE_URL).protocol}): ${HOW_TO.PUBLIC_BASE_URL}.`);
  }
  return problems;
}

/**
 * A path a person gave, as they meant it: relative to the directory they ran the command from.
 * npm runs scripts from the project root and keeps the starting directory in INIT_CWD.
 */
function fromWhereRun(path: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD ?? process.cwd(), path);
}
