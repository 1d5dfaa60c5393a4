/**
 * One webhook event in the shape the conversation code works with: the LINE adapter turns LINE's
 * many event types into this small union, so capabilities never see LINE's raw JSON.
 */
import type { PickedDateTime } from "../line/picker-params";

export type ChatSource =
  | { type: "user"; userId: string }
  | { type: "group"; groupId: string; userId: string | undefined }
  | { type: "room"; roomId: string; userId: string | undefined };

interface Base {
  /** LINE's webhookEventId (a ULID): the dedupe key. */
  id: string;
  at: Date;
  source: ChatSource;
  replyToken: string | undefined;
  isRedelivery: boolean;
}

export type IncomingEvent = Base &
  (
    | { kind: "text"; messageId: string; text: string }
    | {
        kind: "postback";
        data: string;
        /** LINE's `postback.params`, as sent (string values only). */
        params: Record<string, string>;
        /** What a datetime picker returned, parsed; absent for other postbacks or a malformed value. */
        picked: PickedDateTime | undefined;
      }
    | { kind: "image"; messageId: string }
    | { kind: "sticker"; messageId: string }
    | { kind: "location"; messageId: string; title: string | undefined; address: string | undefined; latitude: number; longitude: number }
    | { kind: "file" | "video" | "audio"; messageId: string }
    | { kind: "follow"; unblocked: boolean }
    | { kind: "unfollow" }
    | { kind: "join" | "leave" }
    /** `userIds`: who joined, those whose IDs LINE gave in its format. */
    | { kind: "member-joined"; userIds: string[] }
    | { kind: "member-left" }
    | { kind: "unsend"; messageId: string }
    /** Any event type this bot does not act on (beacon, membership, video play…). */
    | { kind: "other"; lineType: string }
  );

export type EventKind = IncomingEvent["kind"];

/** The chat a reply or push goes to: the group or room if there is one, else the user. */
export function chatIdOf(source: ChatSource): string {
  if (source.type === "group") return source.groupId;
  if (source.type === "room") return source.roomId;
  return source.userId;
}
