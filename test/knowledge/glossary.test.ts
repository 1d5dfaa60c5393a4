import { loadDefaultGlossary } from "../../src/qa/answerer";

describe("the ITA glossary", () => {
  const glossary = loadDefaultGlossary();

  it("explains ITA, IIT, EIT, OIT, ป.ป.ช. and the result levels", () => {
    expect(glossary.terms.map((t) => t.id).sort()).toEqual(["eit", "iit", "ita", "levels", "nacc", "oit"]);
  });

  it("says who answers each assessment tool", () => {
    for (const id of ["iit", "eit", "oit"]) expect(glossary.terms.find((t) => t.id === id)?.respondents).toBeTruthy();
  });

  it("gives each tool its English expansion", () => {
    expect(glossary.terms.find((t) => t.id === "ita")?.english).toBe("Integrity and Transparency Assessment");
  });
});
