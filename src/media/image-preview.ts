/**
 * Images as LINE's image message takes them: the original at most 10 MB and the preview at most
 * 1 MB (https://developers.line.biz/en/reference/messaging-api/#image-message). Photos people send
 * are usually within both, but not always (a camera's full-size JPEG, a PNG screenshot), and a
 * progress report's thumbnails should not be megabytes each. Resized and re-encoded with sharp
 * (libvips, a maintained library whose prebuilt binary comes inside its npm packages), loaded on
 * the first image served: loading it costs 50–100 ms of CPU that a new instance's first answer
 * should not wait for.
 */

/** LINE's limit for `previewImageUrl`. */
export const MAX_PREVIEW_BYTES = 1024 * 1024;
/** LINE's limit for `originalContentUrl`. */
export const MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;

/**
 * The most pixels an image may have to be decoded: a phone photo within LINE's 10 MB has far fewer.
 * Without a ceiling a small file can decode huge (a flat 16,000 × 16,000 PNG is 0.8 MB and took
 * over 400 MB of memory to preview, five at once), and anyone holding a photo's URL can ask for
 * its preview again and again.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** A stored file that cannot be made into an image LINE takes (not an image, or too many pixels). */
export class UnservableImageError extends Error {}

/** What a media URL asks for: the photo as stored, or a small preview of it. */
export type ImageVariant = "original" | "preview";

/** Longest side of a preview, and of an original that had to be made smaller. */
const SIDE: Record<ImageVariant, number> = { preview: 1024, original: 2048 };
const LIMIT: Record<ImageVariant, number> = { preview: MAX_PREVIEW_BYTES, original: MAX_ORIGINAL_BYTES };

/**
 * The bytes to serve for a variant: the stored original when it is within the limit (and asked
 * for), else a JPEG that fits, made smaller and lower in quality step by step until it does.
 */
export async function imageVariant(bytes: Buffer, contentType: string, variant: ImageVariant): Promise<{ bytes: Buffer; contentType: string }> {
  if (variant === "original" && bytes.length <= MAX_ORIGINAL_BYTES) return { bytes, contentType };
  const { default: sharp } = await import("sharp");
  let side = SIDE[variant];
  for (const quality of [80, 70, 60, 50, 40]) {
    const out = await sharp(bytes, { failOn: "none", limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true })
      .rotate() // honour the phone's orientation tag before it is dropped
      .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer()
      .catch((error: unknown) => {
        throw new UnservableImageError(error instanceof Error ? error.message : String(error));
      });
    if (out.length <= LIMIT[variant]) return { bytes: out, contentType: "image/jpeg" };
    side = Math.round(side * 0.75);
  }
  throw new RangeError("image cannot be made small enough for LINE");
}
