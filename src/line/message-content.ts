/**
 * Downloads what a user sent (photos as evidence, attachments to a ticket) through the SDK's blob
 * client. In production that is LINE's data host, not the API host; locally both are the stand-in.
 * https://developers.line.biz/en/reference/messaging-api/#get-content
 */
import { messagingApi } from "@line/bot-sdk";

/** The largest content we keep; LINE allows bigger videos, but evidence photos are far smaller. */
const MAX_BYTES = 20 * 1024 * 1024;

export function createContentFetcher(opts: { channelAccessToken: string; baseURL: string }) {
  const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: opts.channelAccessToken, baseURL: opts.baseURL });
  return async (messageId: string): Promise<{ bytes: Buffer; contentType: string }> => {
    const { httpResponse, body } = await blob.getMessageContentWithHttpInfo(messageId);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES) throw new RangeError(`content ${messageId} is over ${MAX_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    return { bytes: Buffer.concat(chunks), contentType: httpResponse.headers.get("content-type") ?? "application/octet-stream" };
  };
}
