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
  db.settings(opts.emulatorHost ? emulatorSettings(opts.emulatorHost) : { ignoreUndefinedProperties: true });
  return { db, app };
}

/**
 * Settings for an emulator. The emulator accepts the fixed "owner" token. Placeholder credentials
 * matter: without them Google's auth library looks for application default credentials, which
 * means probing the cloud metadata server over the network, from a laptop or CI where there is none.
 * They are never used to sign anything, since the channel to the emulator is plain gRPC.
 */
function emulatorSettings(host: string): FirebaseFirestore.Settings {
  return {
    host,
    ssl: false,
    customHeaders: { Authorization: "Bearer owner" },
    credentials: { client_email: "emulator@demo.invalid", private_key: "not-used-by-the-emulator" },
    ignoreUndefinedProperties: true,
  };
}
