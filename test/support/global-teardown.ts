import type { FirestoreServer } from "@firestore-emulator/server";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __FIRESTORE_SERVER__?: FirestoreServer }).__FIRESTORE_SERVER__;
  await server?.stop();
}
