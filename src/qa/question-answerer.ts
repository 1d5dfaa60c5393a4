import { type Answerer, type AnswererOptions, createAnswerer, loadDefaultPlan } from "./answerer";

/**
 * The answerer over a plan (the shipped one unless given), with the organisation's name for greetings: what the
 * production and local apps compose. Builds the index once, when called (never at import).
 */
export interface QuestionAnswerer extends Answerer {
  /** Short name of the organisation the plan belongs to, e.g. อบต.เวียงท่ากาน. */
  orgName: string;
  fiscalYear: number;
}

export function createQuestionAnswerer(opts: Partial<AnswererOptions> = {}): QuestionAnswerer {
  const plan = opts.plan ?? loadDefaultPlan();
  const answerer = createAnswerer({ ...opts, plan });
  return { ...answerer, answer: answerer.answer, withFaqs: answerer.withFaqs, orgName: plan.organization.shortName, fiscalYear: plan.fiscalYear };
}
