/**
 * A citizen's request to delete their data (PDPA): their person record, conversation state and
 * question context go, their tickets stay for the statistics but lose everything that points to
 * them (LINE ID replaced by an anonymous token, display name, question and answer texts, photos,
 * location), and the deliveries sent to them lose their messages and recipient. What stays: code,
 * kind, status, unit, dates and the rating, i.e. exactly what the monthly statistics count.
 */
import { Timestamp } from "firebase-admin/firestore";
import type { CapabilityServices } from "../capabilities";
import { COLLECTIONS } from "../store/collections";
import type { AttachmentStore } from "./attachment-store";
import { pendingIn } from "./chat/pending-attachments";
import { TICKET_COLLECTIONS } from "./collections";
import { createTicketStore } from "./ticket-store";
import { createQaContextStore } from "../bot/qa-context-store";

export async function forgetCitizen(
  services: Pick<CapabilityServices, "db" | "ids" | "logger" | "conversations">,
  userId: string,
  at: Date,
  attachments?: AttachmentStore,
): Promise<{ tickets: number }> {
  const { db, ids, logger } = services;
  const store = createTicketStore(db, ids);
  const tickets = await store.ofCitizen(userId, 10_000);
  const token = `anon-${ids.uuid()}`;
  for (const t of tickets) {
    for (const a of t.attachments) if (a.type === "image" && a.ref && attachments) await attachments.remove(a.ref).catch(() => undefined);
    await db.collection(TICKET_COLLECTIONS.tickets).doc(t.id).update({
      citizenId: token,
      citizenName: null,
      question: "",
      followUps: [],
      answer: null,
      attachments: [],
      anonymized: true,
      anonymizedAt: Timestamp.fromDate(at),
    });
    for (let round = 1; round <= t.round; round++) {
      const ref = db.collection(TICKET_COLLECTIONS.ticketAnswers).doc(`${t.id}-${round}`);
      if ((await ref.get()).exists) await ref.update({ text: "" });
    }
    for (const deliveryId of t.deliveryIds) {
      const delivery = db.collection(COLLECTIONS.deliveries).doc(deliveryId);
      if (!(await delivery.get()).exists) continue;
      await delivery.update({ messages: [], label: "ลบตามคำขอของเจ้าของข้อมูล" });
      const chunks = await delivery.collection("chunks").get();
      for (const c of chunks.docs) if ((c.get("to") as string[] | undefined)?.includes(userId)) await c.ref.update({ to: [token] });
    }
  }
  // Photos sent before any text, still waiting for a ticket, go too.
  for (const item of pendingIn(await services.conversations.get(userId, at))) {
    if (item.type === "image" && item.ref && attachments) await attachments.remove(item.ref).catch(() => undefined);
  }
  await db.collection(COLLECTIONS.people).doc(userId).delete();
  await services.conversations.clear(userId);
  // Their 1:1 chat's question context. A group's or room's is the group's, and holds no one's words.
  await createQaContextStore(db).clear(userId);
  logger.info("ticket.citizen_forgotten", { tickets: tickets.length });
  return { tickets: tickets.length };
}
