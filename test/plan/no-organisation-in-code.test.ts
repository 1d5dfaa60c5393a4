/**
 * No organisation is named in code (issue 17): greetings, answers, pages and the lexicon take the
 * organisation from the plan, so another อบต. or เทศบาล runs on the same code. Comments may use
 * the first customer as an example; code may not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDefaultPlan } from "../../src/qa/answerer";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The text without comments (line, block and HTML ones). */
const codeOf = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/<!--[\s\S]*?-->/g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("the organisation comes from the plan, never from code", () => {
  it("names the shipped plan's organisation nowhere in src/ or functions/ outside comments", () => {
    const { organization } = loadDefaultPlan();
    const place = organization.shortName.replace(/^[^.]*\./, ""); // เวียงท่ากาน
    expect(place.length).toBeGreaterThan(2);
    const named = ["src", "functions"].flatMap(sourceFiles).filter((file) => codeOf(readFileSync(file, "utf8")).includes(place));
    expect(named).toEqual([]);
  });
});
