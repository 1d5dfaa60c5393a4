/**
 * Starts one embedded Firestore (@firestore-emulator/server) for the whole test run. Test files
 * reach it through FIRESTORE_EMULATOR_HOST (inherited by jest's workers) and keep apart by each
 * using a project of its own (see ./firestore.ts).
 */
import { FirestoreServer } from "@firestore-emulator/server";
import { freePort } from "../../src/dev/free-port";

export default async function globalSetup(): Promise<void> {
  const server = new FirestoreServer();
  const port = await freePort();
  await server.start(port);
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${port}`;
  (globalThis as { __FIRESTORE_SERVER__?: FirestoreServer }).__FIRESTORE_SERVER__ = server;
}
