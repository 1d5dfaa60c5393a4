/**
 * The subset of LINE's Messaging API client this bot uses. Naming it lets the sender and the
 * profile lookup take any object of this shape; in every run it is the SDK's own client, pointed at
 * LINE or at the local stand-in through `baseURL`.
 */
import { messagingApi } from "@line/bot-sdk";

export type LineApiClient = Pick<
  messagingApi.MessagingApiClient,
  "replyMessage" | "pushMessage" | "multicast" | "broadcast" | "getProfile" | "showLoadingAnimation"
>;

export function createLineApiClient(opts: { channelAccessToken: string; baseURL: string }): messagingApi.MessagingApiClient {
  return new messagingApi.MessagingApiClient({ channelAccessToken: opts.channelAccessToken, baseURL: opts.baseURL });
}
