/**
 * Where photos sent as evidence are kept: a port with two implementations, local disk (local runs
 * and tests, under the data directory) and Cloud Storage (production, see cloud-evidence-store.ts).
 * The report keeps the returned record (path, type, size, LINE message ID), never the bytes.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

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
  /**
   * Every file under `folder/` with when it was saved: for sweeps that remove what no record refers
   * to any more (a citizen's waiting photos whose wait ended). A missing folder lists nothing.
   */
  list(folder: string): Promise<StoredFile[]>;
}

export interface StoredFile {
  /** Path inside the store, as `save` took it. */
  path: string;
  savedAt: Date;
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
    async list(folder) {
      const dir = fileOf(folderPath(folder));
      const names = await readdir(dir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
        if (err.code === "ENOENT") return [] as string[];
        throw err;
      });
      const files: StoredFile[] = [];
      for (const name of names) {
        const info = await stat(join(dir, name)).catch(() => undefined);
        if (info?.isFile()) files.push({ path: relative(root, join(dir, name)).split(sep).join("/"), savedAt: new Date(info.mtimeMs) });
      }
      return files;
    },
  };
}
