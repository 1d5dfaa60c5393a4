/**
 * Whether a text staff wrote carries something of a citizen's: their display name, a number of
 * theirs (six digits or more: a phone, an ID card, a house registration), or, unless
 * `copiedRuns` is false, a run of 20 characters of what they wrote (a copied sentence, an
 * address). Staff writing an FAQ entry are held to the first two (a general question is often
 * worded like the citizen's); a deletion looks for all three, to find copies of the citizen's
 * words. Shorter shared runs are not counted: staff answering about "ศาลาประชาคม" repeat the
 * citizen's topic, not the citizen.
 */
const RUN = 20;
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const numbers = (s: string) => (s.replace(/[\s-]/g, "").match(/\d{6,}/g) ?? []);

export function quotesCitizen(text: string, citizen: { name: string | null; texts: readonly string[] }, opts: { copiedRuns?: boolean } = {}): boolean {
  const t = squash(text);
  const digits = t.replace(/[\s-]/g, "");
  if (citizen.name && citizen.name.trim().length >= 2 && t.includes(citizen.name.trim())) return true;
  for (const raw of citizen.texts) {
    const s = squash(raw);
    if (numbers(s).some((n) => digits.includes(n))) return true;
    if (opts.copiedRuns === false) continue;
    for (let i = 0; i + RUN <= s.length; i++) if (t.includes(s.slice(i, i + RUN))) return true;
  }
  return false;
}
