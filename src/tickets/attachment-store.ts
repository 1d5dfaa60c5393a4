/**
 * Where the photos citizens attach to a ticket are kept. LINE keeps message content only for a
 * limited time, so the bytes are copied at once, into the evidence store that progress photos use
 * (local disk in local runs and tests, Cloud Storage in production), under `tickets/<ticketId>/`.
 */
import type { Readable } from "node:stream";
import type { EvidenceStore } from "../progress/evidence-store";

export interface AttachmentStore {
  /**
   * Stores the bytes as they arrive from LINE (never a whole photo in memory); returns a reference
   * to keep on the ticket and the size.
   */
  save(ticketId: string, messageId: string, body: Readable, contentType: string): Promise<{ ref: string; size: number }>;
  /** Removes what `save` stored (PDPA deletion). */
  remove(ref: string): Promise<void>;
  /** Removes everything `save` stored under `folder` (a citizen's waiting photos, PDPA deletion). */
  removeFolder(folder: string): Promise<void>;
}

const EXT: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };

/** Photos attached to tickets go where issue 5's evidence photos go (`tickets/<ticketId>/…`). */
export function attachmentStoreFromEvidence(evidence: EvidenceStore): AttachmentStore {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "_");
  return {
    async save(ticketId, messageId, body, contentType) {
      const path = `tickets/${safe(ticketId)}/${safe(messageId)}.${EXT[contentType] ?? "bin"}`;
      return { ref: path, size: await evidence.saveStream(path, body, contentType) };
    },
    async remove(ref) {
      await evidence.remove(ref);
    },
    async removeFolder(folder) {
      await evidence.removeFolder(`tickets/${safe(folder)}`);
    },
  };
}
