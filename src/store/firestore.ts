/**
 * Opens Firestore through firebase-admin. Each call gets its own named firebase-admin app, so tests
 * can give every suite its own project (the emulator keeps projects apart) and nothing is a
 * module-level singleton.
 */
import { randomUUID } from "node:crypto";
import { initializeApp, type App } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";

export interface FirestoreOptions {
  /** Project ID; in production `undefined` lets firebase-admin detect it. */
  projectId: string | undefined;
  /**
   * `host:port` of an emulator; `undefined` means real Firestore with the runtime's credentials.
   * Note: firebase-admin lets a FIRESTORE_EMULATOR_HOST variable override this.
   */
  emulatorHost: string | undefined;
}

export function openFirestore(opts: FirestoreOptions): { db: Firestore; app: App } {
  const app = initializeApp(opts.projectId ? { projectId: opts.projectId } : {}, `ita-${randomUUID()}`);
  const db = getFirestore(app);
  db.settings(
    opts.emulatorHost
      ? // The emulator accepts the fixed "owner" token; no Google credentials are looked up.
        { host: opts.emulatorHost, ssl: false, customHeaders: { Authorization: "Bearer owner" }, ignoreUndefinedProperties: true }
      : { ignoreUndefinedProperties: true },
  );
  return { db, app };
}
