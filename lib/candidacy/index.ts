// Public entry point of the candidacy module, for server code, scripts and tests. NOT for client
// code: it re-exports the zod schema (schema.ts), and zod in the browser costs ~30 KB gzipped and
// its eval probe breaks the site's CSP. Client code imports the zod-free modules directly.
export { outcomes, outcomeSeverity, compareBySeverity, adviceOrder } from './outcomes'
export type { Advice, Outcome, RuleOutcome } from './outcomes'
export { questions, questionsById, optionValues } from './questions'
export type { AnyQuestion } from './questions'
export {
  isQuestionApplicable,
  applicableQuestions,
  needsShavedLookAnswer,
  shavedLookConcerns,
  needsHairLossSignsAnswer,
  hairLossSignsConcerns,
  needsCauseKnownAnswer,
  causeKnownConcerns,
  holds,
} from './applicability'
export { neutralAnswers, neutralAnswersFor } from './neutral'
export { answersSchema, parseAnswers } from './schema'
export { isCompleteAnswers, isPartialAnswers, isQuestionId, isValidAnswer } from './check'
export { ruleIds, rules, rulesById, ruleTriggers, ruleAdvice } from './rules'
export type { Rule, RuleId } from './rules'
export { evaluate } from './evaluate'
export type { Evaluation, Finding } from './evaluate'
export { ruleText } from './rule-text'
export type {
  Answers,
  AnswerTo,
  AnswerValue,
  AskedWhen,
  LearnMoreUrl,
  PartialAnswers,
  Question,
  QuestionId,
  QuestionOption,
} from './types'
export { optionLabel } from './texts'
export type { CandidacyTexts, QuestionText, QuestionTexts, RuleText, RuleTexts } from './texts'
