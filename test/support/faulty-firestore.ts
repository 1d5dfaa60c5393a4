/**
 * A Firestore of the test file's own that fails on command, and can be read whole. It is the same
 * embedded emulator (@firestore-emulator/server) the other tests use, started in this worker; a
 * fault is injected into the emulator (the server side), never into firebase-admin, so the bot's
 * own Firestore client, its retries and its error handling run exactly as in production, and see
 * what they would see from real Firestore: a commit refused with a gRPC code such as UNAVAILABLE
 * or DEADLINE_EXCEEDED.
 *
 * While it runs, FIRESTORE_EMULATOR_HOST points at it (firebase-admin lets that variable override
 * an explicit host), so `openTestFirestore()` and `startBotHarness()` use it; `stop()` restores it.
 */
import { FirestoreServer } from "@firestore-emulator/server";
import { freePort } from "../../src/dev/free-port";

/** gRPC status codes a test may inject. */
export const GRPC = { DEADLINE_EXCEEDED: 4, ABORTED: 10, INTERNAL: 13, UNAVAILABLE: 14 } as const;

export interface FaultyFirestore {
  host: string;
  /**
   * The next `count` writes to a document whose path (`collection/id/…`) matches are refused with
   * `code` (INTERNAL by default: a code firebase-admin does not retry on a commit, so the bot sees
   * it at once). `after` lets that many matching writes through first. A commit stops at its first
   * refused write, as the emulator always does.
   */
  failWrites(path: RegExp, opts?: { count?: number; code?: number; after?: number }): void;
  /** Faults not yet used. */
  readonly pendingFaults: number;
  /** Every document the emulator holds, in every project: `collection/id[/sub/id…]` → its fields as JSON. */
  documents(): Map<string, string>;
  stop(): Promise<void>;
}

interface V1Write {
  update?: { name?: string };
  delete?: string;
  transform?: { document?: string };
}

interface JsonDoc {
  fields: Record<string, unknown>;
  collections: Record<string, { documents: Record<string, JsonDoc> }>;
}

type WriteFn = (date: Date, write: V1Write) => unknown;

/** The document a v1 write touches, relative to its database: `collection/id/…`. */
function pathOf(write: V1Write): string {
  const name = write.update?.name || write.delete || write.transform?.document || "";
  return name.replace(/^projects\/[^/]+\/databases\/[^/]+\/documents\//, "");
}

export async function startFaultyFirestore(): Promise<FaultyFirestore> {
  const server = new FirestoreServer();
  const port = await freePort();
  await server.start(port);
  const host = `127.0.0.1:${port}`;
  const sharedHost = process.env.FIRESTORE_EMULATOR_HOST;
  process.env.FIRESTORE_EMULATOR_HOST = host;

  const state = server.state as unknown as { writeV1Document: WriteFn; toJSON(): unknown };
  const write = state.writeV1Document.bind(state);
  // The emulator answers a commit with a gRPC code only for its own error class, which it does not
  // export: take it from an error the emulator itself throws (a delete of a missing document that
  // must exist), then throw instances of it.
  let ErrorClass: (new (code: number, message: string) => Error) | undefined;
  try {
    write(new Date(), {
      has_delete: true,
      delete: "projects/fault-probe/databases/(default)/documents/probe/missing",
      has_current_document: true,
      current_document: { has_exists: true, exists: true },
    } as V1Write);
  } catch (err) {
    ErrorClass = (err as Error).constructor as typeof ErrorClass;
  }
  if (!ErrorClass) throw new Error("the emulator did not refuse the probe write: cannot inject faults");
  const EmulatorError = ErrorClass;

  const faults: Array<{ path: RegExp; remaining: number; code: number; after: number }> = [];
  state.writeV1Document = (date, w) => {
    const path = pathOf(w);
    const fault = faults.find((f) => f.path.test(path));
    if (fault && fault.after > 0) fault.after -= 1;
    else if (fault) {
      fault.remaining -= 1;
      if (fault.remaining === 0) faults.splice(faults.indexOf(fault), 1);
      throw new EmulatorError(fault.code, `injected fault writing ${path}`);
    }
    return write(date, w);
  };

  return {
    host,
    failWrites(path, opts = {}) {
      faults.push({ path, remaining: opts.count ?? 1, code: opts.code ?? GRPC.INTERNAL, after: opts.after ?? 0 });
    },
    get pendingFaults() {
      return faults.reduce((n, f) => n + f.remaining, 0);
    },
    documents() {
      const out = new Map<string, string>();
      const walk = (prefix: string, collections: JsonDoc["collections"]) => {
        for (const [name, col] of Object.entries(collections ?? {})) {
          for (const [id, doc] of Object.entries(col.documents ?? {})) {
            const path = `${prefix}${name}/${id}`;
            if (Object.keys(doc.fields ?? {}).length) out.set(path, JSON.stringify(doc.fields));
            walk(`${path}/`, doc.collections);
          }
        }
      };
      const json = state.toJSON() as { projects?: Record<string, { databases?: Record<string, { collections: JsonDoc["collections"] }> }> };
      for (const project of Object.values(json.projects ?? {})) for (const db of Object.values(project.databases ?? {})) walk("", db.collections);
      return out;
    },
    async stop() {
      if (sharedHost === undefined) delete process.env.FIRESTORE_EMULATOR_HOST;
      else process.env.FIRESTORE_EMULATOR_HOST = sharedHost;
      await server.stop();
    },
  };
}
