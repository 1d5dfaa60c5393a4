/**
 * Where the photos citizens attach to a ticket are kept. LINE keeps message content only for a
 * limited time, so the bytes are copied at once. A port: the local run and tests keep files on disk;
 * a Cloud Storage implementation belongs here when the project gets a bucket (Cloud Functions'
 * disk is per instance and temporary). Issue 5's evidence photos may share the implementation.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface AttachmentStore {
  /** Stores the bytes; returns a reference to keep on the ticket. */
  save(ticketId: string, messageId: string, bytes: Buffer, contentType: string): Promise<string>;
  /** Removes what `save` stored (PDPA deletion). */
  remove(ref: string): Promise<void>;
}

const EXT: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };

export function createDiskAttachmentStore(dir: string): AttachmentStore {
  return {
    async save(ticketId, messageId, bytes, contentType) {
      const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "");
      const folder = join(dir, safe(ticketId));
      await mkdir(folder, { recursive: true });
      const name = `${safe(messageId)}.${EXT[contentType] ?? "bin"}`;
      await writeFile(join(folder, name), bytes);
      return `file:${safe(ticketId)}/${name}`;
    },
    async remove(ref) {
      const m = /^file:([A-Za-z0-9_-]+)\/([A-Za-z0-9_.-]+)$/.exec(ref);
      if (m) await rm(join(dir, m[1]!, m[2]!), { force: true });
    },
  };
}

/** Photos attached to tickets go where issue 5's evidence photos go (`tickets/<ticketId>/…`). */
export function attachmentStoreFromEvidence(evidence: {
  save(path: string, bytes: Buffer, contentType: string): Promise<void>;
  remove?(path: string): Promise<void>;
}): AttachmentStore {
  return {
    async save(ticketId, messageId, bytes, contentType) {
      const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "_");
      const path = `tickets/${safe(ticketId)}/${safe(messageId)}.${EXT[contentType] ?? "bin"}`;
      await evidence.save(path, bytes, contentType);
      return path;
    },
    async remove(ref) {
      // Without a delete in the evidence port, the bytes are overwritten with nothing.
      if (evidence.remove) await evidence.remove(ref);
      else await evidence.save(ref, Buffer.alloc(0), "application/octet-stream");
    },
  };
}
