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

  it("removes a whole folder, and never the store itself or anything outside it", async () => {
    await store.save("tickets/p1/1.jpg", Buffer.from("a"), "image/jpeg");
    await store.save("tickets/p1/2.jpg", Buffer.from("b"), "image/jpeg");
    await store.save("tickets/p2/3.jpg", Buffer.from("c"), "image/jpeg");
    await store.removeFolder("tickets/p1");
    expect(await store.read("tickets/p1/1.jpg")).toBeUndefined();
    expect(await store.read("tickets/p2/3.jpg")).toEqual(Buffer.from("c"));
    await expect(store.removeFolder("tickets/missing")).resolves.toBeUndefined();
    for (const bad of ["", "/", "tickets/..", "..", "tickets//p2"]) await expect(store.removeFolder(bad)).rejects.toThrow(RangeError);
    expect(await store.read("tickets/p2/3.jpg")).toEqual(Buffer.from("c"));
  });

  it("lists a folder's files with the paths save took and when they were saved, nothing for a missing folder", async () => {
    await store.save("listed/a/1.jpg", Buffer.from("a"), "image/jpeg");
    await store.save("listed/b/c/2.png", Buffer.from("b"), "image/png");
    const listed = await store.list("listed");
    expect(listed.map((f) => f.path).sort()).toEqual(["listed/a/1.jpg", "listed/b/c/2.png"]);
    for (const f of listed) expect(f.savedAt).toBeInstanceOf(Date);
    expect(await store.list("listed/missing")).toEqual([]);
    for (const bad of ["", "..", "listed/.."]) await expect(store.list(bad)).rejects.toThrow(RangeError);
  });
});
