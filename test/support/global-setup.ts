/**
 * Starts one embedded Firestore (@firestore-emulator/server) for the whole test run. Test files
 * reach it through FIRESTORE_EMULATOR_HOST (inherited by jest's workers) and keep apart by each
 * using a project of its own (see ./firestore.ts).
 */
import type { FirestoreServer } from "@firestore-emulator/server";
import { startLoopbackFirestoreServer } from "../../src/dev/embedded-firestore";
import { freePort } from "../../src/dev/free-port";

export default async function globalSetup(): Promise<void> {
  const { server, host } = await startLoopbackFirestoreServer(await freePort());
  process.env.FIRESTORE_EMULATOR_HOST = host;
  (globalThis as { __FIRESTORE_SERVER__?: FirestoreServer }).__FIRESTORE_SERVER__ = server;
}
