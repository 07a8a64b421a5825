// Public entry point of the candidacy module. Pure TypeScript: safe in the browser,
// in server components and in tests.
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
} from './applicability'
export { answersSchema, parseAnswers } from './schema'
export { isCompleteAnswers, isPartialAnswers, isQuestionId, isValidAnswer } from './check'
export { ruleIds } from './rule-ids'
export { rules, rulesById } from './rules'
export { ruleTriggers } from './triggers'
export { evaluate } from './evaluate'
export type {
  Answers,
  AnswerValue,
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
