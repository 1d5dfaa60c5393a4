/**
 * Starts a stand-in and a webhook receiver on one express app on 127.0.0.1:0, the way the local
 * server wires them, with a controllable clock and the real SDK clients pointed at it.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express, { type Request, type Response } from "express";
import { messagingApi } from "@line/bot-sdk";
import { createLineStandin, type LineStandin, type LineStandinOptions } from "../src";

export const CHANNEL_SECRET = "test-channel-secret";
export const CHANNEL_ACCESS_TOKEN = "test-channel-access-token";
export const USER_ID = "U0123456789abcdef0123456789abcdef";
export const OTHER_USER_ID = "Ufedcba9876543210fedcba9876543210";
export const GROUP_ID = "C0123456789abcdef0123456789abcdef";
export const START = new Date("2025-01-15T03:00:00.000Z");

export interface ReceivedWebhook {
  raw: Buffer;
  signature: string | undefined;
  body: { destination: string; events: Array<Record<string, unknown>> };
}

export type WebhookHandler = (received: ReceivedWebhook, req: Request, res: Response) => void | Promise<void>;

export interface Harness {
  standin: LineStandin;
  client: messagingApi.MessagingApiClient;
  blobClient: messagingApi.MessagingApiBlobClient;
  origin: string;
  received: ReceivedWebhook[];
  /** Moves the stand-in's clock forward. */
  advance(ms: number): void;
  /** Replaces what the webhook does (default: answer 200 and do nothing). */
  onWebhook(handler: WebhookHandler): void;
  close(): Promise<void>;
}

export async function startHarness(options: Partial<LineStandinOptions> = {}, mount = ""): Promise<Harness> {
  let nowMs = START.getTime();
  let origin = "";
  let handler: WebhookHandler = (_received, _req, res) => {
    res.status(200).end();
  };
  const received: ReceivedWebhook[] = [];
  const standin = createLineStandin({
    channelSecret: CHANNEL_SECRET,
    channelAccessToken: CHANNEL_ACCESS_TOKEN,
    webhookUrl: () => `${origin}/webhook`,
    now: () => new Date(nowMs),
    profiles: { [USER_ID]: { displayName: "สมชาย (ประชาชน)", pictureUrl: "https://example.com/somchai.png" } },
    ...options,
  });

  const app = express();
  app.post("/webhook", express.raw({ type: () => true }), async (req, res) => {
    const raw = req.body as Buffer;
    const entry: ReceivedWebhook = { raw, signature: req.get("x-line-signature"), body: JSON.parse(raw.toString("utf8")) };
    received.push(entry);
    await handler(entry, req, res);
  });
  if (mount) app.use(mount, standin.router);
  else app.use(standin.router);

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const baseURL = `${origin}${mount}`;
  return {
    standin,
    client: new messagingApi.MessagingApiClient({ channelAccessToken: CHANNEL_ACCESS_TOKEN, baseURL }),
    blobClient: new messagingApi.MessagingApiBlobClient({ channelAccessToken: CHANNEL_ACCESS_TOKEN, baseURL }),
    origin,
    received,
    advance: (ms) => {
      nowMs += ms;
    },
    onWebhook: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Calls the stand-in with fetch, for requests the SDK cannot make (bad JSON, wrong token). */
export async function callApi(
  origin: string,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? "POST",
    headers: {
      authorization: `Bearer ${init.token ?? CHANNEL_ACCESS_TOKEN}`,
      "content-type": "application/json",
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/** The reply token of the last event the webhook received. */
export function lastReplyToken(received: ReceivedWebhook[]): string {
  const token = received.at(-1)?.body.events[0]?.["replyToken"];
  if (typeof token !== "string") throw new Error("the last webhook event had no reply token");
  return token;
}
