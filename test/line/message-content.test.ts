/**
 * A photo goes from LINE's content API to the store as it arrives, never whole in memory (issue 14,
 * item 8: five 10 MB photos at once added 257 MB to a 512 MiB instance), and content over the
 * bound is refused: before it is read when its length is declared, as soon as it passes the bound
 * when it is not. The content endpoint here is a plain HTTP server that sends half a photo and
 * holds the rest until the test lets it go (the LINE stand-in answers with whole bodies), so the
 * test can see the first half on disk while the second has not been sent.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentTooLargeError, createContentFetcher } from "../../src/line/message-content";
import { createLocalEvidenceStore } from "../../src/progress/evidence-store";

const PHOTO = randomBytes(256 * 1024);

describe("message content, streamed to the store", () => {
  let server: Server;
  let base = "";
  let release: () => void = () => undefined;
  const dir = join(tmpdir(), `rel-b-content-${process.pid}-${Date.now()}`);

  beforeAll(async () => {
    server = createServer((req, res) => {
      const id = /\/v2\/bot\/message\/(\w+)\/content$/.exec(req.url ?? "")?.[1];
      res.setHeader("content-type", "image/jpeg");
      if (id === "declared") {
        res.setHeader("content-length", String(PHOTO.length));
        return res.end(PHOTO);
      }
      // Chunked, no length: half now, the rest when the test says.
      res.write(PHOTO.subarray(0, PHOTO.length / 2));
      const gate = new Promise<void>((resolve) => (release = resolve));
      void gate.then(() => res.end(PHOTO.subarray(PHOTO.length / 2)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Waits until `check` holds, however long the machine takes (jest's timeout is the only bound). */
  async function until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it("writes the first half to disk before the second half has been sent", async () => {
    const fetcher = createContentFetcher({ channelAccessToken: "t", baseURL: base });
    const store = createLocalEvidenceStore(dir);
    const opened = await fetcher.open("held");
    const saving = store.saveStream("tickets/t1/held.jpg", opened.body, opened.contentType);
    const partSize = () => {
      const folder = join(dir, "tickets", "t1");
      const part = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith(".part")) : undefined;
      return part ? readFileSync(join(folder, part)).length : 0;
    };
    await until(() => partSize() === PHOTO.length / 2);
    release();
    expect(await saving).toBe(PHOTO.length);
    expect(readFileSync(join(dir, "tickets", "t1", "held.jpg")).equals(PHOTO)).toBe(true);
    expect(readdirSync(join(dir, "tickets", "t1"))).toEqual(["held.jpg"]);
  });

  it("refuses content that passes the bound while it streams, and leaves nothing behind", async () => {
    const fetcher = createContentFetcher({ channelAccessToken: "t", baseURL: base, maxBytes: PHOTO.length / 4 });
    const store = createLocalEvidenceStore(dir);
    const opened = await fetcher.open("held");
    await expect(store.saveStream("tickets/t2/held.jpg", opened.body, opened.contentType)).rejects.toBeInstanceOf(ContentTooLargeError);
    release();
    const folder = join(dir, "tickets", "t2");
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  });

  it("refuses content whose declared length is over the bound before reading it", async () => {
    const fetcher = createContentFetcher({ channelAccessToken: "t", baseURL: base, maxBytes: PHOTO.length - 1 });
    await expect(fetcher.open("declared")).rejects.toBeInstanceOf(ContentTooLargeError);
    await expect(fetcher("declared")).rejects.toBeInstanceOf(ContentTooLargeError);
    const whole = await createContentFetcher({ channelAccessToken: "t", baseURL: base }).call(undefined, "declared");
    expect(whole.bytes.equals(PHOTO)).toBe(true);
  });
});
