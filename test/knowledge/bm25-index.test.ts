import { createIndex } from "../../src/knowledge/bm25-index";
import type { KnowledgeRecord } from "../../src/knowledge/records";
import { processText } from "../../src/knowledge/text-pipeline";

const record = (id: string, text: string): KnowledgeRecord => ({ id, ref: { kind: "faq", id }, fields: [[text, 1]] });

describe("createIndex", () => {
  const index = createIndex([
    record("assets", "การกำกับดูแลการใช้ทรัพย์สินของราชการ ตรวจสอบวัสดุและครุภัณฑ์"),
    record("procure", "ความโปร่งใสในการจัดซื้อจัดจ้างและการใช้งบประมาณ"),
    record("eservice", "การให้บริการออนไลน์ E-Service"),
  ]);
  const search = (q: string) => {
    const p = processText(q);
    return index.search(p.tokens, p.grams, 3);
  };

  it("ranks the record that shares the rarer words first", () => {
    expect(search("ตรวจสอบครุภัณฑ์")[0]?.record.id).toBe("assets");
    expect(search("จัดซื้อ")[0]?.record.id).toBe("procure");
    expect(search("อีเซอร์วิส")[0]?.record.id).toBe("eservice");
  });

  it("says which query words a hit contains", () => {
    expect([...(search("ครุภัณฑ์ ถนน")[0]?.matched ?? [])]).toEqual(["ครุภัณฑ์"]);
  });

  it("meets typos through folding and trigrams", () => {
    expect(search("ครุภันฑ์")[0]?.record.id).toBe("assets");
    expect(index.knows("ถนน")).toBe(false);
    expect(index.knowsLoosely("ทรัพสิน")).toBe(true);
  });

  it("gives unknown words the highest idf", () => {
    expect(index.idf("ถนน")).toBeGreaterThan(index.idf("ครุภัณฑ์"));
  });

  it("returns nothing for words it does not know", () => {
    expect(search("ราคาทอง")).toEqual([]);
  });
});
