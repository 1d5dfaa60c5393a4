/**
 * Expiring links to the printable progress report. The token is random (192 bits) and only its
 * hash is stored, with its expiry: whoever reads the database cannot open the report as an admin.
 */
import { createHash, randomBytes } from "node:crypto";
import { Timestamp, type Firestore } from "firebase-admin/firestore";

export const REPORT_LINKS_COLLECTION = "reportLinks";
export const REPORT_LINK_TTL_MS = 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(`report-link:${token}`).digest("hex");

export interface ReportLinks {
  create(createdBy: string, now: Date): Promise<{ token: string; expiresAt: Date }>;
  isValid(token: string, now: Date): Promise<boolean>;
}

export function createReportLinks(db: Firestore, ttlMs = REPORT_LINK_TTL_MS): ReportLinks {
  const col = db.collection(REPORT_LINKS_COLLECTION);
  return {
    async create(createdBy, now) {
      const token = randomBytes(24).toString("base64url");
      const expiresAt = new Date(now.getTime() + ttlMs);
      await col.doc(hashToken(token)).create({ createdBy, createdAt: Timestamp.fromDate(now), expiresAt: Timestamp.fromDate(expiresAt) });
      return { token, expiresAt };
    },
    async isValid(token, now) {
      if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return false;
      const d = (await col.doc(hashToken(token)).get()).data();
      return Boolean(d && d.expiresAt instanceof Timestamp && d.expiresAt.toMillis() > now.getTime());
    },
  };
}
