/**
 * Evidence photos in Cloud Storage, in the project's default bucket (firebase-admin). Used in
 * production only; it is loaded lazily so local runs and tests never load the storage client.
 */
import type { App } from "firebase-admin/app";
import { getStorage } from "firebase-admin/storage";
import type { EvidenceStore } from "./evidence-store";

export function createCloudEvidenceStore(app: App, bucketName?: string): EvidenceStore {
  const bucket = () => getStorage(app).bucket(bucketName);
  return {
    async save(path, bytes, contentType) {
      await bucket().file(path).save(bytes, { contentType, resumable: false });
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
  };
}
