/**
 * Developer routes (not LINE's): act as a user, read a chat's transcript, and stream it with
 * Server-Sent Events; see the rich menu a user is shown, with its image, as the LINE app draws it.
 * The chat page uses these; tests and curl can too. No bearer token: they are only ever served by
 * a local run. Listed in the package README.
 */
import express, { Router, type Response } from "express";
import { isUserId } from "./chat-ids";
import type { StandinState } from "./standin-state";
import type { SimulatedUsers } from "./simulated-users";
import { UnknownEventError } from "./simulated-users";
import type { StandinEvent } from "./types";
import { parseSendRequest } from "./user-input-schema";
import { ImpossibleInputError } from "./webhook-events";

/** Where {@link createLineStandin}'s router serves these routes, relative to its mount point. */
export const STANDIN_DEV_PATH = "/__standin";

/** Comment lines keep proxies and browsers from dropping an idle stream. */
const HEARTBEAT_MS = 15_000;
const IMAGE_UPLOAD_LIMIT = "15mb";

export interface DevRoutesOptions {
  state: StandinState;
  users: SimulatedUsers;
}

export function createDevRoutes({ state, users }: DevRoutesOptions): Router {
  const router = Router();
  router.use(express.json({ limit: IMAGE_UPLOAD_LIMIT }));

  router.get("/chats", (_req, res) => {
    res.json({ chats: state.transcripts.chatIds().map((chatId) => ({ chatId, entries: state.transcript(chatId).length })) });
  });

  router.get("/chats/:chatId", (req, res) => {
    res.json({ chatId: req.params.chatId, entries: state.transcript(req.params.chatId) });
  });

  router.get("/chats/:chatId/events", (req, res) => {
    const chatId = req.params.chatId;
    const after = Number(req.get("last-event-id") ?? req.query["after"] ?? 0) || 0;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 1000\n\n");
    for (const entry of state.transcript(chatId)) {
      if (entry.seq > after) writeEvent(res, { kind: "entry", chatId, entry });
    }
    // Marks the end of the transcript so far: what follows happened after the page connected.
    res.write("event: replayed\ndata: {}\n\n");
    const unsubscribe = state.subscribe((event) => {
      if (event.chatId === chatId || (event.kind === "richmenu" && event.chatId === "*")) writeEvent(res, event);
    });
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS);
    heartbeat.unref();
    req.on("close", () => {
      unsubscribe();
      clearInterval(heartbeat);
    });
  });

  router.post("/chats/:userId/send", async (req, res) => {
    const userId = req.params.userId;
    if (!isUserId(userId)) {
      res.status(400).json({ message: "userId must be U followed by 32 hex characters" });
      return;
    }
    const parsed = parseSendRequest(req.body);
    if (!parsed.ok) {
      res.status(400).json({ message: parsed.error });
      return;
    }
    try {
      res.json(await users.sendAsUser(userId, parsed.input, parsed.options));
    } catch (error) {
      if (!(error instanceof ImpossibleInputError)) throw error;
      res.status(400).json({ message: error.message });
    }
  });

  router.post("/deliveries/:webhookEventId/redeliver", async (req, res) => {
    try {
      res.json(await users.redeliver(req.params.webhookEventId));
    } catch (error) {
      if (!(error instanceof UnknownEventError)) throw error;
      res.status(404).json({ message: error.message });
    }
  });

  router.get("/content/:messageId", (req, res) => {
    const stored = state.contents.get(req.params.messageId);
    if (!stored) {
      res.status(404).json({ message: "Not found" });
      return;
    }
    res.type(stored.contentType).send(stored.bytes);
  });

  /** The rich menu the user is shown now: their linked menu, else the default; none without an image (LINE shows none). */
  router.get("/users/:userId/richmenu", (req, res) => {
    const menus = state.richMenus;
    const richMenuId = menus.menuFor(req.params.userId);
    const menu = richMenuId ? menus.menus.get(richMenuId) : undefined;
    if (!menu?.image) {
      res.status(404).json({ message: "No rich menu is shown to this user" });
      return;
    }
    res.json({ ...menus.describe(menu), linked: menus.userLinks.has(req.params.userId) });
  });

  /** The menu an alias points at: what a richmenuswitch action switches the user's screen to. */
  router.get("/richmenu-aliases/:aliasId", (req, res) => {
    const menu = state.richMenus.byAlias(req.params.aliasId);
    if (!menu?.image) {
      res.status(404).json({ message: "No rich menu with an image has this alias" });
      return;
    }
    res.json(state.richMenus.describe(menu));
  });

  router.get("/richmenus/:richMenuId/image", (req, res) => {
    const image = state.richMenus.menus.get(req.params.richMenuId)?.image;
    if (!image) {
      res.status(404).json({ message: "Not found" });
      return;
    }
    res.type(image.contentType).send(image.bytes);
  });

  router.get("/calls", (_req, res) => {
    res.json({ calls: state.calls, refused: state.refused, deliveries: state.deliveries });
  });

  return router;
}

function writeEvent(res: Response, event: StandinEvent): void {
  const id = event.kind === "entry" ? `id: ${event.entry.seq}\n` : "";
  const { kind, ...data } = event;
  res.write(`${id}event: ${kind}\ndata: ${JSON.stringify(data)}\n\n`);
}
