/**
 * A TCP proxy that puts a fixed network distance between the bot and Firestore: every chunk of
 * bytes is held for half the round-trip time in each direction, so a request answered at once
 * costs one round trip more than on loopback, as it would between Cloud Functions and Firestore
 * (5–20 ms in one region). It delays bytes and never parses them, so gRPC's HTTP/2 framing
 * (settings, pings, window updates, streams) passes untouched and in order.
 *
 * Half each way rather than the whole RTT on requests: a reply that the server sends on its own
 * (an HTTP/2 ping or settings acknowledgement, a stream's trailing frames) crosses the same
 * distance as on a real network. Chunks are released in arrival order; a release timer is never
 * early (timers round to whole milliseconds, so a chunk may leave up to ~1 ms late on a quiet
 * machine). There is no backpressure: it is for the bench's small messages, not bulk transfer.
 *
 * `node --import tsx bench/delay-proxy.ts <listenPort> <targetHost:port> <rttMs>` runs it as a
 * process of its own (so its timers do not queue behind the load generator), printing
 * "listening <port>" when ready; started with an IPC channel, a message `{ rttMs }` changes the
 * delay and is answered `{ rttMs }` once in force.
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export interface DelayProxy {
  port: number;
  /** Changes the round-trip time for bytes arriving from now on (queued bytes keep their time). */
  setRtt(ms: number): void;
  close(): Promise<void>;
}

/** Forwards what `from` sends to `to`, each chunk `delayMs()` after it arrived, in order. */
function delayedPipe(from: Socket, to: Socket, delayMs: () => number): void {
  const queue: { at: number; chunk: Buffer | "end" }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const release = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.at <= now) {
      const { chunk } = queue.shift()!;
      if (to.destroyed) return;
      if (chunk === "end") to.end();
      else to.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(release, Math.ceil(queue[0]!.at - now));
  };
  const hold = (chunk: Buffer | "end"): void => {
    const delay = delayMs();
    if (delay <= 0 && queue.length === 0) {
      if (chunk === "end") to.end();
      else to.write(chunk);
      return;
    }
    queue.push({ at: performance.now() + delay, chunk });
    timer ??= setTimeout(release, Math.ceil(delay));
  };
  from.on("data", (chunk: Buffer) => hold(chunk));
  from.on("end", () => hold("end"));
}

/** Starts a proxy on `listenPort` (0: any free port) to `target`, adding `rttMs` to each round trip. */
export function startDelayProxy(opts: { target: { host: string; port: number }; rttMs: number; listenPort?: number }): Promise<DelayProxy> {
  let half = opts.rttMs / 2;
  const sockets = new Set<Socket>();
  // Half-open allowed on both sides: a peer's end is forwarded (delayed, after its bytes) rather
  // than answered at once by Node ending the other direction too, which would cut off the replies.
  const server: Server = createServer({ noDelay: true, allowHalfOpen: true }, (client) => {
    const upstream = connect({ host: opts.target.host, port: opts.target.port, noDelay: true, allowHalfOpen: true });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    delayedPipe(client, upstream, () => half);
    delayedPipe(upstream, client, () => half);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.listenPort ?? 0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        port,
        setRtt: (ms) => {
          half = ms / 2;
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

if (require.main === module) {
  const [listenPort, target, rtt] = process.argv.slice(2);
  const [host, port] = (target ?? "").split(":");
  startDelayProxy({ target: { host: host ?? "127.0.0.1", port: Number(port) }, rttMs: Number(rtt), listenPort: Number(listenPort) })
    .then((p) => {
      process.on("message", (m: { rttMs: number }) => {
        p.setRtt(m.rttMs);
        process.send?.({ rttMs: m.rttMs });
      });
      process.stdout.write(`listening ${p.port}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    });
  process.on("SIGTERM", () => process.exit(0));
}
