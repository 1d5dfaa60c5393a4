/**
 * Plans in Firestore, so that a new fiscal year is data an admin activates, not a redeploy:
 *
 * - `plans/{planId}`: one plan per fiscal year, the reviewed JSON kept as text exactly as validated
 *   (`json`, with its `hash`), and what the bot needs without parsing it (`fiscalYear`,
 *   `organization`, `sample`); `activatedAt` once it has been current, `closedAt` and `frozenUnits`
 *   (the units its activities were spread over) once a newer plan replaced it.
 * - `plans/{planId}/revisions/{hash}`: the text a corrected re-import replaced, never lost.
 * - `settings/plans`: `{ current, version }`, the one pointer every instance follows; `version`
 *   grows with every change, so instances notice a switch by reading this one document.
 * - `planUploads/{id}`: a plan file an admin sent in chat, waiting for their confirmation
 *   (expires by TTL on `expiresAt`).
 */
import { createHash } from "node:crypto";
import { FieldValue, Timestamp, type Firestore } from "firebase-admin/firestore";
import type { Unit } from "../units/units";
import { parsePlan } from "./load-plan";
import type { Plan } from "./schema";

export const PLAN_COLLECTIONS = { plans: "plans", revisions: "revisions", uploads: "planUploads" } as const;
/** `settings/plans`: the current plan's id and the version instances compare. */
export const PLAN_POINTER_PATH = "settings/plans";
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredPlan {
  plan: Plan;
  hash: string;
  importedAt: Date;
  importedBy: string;
  /** First time it became current; undefined for a plan imported and never activated. */
  activatedAt: Date | undefined;
  /** When a newer plan last replaced it. */
  closedAt: Date | undefined;
  /** The units its activities were spread over when it stopped being current. */
  frozenUnits: Unit[] | undefined;
}

export interface PlanPointer {
  current: string | undefined;
  version: number;
}

/** The hash a plan is known by: the same reviewed content always has the same hash. */
export function planHash(plan: Plan): string {
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex");
}

const toDate = (v: unknown): Date | undefined => (v instanceof Timestamp ? v.toDate() : undefined);

function unitsFrom(v: unknown): Unit[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((u): u is Unit => typeof u?.id === "string" && typeof u?.name === "string").map((u) => ({ id: u.id, name: u.name }));
}

export interface PlanStore {
  pointer(): Promise<PlanPointer>;
  /** Every stored plan; one whose text no longer validates is left out and named in `unreadable`. */
  all(): Promise<{ plans: StoredPlan[]; unreadable: string[] }>;
  get(id: string): Promise<StoredPlan | undefined>;
  /** Keeps a plan file an admin sent, until they confirm (or it expires). */
  saveUpload(plan: Plan, by: string, now: Date, id: string): Promise<void>;
  upload(id: string, now: Date): Promise<{ plan: Plan; uploadedBy: string } | undefined>;
}

export function createPlanStore(db: Firestore): PlanStore {
  const plans = db.collection(PLAN_COLLECTIONS.plans);
  const uploads = db.collection(PLAN_COLLECTIONS.uploads);

  function fromDoc(id: string, d: FirebaseFirestore.DocumentData): StoredPlan {
    const plan = parsePlan(JSON.parse(String(d.json)), `${PLAN_COLLECTIONS.plans}/${id}`);
    return {
      plan,
      hash: String(d.hash ?? planHash(plan)),
      importedAt: toDate(d.importedAt) ?? new Date(0),
      importedBy: String(d.importedBy ?? ""),
      activatedAt: toDate(d.activatedAt),
      closedAt: toDate(d.closedAt),
      frozenUnits: unitsFrom(d.frozenUnits),
    };
  }

  return {
    async pointer() {
      const d = (await db.doc(PLAN_POINTER_PATH).get()).data();
      return { current: typeof d?.current === "string" ? d.current : undefined, version: typeof d?.version === "number" ? d.version : 0 };
    },
    async all() {
      const snap = await plans.get();
      const out: StoredPlan[] = [];
      const unreadable: string[] = [];
      for (const doc of snap.docs) {
        try {
          out.push(fromDoc(doc.id, doc.data()));
        } catch {
          unreadable.push(doc.id);
        }
      }
      return { plans: out, unreadable };
    },
    async get(id) {
      const snap = await plans.doc(id).get();
      return snap.exists ? fromDoc(id, snap.data() ?? {}) : undefined;
    },
    async saveUpload(plan, by, now, id) {
      await uploads.doc(id).set({
        json: JSON.stringify(plan),
        hash: planHash(plan),
        uploadedBy: by,
        uploadedAt: Timestamp.fromDate(now),
        expiresAt: Timestamp.fromMillis(now.getTime() + UPLOAD_TTL_MS),
      });
    },
    async upload(id, now) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
      const d = (await uploads.doc(id).get()).data();
      const expiresAt = toDate(d?.expiresAt);
      if (!d || !expiresAt || expiresAt.getTime() <= now.getTime()) return undefined;
      try {
        return { plan: parsePlan(JSON.parse(String(d.json)), `${PLAN_COLLECTIONS.uploads}/${id}`), uploadedBy: String(d.uploadedBy ?? "") };
      } catch {
        return undefined;
      }
    },
  };
}

/** The writes that make `plan` the stored plan `id` (used by activation, in this order). */
export const planWrites = {
  /** Stores the plan's text; the text it replaces (a corrected re-import) goes to `revisions`. */
  async put(db: Firestore, id: string, plan: Plan, fields: { by: string; now: Date; activated: boolean }): Promise<void> {
    const ref = db.collection(PLAN_COLLECTIONS.plans).doc(id);
    const hash = planHash(plan);
    const before = (await ref.get()).data();
    if (before && before.hash !== hash && typeof before.json === "string") {
      await ref
        .collection(PLAN_COLLECTIONS.revisions)
        .doc(String(before.hash))
        .set({ json: before.json, hash: before.hash, replacedAt: Timestamp.fromDate(fields.now), replacedBy: fields.by });
    }
    const at = Timestamp.fromDate(fields.now);
    await ref.set(
      {
        json: JSON.stringify(plan),
        hash,
        fiscalYear: plan.fiscalYear,
        organization: plan.organization.shortName,
        sample: Boolean(plan.sample),
        ...(before?.hash === hash ? {} : { importedAt: at, importedBy: fields.by }),
        ...(fields.activated && !before?.activatedAt ? { activatedAt: at } : {}),
      },
      { merge: true },
    );
  },
  /** Freezes a plan that stops being current: its units as they are now, and when it closed. */
  async close(db: Firestore, id: string, units: readonly Unit[], now: Date): Promise<void> {
    await db
      .collection(PLAN_COLLECTIONS.plans)
      .doc(id)
      .set({ frozenUnits: units.map((u) => ({ id: u.id, name: u.name })), closedAt: Timestamp.fromDate(now) }, { merge: true });
  },
  /** Points every instance at `id`. */
  async point(db: Firestore, id: string, by: string, now: Date): Promise<void> {
    await db.doc(PLAN_POINTER_PATH).set({ current: id, version: FieldValue.increment(1), changedAt: Timestamp.fromDate(now), changedBy: by }, { merge: true });
  },
};
