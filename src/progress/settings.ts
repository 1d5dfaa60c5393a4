/**
 * Reminder and lateness thresholds, in Firestore `settings/progress` so an admin (or the console)
 * can change them without a deploy; missing or invalid fields fall back to the defaults.
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";

export interface ProgressSettings {
  /** An activity with no report for this many days gets a reminder (and counts as not reported). */
  staleDays: number;
  /** An activity whose percent trails the time elapsed in its period by more than this is late. */
  lagPercent: number;
}

export const DEFAULT_PROGRESS_SETTINGS: ProgressSettings = { staleDays: 14, lagPercent: 20 };

const schema = z.object({
  staleDays: z.number().int().min(1).max(365).catch(DEFAULT_PROGRESS_SETTINGS.staleDays),
  lagPercent: z.number().min(0).max(100).catch(DEFAULT_PROGRESS_SETTINGS.lagPercent),
});

export function parseProgressSettings(data: unknown): ProgressSettings {
  return schema.parse({ ...DEFAULT_PROGRESS_SETTINGS, ...(data && typeof data === "object" ? data : {}) });
}

export async function loadProgressSettings(db: Firestore): Promise<ProgressSettings> {
  return parseProgressSettings((await db.collection("settings").doc("progress").get()).data());
}
