/**
 * Progress in Firestore. Reports are append-only (`progressReports`, one document per report, flat
 * fields), so history is never overwritten and two officers reporting at the same moment both keep
 * their report. An activity's latest state (`activityStates/{activityId}`) is a cache computed from
 * its reports: latest = the report with the greatest (reportedAt, id). It is recomputed in a
 * transaction after every report and only ever replaced by a state built from at least as many
 * reports, so even where transactions are not isolated (the embedded emulator) the last recompute,
 * which sees every report written before it, wins.
 */
import { Timestamp, type DocumentData, type Firestore } from "firebase-admin/firestore";
import { isAlreadyExists } from "../store/firestore-errors";
import type { ProgressStatus } from "./activities";
import type { EvidenceRecord } from "./evidence-store";

export const PROGRESS_COLLECTIONS = {
  reports: "progressReports",
  states: "activityStates",
  evidence: "progressEvidence",
} as const;

export interface NewReport {
  planId: string;
  activityId: string;
  unitId: string;
  issueNumber: number;
  stepNumber: number;
  status: ProgressStatus;
  percent: number;
  note: string;
  reportedBy: string;
  reporterName: string | undefined;
  /** The draft whose photos become this report's evidence. */
  draftId: string;
}

export interface ProgressReport extends Omit<NewReport, "draftId"> {
  id: string;
  reportedAt: Date;
  evidence: EvidenceRecord[];
}

export interface ActivityState {
  activityId: string;
  planId: string;
  unitId: string;
  status: ProgressStatus;
  percent: number;
  note: string;
  reportedAt: Date;
  reportedBy: string;
  reporterName: string | undefined;
  reportId: string;
  reportCount: number;
  /** Photos across all reports of the activity. */
  evidenceCount: number;
}

export interface ProgressStore {
  /** Keeps a photo sent during a draft report (before the report exists). */
  addEvidence(draftId: string, activityId: string, userId: string, record: EvidenceRecord, at: Date): Promise<number>;
  draftEvidence(draftId: string): Promise<EvidenceRecord[]>;
  record(report: NewReport, at: Date): Promise<ProgressReport>;
  history(activityId: string, limit?: number): Promise<ProgressReport[]>;
  /** Latest states of a plan's activities, by activity ID. */
  states(planId: string): Promise<Map<string, ActivityState>>;
  refreshState(activityId: string): Promise<ActivityState | undefined>;
  /** Every evidence photo of a plan's reports, newest report first, by activity ID. */
  evidenceOf(planId: string): Promise<Map<string, EvidenceRecord[]>>;
}

const toDate = (v: unknown): Date => (v instanceof Timestamp ? v.toDate() : new Date(0));

function reportFromDoc(id: string, d: DocumentData): ProgressReport {
  return {
    id,
    planId: d.planId,
    activityId: d.activityId,
    unitId: d.unitId,
    issueNumber: d.issueNumber,
    stepNumber: d.stepNumber,
    status: d.status,
    percent: d.percent,
    note: d.note ?? "",
    reportedBy: d.reportedBy,
    reporterName: d.reporterName ?? undefined,
    reportedAt: toDate(d.reportedAt),
    evidence: Array.isArray(d.evidence) ? (d.evidence as EvidenceRecord[]) : [],
  };
}

function stateFromDoc(d: DocumentData): ActivityState {
  return {
    activityId: d.activityId,
    planId: d.planId,
    unitId: d.unitId,
    status: d.status,
    percent: d.percent,
    note: d.note ?? "",
    reportedAt: toDate(d.reportedAt),
    reportedBy: d.reportedBy,
    reporterName: d.reporterName ?? undefined,
    reportId: d.reportId,
    reportCount: d.reportCount ?? 0,
    evidenceCount: d.evidenceCount ?? 0,
  };
}

