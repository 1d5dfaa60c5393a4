/**
 * Evidence photos in Cloud Storage, in the project's default bucket (firebase-admin). Used in
 * production only; it is loaded lazily so local runs and tests never load the storage client.
 */
import type { App } from "firebase-admin/app";
import { getStorage } from "firebase-admin/storage";
import { pipeline } from "node:stream/promises";
import { countingBytes, folderPath, type EvidenceStore } from "./evidence-store";

export function createCloudEvidenceStore(app: App, bucketName?: string): EvidenceStore {
  const bucket = () => getStorage(app).bucket(bucketName);
  return {
    async save(path, bytes, contentType) {
      await bucket().file(path).save(bytes, { contentType, resumable: false });
    },
    async saveStream(path, body, contentType) {
      const counted = countingBytes();
      // Not resumable: one request, bytes sent as they arrive; a failed upload leaves no object.
      await pipeline(body, counted, bucket().file(path).createWriteStream({ contentType, resumable: false }));
      return counted.bytes;
    },
    async read(path) {
      const file = bucket().file(path);
      const [exists] = await file.exists();
      if (!exists) return undefined;
      const [bytes] = await file.download();
      return bytes;
    },
    async remove(path) {
      await bucket().file(path).delete({ ignoreNotFound: true });
    },
    async removeFolder(folder) {
      await bucket().deleteFiles({ prefix: folderPath(folder) });
    },
    async list(folder) {
      // getFiles follows the pages itself (autoPaginate), so a large folder is listed whole.
      const [files] = await bucket().getFiles({ prefix: folderPath(folder) });
      // An object without a creation time counts as just saved: a sweep then leaves it for its next run.
      return files.map((f) => ({ path: f.name, savedAt: f.metadata.timeCreated ? new Date(String(f.metadata.timeCreated)) : new Date() }));
    },
  };
}
