/**
 * The JSON the chat page (or curl) posts to act as a user, parsed with zod at that boundary. Images
 * travel as base64 because the page reads them from a file input.
 */
import { z } from "zod";
import { GROUP_ID } from "./chat-ids";
import { graphemeLength } from "./rules/counting";
import type { SendOptions, UserInput } from "./types";

/** What a LINE user can send: a text of up to 5000 UTF-16 units; what a postback action can hold. */
const TEXT_LENGTH = 5000;
const POSTBACK_DATA_LENGTH = 300;
const DISPLAY_TEXT_GRAPHEMES = 300;

const inputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().min(1).max(TEXT_LENGTH) }),
  z.object({
    type: z.literal("postback"),
    data: z.string().min(1).max(POSTBACK_DATA_LENGTH),
    params: z.record(z.string(), z.string()).optional(),
    displayText: z
      .string()
      .refine((text) => graphemeLength(text) <= DISPLAY_TEXT_GRAPHEMES, `at most ${DISPLAY_TEXT_GRAPHEMES} characters`)
      .optional(),
  }),
  z.object({ type: z.literal("follow") }),
  z.object({ type: z.literal("unfollow") }),
  z.object({
    type: z.literal("image"),
    base64: z.base64().optional(),
    contentType: z.string().regex(/^image\/[a-z0-9.+-]+$/).optional(),
  }),
  z.object({ type: z.literal("sticker"), packageId: z.string().min(1), stickerId: z.string().min(1) }),
  z.object({
    type: z.literal("location"),
    title: z.string().max(100).optional(),
    address: z.string().max(100).optional(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  z.object({ type: z.literal("join") }),
  z.object({ type: z.literal("memberJoined") }),
]);

const optionsSchema = z.object({ groupId: z.string().regex(GROUP_ID, "must be C followed by 32 hex characters").optional() });

export type ParsedSendRequest = { ok: true; input: UserInput; options: SendOptions } | { ok: false; error: string };

/** Parses `{type, …, groupId?}` into a {@link UserInput} and where it happens. */
export function parseSendRequest(body: unknown): ParsedSendRequest {
  const input = inputSchema.safeParse(body);
  const options = optionsSchema.safeParse(body);
  if (!input.success) return { ok: false, error: z.prettifyError(input.error) };
  if (!options.success) return { ok: false, error: z.prettifyError(options.error) };
  const groupId = options.data.groupId;
  return { ok: true, input: toUserInput(input.data), options: groupId !== undefined ? { groupId } : {} };
}

function toUserInput(parsed: z.infer<typeof inputSchema>): UserInput {
  switch (parsed.type) {
    case "image":
      return {
        type: "image",
        ...(parsed.base64 !== undefined ? { bytes: Buffer.from(parsed.base64, "base64") } : {}),
        ...(parsed.contentType !== undefined ? { contentType: parsed.contentType } : {}),
      };
    case "postback":
      return {
        type: "postback",
        data: parsed.data,
        ...(parsed.params !== undefined ? { params: parsed.params } : {}),
        ...(parsed.displayText !== undefined ? { displayText: parsed.displayText } : {}),
      };
    case "location":
      return {
        type: "location",
        latitude: parsed.latitude,
        longitude: parsed.longitude,
        ...(parsed.title !== undefined ? { title: parsed.title } : {}),
        ...(parsed.address !== undefined ? { address: parsed.address } : {}),
      };
    default:
      return parsed;
  }
}
