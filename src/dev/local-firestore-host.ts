/**
 * Where a running `npm start` can be reached by the command-line tools: it writes its embedded
 * Firestore's `host:port` to `<LOCAL_DATA_DIR>/firestore.host` while it runs, so that
 * `npm run plan:activate` changes the plan of the running local bot (which notices within seconds)
 * instead of opening the same data folder a second time.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";

const FILE = "firestore.host";

export function announceLocalFirestore(dataDir: string, host: string): () => void {
  const file = join(dataDir, FILE);
  writeFileSync(file, `${host}\n`);
  return () => rmSync(file, { force: true });
}

/** The running local bot's Firestore, if one is running (a file left by a crash is ignored). */
export async function runningLocalFirestore(dataDir: string): Promise<string | undefined> {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return undefined;
  const host = readFileSync(file, "utf8").trim();
  const m = /^([^:\s]+):(\d{1,5})$/.exec(host);
  if (!m) return undefined;
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: m[1], port: Number(m[2]) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000);
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
  return reachable ? host : undefined;
}
