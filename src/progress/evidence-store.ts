/**
 * Where photos sent as evidence are kept: a port with two implementations, local disk (local runs
 * and tests, under the data directory) and Cloud Storage (production, see cloud-evidence-store.ts).
 * The report keeps the returned record (path, type, size, LINE message ID), never the bytes.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dirname, join, resolve, sep } from "node:path";

export interface EvidenceRecord {
  /** Path inside the store, e.g. `evidence/<plan>/<activity>/<draft>-<messageId>.jpg`. */
  path: string;
  contentType: string;
  size: number;
  messageId: string;
}

export interface EvidenceStore {
  save(path: string, bytes: Buffer, contentType: string): Promise<void>;
  /**
   * Writes bytes as they arrive (a download from LINE), never holding the whole file; returns its
   * size. A source that fails leaves nothing behind.
   */
  saveStream(path: string, body: Readable, contentType: string): Promise<number>;
  read(path: string): Promise<Buffer | undefined>;
  /** Deletes a file (PDPA deletion of a citizen's photos); deleting what is not there is no error. */
  remove(path: string): Promise<void>;
  /**
   * Deletes every file in a folder (`folder/`, e.g. a citizen's waiting photos, whose names no
   * record may hold any more once the wait is over); an empty or missing folder is no error.
   */
  removeFolder(folder: string): Promise<void>;
}

/** A pass-through that counts what went through it (`bytes`). */
export function countingBytes(): Transform & { readonly bytes: number } {
  let bytes = 0;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return Object.defineProperty(t, "bytes", { get: () => bytes }) as Transform & { readonly bytes: number };
}

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };

/** A path that contains only safe characters, whatever IDs it is built from. */
export function evidencePath(activityId: string, draftId: string, messageId: string, contentType: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  return `evidence/${safe(activityId)}/${safe(draftId)}-${safe(messageId)}.${EXTENSIONS[contentType] ?? "bin"}`;
}

/** `folder/`, refusing an empty folder or one that climbs out (a folder removal must never reach the whole store). */
export function folderPath(folder: string): string {
  const clean = folder.replace(/\/+$/, "");
  if (!clean || clean.split("/").some((part) => part === "" || part === "." || part === "..")) throw new RangeError(`not a folder: ${folder}`);
  return `${clean}/`;
}

export function createLocalEvidenceStore(rootDir: string): EvidenceStore {
  const root = resolve(rootDir);
  const fileOf = (path: string) => {
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) throw new RangeError(`evidence path escapes the store: ${path}`);
    return file;
  };
  return {
    async save(path, bytes) {
      const file = fileOf(path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async saveStream(path, body) {
      const file = fileOf(path);
      await mkdir(dirname(file), { recursive: true });
      const partial = `${file}.${randomUUID()}.part`;
      const counted = countingBytes();
      try {
        await pipeline(body, counted, createWriteStream(partial));
        await rename(partial, file);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      return counted.bytes;
    },
    async read(path) {
      try {
        return await readFile(fileOf(path));
      } catch {
        return undefined;
      }
    },
    async remove(path) {
      await rm(fileOf(path), { force: true });
    },
    async removeFolder(folder) {
      await rm(fileOf(folderPath(folder)), { recursive: true, force: true });
    },
  };
}
