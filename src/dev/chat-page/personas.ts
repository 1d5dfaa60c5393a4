/**
 * Who a developer can be on the chat page. Each persona is a fixed LINE user ID, so the bot's
 * roles (citizen, officer, admin) can be set up once and the page switches between them.
 */
import { z } from "zod";

export const personaSchema = z.object({
  userId: z.string().regex(/^U[0-9a-f]{32}$/, "must be U followed by 32 lowercase hex characters"),
  displayName: z.string().min(1),
  pictureUrl: z.url().optional(),
  role: z.enum(["citizen", "officer", "admin"]).optional(),
});

export type Persona = z.infer<typeof personaSchema>;

/** Parses personas, failing with a sentence that names the bad entry. */
export function parsePersonas(personas: unknown): Persona[] {
  const parsed = z.array(personaSchema).min(1, "give at least one persona").safeParse(personas);
  if (!parsed.success) throw new Error(`Chat page personas are invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The stand-in's `profiles` option for these personas, so the bot sees the same names. */
export function personaProfiles(personas: Persona[]): Record<string, { displayName: string; pictureUrl?: string }> {
  return Object.fromEntries(
    personas.map((persona) => [
      persona.userId,
      { displayName: persona.displayName, ...(persona.pictureUrl !== undefined ? { pictureUrl: persona.pictureUrl } : {}) },
    ]),
  );
}
