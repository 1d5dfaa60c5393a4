import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalEvidenceStore, evidencePath } from "../../src/progress/evidence-store";

describe("local evidence store", () => {
  const dir = mkdtempSync(join(tmpdir(), "ita-evidence-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const store = createLocalEvidenceStore(dir);

  it("keeps, returns and deletes a photo", async () => {
    const path = evidencePath("plan.1.1.u1", "draft", "msg-1", "image/jpeg");
    expect(path).toMatch(/^evidence\/.+\.jpg$/);
    await store.save(path, Buffer.from("jpeg bytes"), "image/jpeg");
    expect(await store.read(path)).toEqual(Buffer.from("jpeg bytes"));
    await store.remove(path);
    expect(await store.read(path)).toBeUndefined();
    await expect(store.remove(path)).resolves.toBeUndefined();
  });

  it("refuses paths that would leave the store", async () => {
    await expect(store.save("../outside.jpg", Buffer.from("x"), "image/jpeg")).rejects.toThrow(RangeError);
    await expect(store.remove("../../etc/passwd")).rejects.toThrow(RangeError);
  });
});
