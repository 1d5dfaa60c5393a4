/**
 * A Firestore for one test file: firebase-admin against the embedded emulator that the global
 * setup started, in a `demo-` project of its own so test files never see each other's data.
 */
import { randomUUID } from "node:crypto";
import { deleteApp } from "firebase-admin/app";
import type { Firestore } from "firebase-admin/firestore";
import { openFirestore } from "../../src/store/firestore";

export interface TestFirestore {
  db: Firestore;
  projectId: string;
  close(): Promise<void>;
}

export function openTestFirestore(): TestFirestore {
  const emulatorHost = process.env.FIRESTORE_EMULATOR_HOST;
  if (!emulatorHost) throw new Error("FIRESTORE_EMULATOR_HOST is not set: run the tests through jest (global setup)");
  const projectId = `demo-test-${randomUUID().slice(0, 8)}`;
  const { db, app } = openFirestore({ projectId, emulatorHost });
  return { db, projectId, close: () => deleteApp(app) };
}