/** Newest first: by time, then by ID, so equal times still have one order everywhere. */
export function newestFirst(a: Pick<ProgressReport, "reportedAt" | "id">, b: Pick<ProgressReport, "reportedAt" | "id">): number {
  return b.reportedAt.getTime() - a.reportedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function stateFromReports(reports: readonly ProgressReport[]): ActivityState | undefined {
  const sorted = [...reports].sort(newestFirst);
  const latest = sorted[0];
  if (!latest) return undefined;
  return {
    activityId: latest.activityId,
    planId: latest.planId,
    unitId: latest.unitId,
    status: latest.status,
    percent: latest.percent,
    note: latest.note,
    reportedAt: latest.reportedAt,
    reportedBy: latest.reportedBy,
    reporterName: latest.reporterName,
    reportId: latest.id,
    reportCount: reports.length,
    evidenceCount: reports.reduce((n, r) => n + r.evidence.length, 0),
  };
}

export function createProgressStore(db: Firestore): ProgressStore {
  const reports = db.collection(PROGRESS_COLLECTIONS.reports);
  const states = db.collection(PROGRESS_COLLECTIONS.states);
  const evidence = db.collection(PROGRESS_COLLECTIONS.evidence);

  async function draftEvidence(draftId: string): Promise<EvidenceRecord[]> {
    const snap = await evidence.where("draftId", "==", draftId).get();
    return snap.docs
      .map((d) => ({ at: toDate(d.get("at")).getTime(), record: { path: d.get("path"), contentType: d.get("contentType"), size: d.get("size"), messageId: d.get("messageId") } as EvidenceRecord }))
      .sort((a, b) => a.at - b.at || a.record.messageId.localeCompare(b.record.messageId))
      .map((e) => e.record);
  }

  async function refreshState(activityId: string): Promise<ActivityState | undefined> {
    return db.runTransaction(async (tx) => {
      const snap = await tx.get(reports.where("activityId", "==", activityId));
      const computed = stateFromReports(snap.docs.map((d) => reportFromDoc(d.id, d.data())));
      if (!computed) return undefined;
      const ref = states.doc(activityId);
      const current = (await tx.get(ref)).data();
      if (current && (current.reportCount ?? 0) > computed.reportCount) return stateFromDoc(current);
      tx.set(ref, {
        ...computed,
        reporterName: computed.reporterName ?? null,
        reportedAt: Timestamp.fromDate(computed.reportedAt),
      });
      return computed;
    });
  }

  return {
    async addEvidence(draftId, activityId, userId, record, at) {
      // One document per photo (keyed by LINE's message ID): photos sent together never overwrite each other.
      await evidence.doc(`${draftId}_${record.messageId}`).set({ draftId, activityId, userId, ...record, at: Timestamp.fromDate(at) });
      return (await evidence.where("draftId", "==", draftId).count().get()).data().count;
    },
    draftEvidence,
    async record(input, at) {
      // One report per draft: the same submission handled again (a redelivered event) finds it.
      const ref = reports.doc(input.draftId);
      const photos = await draftEvidence(input.draftId);
      const { draftId: _draft, ...fields } = input;
      try {
        await ref.create({
          ...fields,
          reporterName: fields.reporterName ?? null,
          reportedAt: Timestamp.fromDate(at),
          evidence: photos,
          evidenceCount: photos.length,
        });
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        await refreshState(input.activityId);
        return reportFromDoc(ref.id, (await ref.get()).data() ?? {});
      }
      await refreshState(input.activityId);
      return { ...fields, id: ref.id, reportedAt: at, evidence: photos };
    },
    async history(activityId, limit = 10) {
      // Filtered on one field and sorted here: no composite index needed, and an activity has few reports.
      const snap = await reports.where("activityId", "==", activityId).get();
      return snap.docs.map((d) => reportFromDoc(d.id, d.data())).sort(newestFirst).slice(0, limit);
    },
    async states(planId) {
      const snap = await states.where("planId", "==", planId).get();
      return new Map(snap.docs.map((d) => [d.id, stateFromDoc(d.data())]));
    },
    refreshState,
    async evidenceOf(planId) {
      const snap = await reports.where("planId", "==", planId).get();
      const out = new Map<string, EvidenceRecord[]>();
      for (const r of snap.docs.map((d) => reportFromDoc(d.id, d.data())).sort(newestFirst)) {
        if (r.evidence.length) out.set(r.activityId, [...(out.get(r.activityId) ?? []), ...r.evidence]);
      }
      return out;
    },
  };
}
