/**
 * Serves the chat page: static files read from disk on every request (edit and reload, no build),
 * plus `personas.json` telling the page who it can be and where the stand-in's developer routes
 * are. Only a fixed list of files is served, so no path from a request reaches the file system.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Router } from "express";
import { parsePersonas, type Persona } from "./personas";

export type { Persona } from "./personas";

export interface ChatPageOptions {
  /** Where the stand-in's developer routes are, as the browser sees them, e.g. "/__standin". */
  standinPath: string;
  personas: Persona[];
  /**
   * The organisation the bot speaks for, from the plan: the page's title, and where a shared
   * location says the person is. Omitted, the page names no one.
   */
  organization?: { name: string; address?: string };
  /** Folder holding index.html, chat.js, chat.css and flex-to-nodes.js; found automatically. */
  assetsDir?: string;
}

const FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "/flex-to-nodes.js": { file: "flex-to-nodes.js", type: "text/javascript; charset=utf-8" },
  "/chat.css": { file: "chat.css", type: "text/css; charset=utf-8" },
};

/** Images the bot sends must be https (LINE's rule); the page's own content comes from 'self'. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

export function createChatPageRouter(opts: ChatPageOptions): Router {
  const personas = parsePersonas(opts.personas);
  const standinPath = opts.standinPath.replace(/\/+$/, "");
  const assetsDir = opts.assetsDir ?? findAssetsDir();
  const router = Router();

  router.get("/personas.json", (_req, res) => {
    res.set("cache-control", "no-store").json({ standinPath, personas, ...(opts.organization ? { organization: opts.organization } : {}) });
  });

  for (const [route, { file, type }] of Object.entries(FILES)) {
    router.get(route, (_req, res, next) => {
      res.set({ "content-type": type, "cache-control": "no-store", "content-security-policy": CONTENT_SECURITY_POLICY });
      res.sendFile(file, { root: assetsDir, headers: { "content-type": type } }, (error) => {
        if (error) next(error);
      });
    });
  }

  return router;
}

/** Next to this module when run from source (tsx, jest); in `src/` when run from the compiled `lib/`. */
function findAssetsDir(): string {
  const candidates = [__dirname, path.resolve(__dirname, "../../../../src/dev/chat-page")];
  const found = candidates.find((dir) => existsSync(path.join(dir, "index.html")));
  if (!found) throw new Error(`Chat page files not found; looked in ${candidates.join(" and ")}`);
  return found;
}
