/**
 * Removes citizens' waiting photos whose wait ended without a ticket. A photo sent before any text
 * is copied at once under `tickets/p…/` (pending-attachments.ts) and waits, in the chat's
 * conversation state, for the ticket the next text opens. When the wait ends otherwise (the time
 * runs out, "ยกเลิก", another flow takes the chat), no record refers to the photo any more, nobody
 * can see it, and it used to stay until the citizen asked for deletion. A citizen's photo is kept
 * only as long as it is needed, so this job (daily, scheduled-jobs.ts) removes every file in those
 * folders that neither a ticket nor a wait still going refers to.
 *
 * A ticket opened from a wait keeps its photos where they waited, so a folder may hold photos of
 * tickets too: files are removed one by one, never a whole folder. The references are read before
 * the files are listed, waits first: a wait becomes a ticket by writing the ticket before it ends,
 * so a photo is in one of the two whenever it is read. A photo saved in the last hour is left for
 * the next run, since it is stored a moment before its wait is written. Running it again removes
 * nothing more (idempotent); the log says only counts.
 */
import type { Firestore } from "firebase-admin/firestore";
import { Timestamp } from "firebase-admin/firestore";
import type { Logger } from "../logs";
import type { EvidenceStore } from "../progress/evidence-store";
import { COLLECTIONS } from "../store/collections";
import { pendingIn, WAITING_FLOWS } from "./chat/pending-attachments";
import { TICKET_COLLECTIONS } from "./collections";

/** A waiting photo's folder (`pendingFolder`: "p" and 24 base64url characters) under `tickets/`. */
const WAITING_PHOTO = /^tickets\/p[A-Za-z0-9_-]{24}\//;

/** Photos younger than this are left for the next run (stored just before their wait is written). */
export const WAITING_PHOTO_GRACE_MS = 60 * 60 * 1000;

export interface WaitingPhotoSweep {
  /** Files found in waiting-photo folders. */
  files: number;
  removed: number;
  /** Referred to by a ticket or a wait still going, or saved within the grace period. */
  kept: number;
}

export interface WaitingPhotoSweepDeps {
  db: Firestore;
  evidence?: EvidenceStore;
  logger: Logger;
  clock: { now(): Date };
}

/** Photo references of the waits still going (pending, or carried into "send to staff?" or ติดต่อเจ้าหน้าที่). */
async function refsOfLiveWaits(db: Firestore, now: Date): Promise<Set<string>> {
  const refs = new Set<string>();
  const snap = await db.collection(COLLECTIONS.conversations).where("flow", "in", [...WAITING_FLOWS]).get();
  for (const doc of snap.docs) {
    const d = doc.data();
    if (!(d.expiresAt instanceof Timestamp) || d.expiresAt.toMillis() <= now.getTime()) continue;
    const state = { flow: String(d.flow), data: (d.data as Record<string, unknown>) ?? {}, startedAt: now, expiresAt: d.expiresAt.toDate() };
    for (const item of pendingIn(state)) if (item.type === "image" && item.ref) refs.add(item.ref);
  }
  return refs;
}

/** Photo references kept on tickets (a ticket opened from a wait keeps them where they waited). */
async function refsOfTickets(db: Firestore): Promise<Set<string>> {
  const refs = new Set<string>();
  // Only the attachments: every ticket is read, and questions and answers need not travel with them.
  const snap = await db.collection(TICKET_COLLECTIONS.tickets).select("attachments").get();
  for (const doc of snap.docs) {
    const attachments: unknown = doc.get("attachments");
    if (!Array.isArray(attachments)) continue;
    for (const a of attachments) {
      const ref = (a as { ref?: unknown } | null)?.ref;
      if (typeof ref === "string") refs.add(ref);
    }
  }
  return refs;
}

export async function sweepWaitingPhotos(deps: WaitingPhotoSweepDeps): Promise<WaitingPhotoSweep> {
  const { db, evidence, logger } = deps;
  const counts: WaitingPhotoSweep = { files: 0, removed: 0, kept: 0 };
  if (!evidence) return counts;
  const now = deps.clock.now();
  // Order matters (see above): waits, then tickets, then the files.
  const waiting = await refsOfLiveWaits(db, now);
  const onTickets = await refsOfTickets(db);
  const files = (await evidence.list("tickets")).filter((f) => WAITING_PHOTO.test(f.path));
  for (const file of files) {
    counts.files++;
    const needed = waiting.has(file.path) || onTickets.has(file.path) || now.getTime() - file.savedAt.getTime() < WAITING_PHOTO_GRACE_MS;
    if (needed) {
      counts.kept++;
      continue;
    }
    await evidence.remove(file.path);
    counts.removed++;
  }
  logger.info("ticket.waiting_photos.swept", { ...counts });
  return counts;
}
