import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The ITA terms a citizen meets in any plan (ITA, IIT, EIT, OIT, ป.ป.ช., the result levels). They
 * are the same for every organisation and year, so they live in their own data file, not in a plan.
 */
export const GlossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** Spellings a citizen may use; matched after normalisation. */
  aliases: z.array(z.string().min(1)),
  english: z.string().optional(),
  thaiName: z.string().min(1),
  /** What the term measures or means. */
  measures: z.string().min(1),
  /** Who answers it, for assessment tools. */
  respondents: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossarySchema = z.object({
  schemaVersion: z.literal(1),
  note: z.string().optional(),
  terms: z.array(GlossaryTermSchema).min(1),
});
export type Glossary = z.infer<typeof GlossarySchema>;

/** Reads and validates a glossary file synchronously (once, at start). */
export function loadGlossaryFile(path: string): Glossary {
  return GlossarySchema.parse(JSON.parse(readFileSync(path, "utf8")));
}
