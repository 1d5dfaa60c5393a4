/**
 * The LINE stand-in on a loopback port of its own, for tests of code that calls LINE outside the
 * webhook (the sender, deliveries): `baseUrl` is what the SDK client's `baseURL` gets.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type { Clock } from "../../src/clock";
import { createLineStandin, type LineStandin } from "line-standin";

export const STANDIN_TOKEN = "t";

export async function startStandinServer(opts: { clock?: Clock } = {}): Promise<{ standin: LineStandin; baseUrl: string; close(): Promise<void> }> {
  const standin = createLineStandin({
    channelSecret: "s",
    channelAccessToken: STANDIN_TOKEN,
    webhookUrl: "http://127.0.0.1:9/webhook",
    ...(opts.clock ? { now: () => opts.clock!.now() } : {}),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = express().use(standin.router).listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { standin, baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
