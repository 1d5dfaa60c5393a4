/**
 * Where a confidential complaint goes and what the citizen is told (measure 7 of the plan, ITA
 * item i15). Who receives complaints is configuration, not chat: INTEGRITY_OFFICER_IDS (or, when
 * unset, ADMIN_USER_IDS), so nobody, the accused included, can add or remove themselves by a
 * command. Where to complain outside the organisation (ป.ป.ช., ศูนย์ดำรงธรรม…) is data: Firestore
 * `settings/integrity.externalChannels` when an admin has set it, else the shipped
 * `data/integrity/external-channels.json`.
 */
import { readFileSync } from "node:fs";
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import { projectFile } from "../plan/project-files";
import { TICKET_COLLECTIONS } from "./collections";

const Channel = z.object({ name: z.string().min(1).max(200), contact: z.string().min(1).max(300) });
const Channels = z.object({ externalChannels: z.array(Channel).min(1).max(8) });
export type ExternalChannel = z.infer<typeof Channel>;

let shipped: ExternalChannel[] | undefined;
function shippedChannels(): ExternalChannel[] {
  shipped ??= Channels.parse(JSON.parse(readFileSync(projectFile("data", "integrity", "external-channels.json"), "utf8"))).externalChannels;
  return shipped;
}

/** The channels outside the organisation, from the settings document or the shipped file. */
export async function externalChannels(db: Firestore): Promise<ExternalChannel[]> {
  const d = (await db.collection(TICKET_COLLECTIONS.settings).doc("integrity").get()).data();
  const parsed = Channels.safeParse(d);
  return parsed.success ? parsed.data.externalChannels : shippedChannels();
}
