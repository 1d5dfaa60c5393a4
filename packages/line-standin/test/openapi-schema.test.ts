/**
 * The translation of LINE's OpenAPI documents into JSON Schema (openapi-to-json-schema.ts), on a
 * small document where every outcome is known, and on LINE's two documents as vendored.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonSchemas } from "../src/schema/openapi-to-json-schema";
import { schemaNames, schemaProblems } from "../src/schema/schema-validator";

const REF = "#/components/schemas/";

describe("OpenAPI polymorphism as JSON Schema", () => {
  const schemas = toJsonSchemas({
    Shape: { type: "object", required: ["type"], properties: { type: { type: "string" }, label: { type: "string", maxLength: 3 } }, discriminator: { propertyName: "type", mapping: { circle: `${REF}Circle`, disc: `${REF}Circle` } } },
    Circle: { allOf: [{ $ref: `${REF}Shape` }, { type: "object", required: ["radius"], properties: { radius: { type: "number" } } }] },
  });

  it("makes the parent a dispatcher on the discriminator, one branch per mapping entry", () => {
    expect(schemas["Shape"]).toEqual({
      type: "object",
      required: ["type"],
      discriminator: { propertyName: "type" },
      oneOf: [
        { properties: { type: { const: "circle" } }, allOf: [{ $ref: `${REF}Circle` }] },
        { properties: { type: { const: "disc" } }, allOf: [{ $ref: `${REF}Circle` }] },
      ],
    });
  });

  it("keeps the parent's own properties for its children, and pins each child to its own type values", () => {
    expect(schemas["Shape__base"]).toMatchObject({ properties: { type: { type: "string" } } });
    expect(schemas["Circle"]).toEqual({
      allOf: [{ $ref: `${REF}Shape__base` }, expect.objectContaining({ required: ["radius"] }), { properties: { type: { enum: ["circle", "disc"] } } }],
    });
  });

  it("counts maxLength as LINE does (UTF-16 code units unless LINE lists the property)", () => {
    expect(schemas["Shape__base"]).toMatchObject({ properties: { label: { lineMaxLength: { max: 3, unit: "utf16" } } } });
    expect(JSON.stringify(schemas)).not.toContain('"maxLength"');
  });
});

describe("LINE's documents, as vendored", () => {
  it("are the unmodified files of line/line-openapi named in NOTICE", () => {
    const notice = readFileSync(join(__dirname, "..", "openapi", "NOTICE"), "utf8");
    expect(notice).toMatch(/6e4c2a2a1b7b059ea3920456d4f88d03fd8ef0bb/);
    expect(readFileSync(join(__dirname, "..", "openapi", "LICENSE"), "utf8")).toMatch(/Apache License\s+Version 2\.0/);
  });

  it.each(["messaging-api", "webhook"] as const)("%s.yml: every schema compiles in ajv's strict mode", (document) => {
    const names = schemaNames(document);
    expect(names.length).toBeGreaterThan(document === "webhook" ? 50 : 200);
    for (const name of names) expect(() => schemaProblems(document, name, {})).not.toThrow();
  });

  it("counts rich menu chatBarText in grapheme clusters, postback data in UTF-16 code units", () => {
    const menu = (chatBarText: string) => ({ size: { width: 2500, height: 843 }, selected: false, name: "ก", chatBarText, areas: [] });
    expect(schemaProblems("messaging-api", "RichMenuRequest", menu("ที่".repeat(14)))).toEqual([]);
    expect(schemaProblems("messaging-api", "RichMenuRequest", menu("ที่".repeat(15)))).toEqual([{ message: "Length must be between 0 and 14", property: "chatBarText" }]);
    const action = (data: string) => ({ type: "postback", label: "ก", data });
    expect(schemaProblems("messaging-api", "Action", action("😀".repeat(150)))).toEqual([]);
    expect(schemaProblems("messaging-api", "Action", action("😀".repeat(150) + "a"))).toEqual([{ message: "Length must be between 0 and 300", property: "data" }]);
  });
});
