/**
 * The bench's delay proxy (bench/delay-proxy.ts) moves bytes unchanged and in order, and only
 * later: gRPC's HTTP/2 framing must reach Firestore intact, and every round trip must cost at
 * least the RTT it was given (a lower bound, which a busy machine cannot break).
 */
import { randomUUID } from "node:crypto";
import { createServer, connect, type Server } from "node:net";
import { deleteApp } from "firebase-admin/app";
import { startDelayProxy, type DelayProxy } from "../../bench/delay-proxy";
import { openFirestore } from "../../src/store/firestore";

function echoServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((s) => s.pipe(s));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port })));
}

describe("delay proxy", () => {
  let proxy: DelayProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it("passes every byte through in order and ends the connection after them", async () => {
    const echo = await echoServer();
    proxy = await startDelayProxy({ target: { host: "127.0.0.1", port: echo.port }, rttMs: 10 });
    const sent = Array.from({ length: 200 }, (_, i) => Buffer.from(`chunk ${i};`));
    const socket = connect({ host: "127.0.0.1", port: proxy.port, allowHalfOpen: true });
    try {
      const received: Buffer[] = [];
      socket.on("data", (d: Buffer) => received.push(d));
      const ended = new Promise((resolve) => socket.on("end", resolve));
      for (const [i, chunk] of sent.entries()) {
        socket.write(chunk);
        // The delay changes mid-stream: bytes already held keep their time, none overtakes another.
        if (i === 100) proxy.setRtt(0);
      }
      socket.end();
      await ended;
      expect(Buffer.concat(received).toString()).toBe(Buffer.concat(sent).toString());
    } finally {
      socket.destroy();
      await proxy.close();
      proxy = undefined;
      await new Promise((r) => echo.server.close(r));
    }
  });

  it("carries firebase-admin's gRPC to Firestore, each call at least one RTT later", async () => {
    const emulator = process.env.FIRESTORE_EMULATOR_HOST!;
    const [host, port] = emulator.split(":");
    proxy = await startDelayProxy({ target: { host: host!, port: Number(port) }, rttMs: 60 });
    // firebase-admin lets FIRESTORE_EMULATOR_HOST override the host given: point it at the proxy.
    process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${proxy.port}`;
    const { db, app } = openFirestore({ projectId: `demo-test-${randomUUID().slice(0, 8)}`, emulatorHost: `127.0.0.1:${proxy.port}` });
    try {
      const ref = db.collection("things").doc("one");
      await ref.create({ text: "ผ่าน proxy", n: 1 }); // also opens the connection
      const started = performance.now();
      const snap = await ref.get();
      const elapsed = performance.now() - started;
      expect(snap.data()).toEqual({ text: "ผ่าน proxy", n: 1 });
      expect(elapsed).toBeGreaterThanOrEqual(60 - 1);
      await expect(ref.create({ n: 2 })).rejects.toMatchObject({ code: 6 }); // ALREADY_EXISTS comes back too
    } finally {
      process.env.FIRESTORE_EMULATOR_HOST = emulator;
      await deleteApp(app);
    }
  });
});
