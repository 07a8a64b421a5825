// Public entry point of the candidacy module, for server code, scripts and tests. NOT for client
// code: it re-exports the zod schema (schema.ts), and zod in the browser costs ~30 KB gzipped and
// its eval probe breaks the site's CSP. Client code imports the zod-free modules directly.
export { outcomes, outcomeSeverity, compareBySeverity } from './outcomes'
export type { Outcome, RuleOutcome } from './outcomes'
export { questions, questionsById, optionValues } from './questions'
export type { AnyQuestion } from './questions'
export {
  isQuestionApplicable,
  applicableQuestions,
  needsShavedLookAnswer,
  shavedLookConcerns,
  needsHairLossSignsAnswer,
  hairLossSignsConcerns,
  holds,
} from './applicability'
export { neutralAnswers, neutralAnswersFor } from './neutral'
export { answersSchema, parseAnswers } from './schema'
export { isCompleteAnswers, isPartialAnswers, isQuestionId, isValidAnswer } from './check'
export { ruleIds } from './rule-ids'
export { rules, rulesById } from './rules'
export { ruleTriggers } from './triggers'
export { evaluate } from './evaluate'
export type {
  Answers,
  AnswerTo,
  AnswerValue,
  AskedWhen,
  Evaluation,
  Finding,
  LearnMoreUrl,
  PartialAnswers,
  Question,
  QuestionId,
  QuestionOption,
  Rule,
  RuleId,
} from './types'
export { optionLabel } from './texts'
export type { CandidacyTexts, QuestionText, QuestionTexts, RuleText, RuleTexts } from './texts'
