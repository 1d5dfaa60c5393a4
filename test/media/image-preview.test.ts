import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import sharp from "sharp";
import { createMediaRoutes } from "../../src/media/media-routes";
import { createLocalEvidenceStore } from "../../src/progress/evidence-store";
import { imageVariant, MAX_ORIGINAL_BYTES, MAX_PREVIEW_BYTES, UnservableImageError } from "../../src/media/image-preview";
import { imageMessage, mediaUrl } from "../../src/media/media-paths";

/** A photo-like image that compresses badly (noise), of about the given size. */
async function noisyJpeg(width: number, height: number, quality = 95): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let x = 12345;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = x >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

describe("image variants for LINE", () => {
  it("makes a preview within LINE's 1 MB of a photo over it, and keeps an original within 10 MB as it is", async () => {
    const photo = await noisyJpeg(1600, 1200);
    expect(photo.length).toBeGreaterThan(MAX_PREVIEW_BYTES);
    const preview = await imageVariant(photo, "image/jpeg", "preview");
    expect(preview.bytes.length).toBeLessThanOrEqual(MAX_PREVIEW_BYTES);
    expect(preview.contentType).toBe("image/jpeg");
    const meta = await sharp(preview.bytes).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(1024);
    const original = await imageVariant(photo, "image/jpeg", "original");
    expect(original.bytes).toBe(photo);
  });

  it("refuses to decode an image of more pixels than any photo within LINE's 10 MB, or what is not an image", async () => {
    const bomb = await sharp({ create: { width: 16_000, height: 16_000, channels: 3, background: "#808080" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MAX_PREVIEW_BYTES);
    await expect(imageVariant(bomb, "image/png", "preview")).rejects.toThrow(UnservableImageError);
    await expect(imageVariant(Buffer.from("<html>not a photo</html>"), "image/jpeg", "preview")).rejects.toThrow(UnservableImageError);
  });

  it("answers 415 for a stored file it cannot preview, never its error page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ita-media-test-"));
    const store = createLocalEvidenceStore(dir);
    await store.save("tickets/abcdefghijkl/123.jpg", Buffer.from("<html>not a photo</html>"), "image/jpeg");
    const server = express().use(createMediaRoutes(store)).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/media/tickets/abcdefghijkl/123.jpg?v=preview`);
      expect(res.status).toBe(415);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serves an original over LINE's 10 MB smaller", async () => {
    const huge = await sharp(await noisyJpeg(1900, 1900, 50)).png({ compressionLevel: 0 }).toBuffer();
    expect(huge.length).toBeGreaterThan(MAX_ORIGINAL_BYTES);
    const original = await imageVariant(huge, "image/png", "original");
    expect(original.bytes.length).toBeLessThanOrEqual(MAX_ORIGINAL_BYTES);
  });

  it("builds image messages only for https, with the token evidence needs, within 2,000 characters", () => {
    expect(imageMessage("https://bot.test", "tickets/abcdefghijkl/123.jpg")).toEqual({
      type: "image",
      originalContentUrl: "https://bot.test/media/tickets/abcdefghijkl/123.jpg",
      previewImageUrl: "https://bot.test/media/tickets/abcdefghijkl/123.jpg?v=preview",
    });
    expect(imageMessage("http://bot.test", "tickets/abcdefghijkl/123.jpg")).toBeUndefined();
    expect(mediaUrl("https://bot.test", "evidence/act1/draft-123.jpg")).toBeUndefined();
    expect(imageMessage("https://bot.test", "evidence/act1/draft-123.jpg", "tok")?.previewImageUrl).toBe("https://bot.test/media/evidence/act1/draft-123.jpg?t=tok&v=preview");
    expect(imageMessage(`https://${"b".repeat(2000)}.test`, "tickets/abcdefghijkl/123.jpg")).toBeUndefined();
  });
});
