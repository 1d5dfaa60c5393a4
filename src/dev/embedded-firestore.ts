/**
 * The embedded Firestore of a local run (@firestore-emulator/server, in-process, no Java, no
 * network), with its data kept in a folder between runs: every change schedules a snapshot to
 * `<dataDir>/firestore.json`, and the next start writes the snapshot back through firebase-admin.
 * Only for local runs; production uses real Firestore. It listens on loopback only: it has no
 * authentication, and the bot is its only client.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FirestoreServer } from "@firestore-emulator/server";
import { GeoPoint, Timestamp, type Firestore } from "firebase-admin/firestore";
import { freePort } from "./free-port";

export interface EmbeddedFirestore {
  host: string;
  /** Writes the current data to disk now (also done shortly after every change). */
  flush(): void;
  stop(): Promise<void>;
}

interface JsonField {
  type: string;
  value: unknown;
}
interface JsonDocument {
  fields: Record<string, JsonField>;
  collections: Record<string, JsonCollection>;
}
interface JsonCollection {
  documents: Record<string, JsonDocument>;
}
interface JsonSnapshot {
  projects: Record<string, { databases: Record<string, { collections: Record<string, JsonCollection> }> }>;
}

/** Turns the emulator's typed JSON value back into what firebase-admin writes. */
function toValue(db: Firestore, field: JsonField): unknown {
  switch (field.type) {
    case "timestamp_value": {
      const v = field.value as { seconds: number; nanos: number };
      return new Timestamp(v.seconds, v.nanos);
    }
    case "map_value":
      return Object.fromEntries(
        Object.entries(field.value as Record<string, JsonField>).map(([k, v]) => [k, toValue(db, v)]),
      );
    case "array_value":
      return (field.value as JsonField[]).map((v) => toValue(db, v));
    case "geo_point_value": {
      const v = field.value as { latitude: number; longitude: number };
      return new GeoPoint(v.latitude, v.longitude);
    }
    case "reference_value":
      return db.doc(String(field.value).replace(/^projects\/[^/]+\/databases\/[^/]+\/documents\//, ""));
    case "bytes_value":
      return Buffer.from(String((field.value as { base64?: string }).base64 ?? ""), "base64");
    case "integer_value":
      return Number(field.value);
    default:
      return field.value;
  }
}

/** JSON.stringify cannot carry bytes; keep them as base64. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { base64: Buffer.from(value).toString("base64") } : value;
}

async function restore(db: Firestore, projectId: string, file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as JsonSnapshot;
  const database = snapshot.projects?.[projectId]?.databases?.["(default)"];
  if (!database) return 0;
  let batch = db.batch();
  let pending = 0;
  let count = 0;
  const walk = async (path: string, collections: Record<string, JsonCollection>): Promise<void> => {
    for (const [name, collection] of Object.entries(collections)) {
      for (const [id, doc] of Object.entries(collection.documents)) {
        const docPath = `${path}${name}/${id}`;
        if (Object.keys(doc.fields).length > 0) {
          const data = Object.fromEntries(Object.entries(doc.fields).map(([k, v]) => [k, toValue(db, v)]));
          batch.set(db.doc(docPath), data);
          count++;
          if (++pending === 400) {
            await batch.commit();
            batch = db.batch();
            pending = 0;
          }
        }
        await walk(`${docPath}/`, doc.collections);
      }
    }
  };
  await walk("", database.collections);
  if (pending > 0) await batch.commit();
  return count;
}

/**
 * Starts the emulator on loopback. `FirestoreServer.start` binds every interface (0.0.0.0, fixed in
 * @firestore-emulator/server 0.3.x), so the emulator's own gRPC server is bound here instead, with
 * the gRPC library the emulator itself loaded (its credentials objects are checked by class).
 */
export async function startLoopbackFirestoreServer(port: number): Promise<{ server: FirestoreServer; host: string }> {
  const server = new FirestoreServer();
  const grpcServer = (server as unknown as { server?: { bindAsync?: unknown } }).server;
  if (typeof grpcServer?.bindAsync !== "function") throw new Error("@firestore-emulator/server changed: cannot bind it to loopback");
  const grpc = createRequire(require.resolve("@firestore-emulator/server"))("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
  const host = `127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) =>
    (grpcServer as { bindAsync: (address: string, creds: unknown, cb: (err: Error | null) => void) => void }).bindAsync(
      host,
      grpc.ServerCredentials.createInsecure(),
      (err) => (err ? reject(err) : resolve()),
    ),
  );
  return { server, host };
}

/**
 * Starts the emulator on `port` (0 picks a free one), restores `dataDir` into `projectId`
 * through `openDb`, and keeps saving changes.
 */
export async function startEmbeddedFirestore(opts: {
  port: number;
  dataDir: string;
  projectId: string;
  openDb: (host: string) => Firestore;
}): Promise<EmbeddedFirestore & { restored: number }> {
  const { server, host } = await startLoopbackFirestoreServer(opts.port || (await freePort()));
  mkdirSync(opts.dataDir, { recursive: true });
  const file = join(opts.dataDir, "firestore.json");

  let restoring = true;
  const restored = await restore(opts.openDb(host), opts.projectId, file);
  restoring = false;

  const flush = (): void => {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(server.state.toJSON(), replacer));
    renameSync(tmp, file);
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    if (restoring || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      flush();
    }, 300);
  };
  for (const event of ["create-document", "update-document", "delete-document"] as const) {
    server.state.emitter.on(event, schedule);
  }
  return {
    host,
    restored,
    flush,
    async stop() {
      if (timer) clearTimeout(timer);
      flush();
      await server.stop();
    },
  };
}
