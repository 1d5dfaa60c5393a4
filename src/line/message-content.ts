/**
 * Downloads what a user sent (photos as evidence, attachments to a ticket) through the SDK's blob
 * client. In production that is LINE's data host, not the API host; locally both are the stand-in.
 * https://developers.line.biz/en/reference/messaging-api/#get-content
 *
 * Content is bounded by LINE's own 10 MB for an image: bigger is refused before it is read when
 * LINE says its length, and as soon as it passes the bound when it does not. `open` hands the
 * bytes on as they arrive, so a store can write them without the whole photo ever being in
 * memory (five 10 MB photos at once added 257 MB to a 512 MiB instance when each was held whole).
 */
import { pipeline, Transform, type Readable } from "node:stream";
import { messagingApi } from "@line/bot-sdk";

/** LINE's limit for an image's original (the largest photo a user can send). */
export const MAX_CONTENT_BYTES = 10 * 1024 * 1024;

/** Content over {@link MAX_CONTENT_BYTES}: refused, nothing kept. */
export class ContentTooLargeError extends RangeError {
  override name = "ContentTooLargeError";
  constructor(
    readonly messageId: string,
    readonly maxBytes: number,
  ) {
    super(`content ${messageId} is over ${maxBytes} bytes`);
  }
}

export interface OpenedContent {
  /** The bytes as they arrive; errors with {@link ContentTooLargeError} past the bound. */
  body: Readable;
  contentType: string;
}

/** Downloads a message's content whole (bounded), or `open`s it as a stream. */
export interface ContentFetcher {
  (messageId: string): Promise<{ bytes: Buffer; contentType: string }>;
  open(messageId: string): Promise<OpenedContent>;
}

/** Passes bytes through, failing once more than `maxBytes` have passed. */
function bounded(messageId: string, maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > maxBytes ? new ContentTooLargeError(messageId, maxBytes) : null, chunk);
    },
  });
}

export function createContentFetcher(opts: { channelAccessToken: string; baseURL: string; maxBytes?: number }): ContentFetcher {
  const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: opts.channelAccessToken, baseURL: opts.baseURL });
  const maxBytes = opts.maxBytes ?? MAX_CONTENT_BYTES;

  async function open(messageId: string): Promise<OpenedContent> {
    const { httpResponse, body } = await blob.getMessageContentWithHttpInfo(messageId);
    const declared = Number(httpResponse.headers.get("content-length") ?? NaN);
    if (declared > maxBytes) {
      body.destroy();
      throw new ContentTooLargeError(messageId, maxBytes);
    }
    // pipeline: past the bound, the download itself is stopped too, not only the bytes handed on.
    const limited = pipeline(body, bounded(messageId, maxBytes), () => undefined);
    return { body: limited, contentType: httpResponse.headers.get("content-type") ?? "application/octet-stream" };
  }

  async function fetchWhole(messageId: string): Promise<{ bytes: Buffer; contentType: string }> {
    const { body, contentType } = await open(messageId);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks), contentType };
  }

  return Object.assign(fetchWhole, { open });
}

/** A fetcher for deployments without content (every call fails). */
export const noContent: ContentFetcher = Object.assign(
  async (): Promise<never> => {
    throw new Error("message content is not available in this deployment");
  },
  {
    async open(): Promise<never> {
      throw new Error("message content is not available in this deployment");
    },
  },
);
