// Shared shapes of the candidacy contract. Everything here is plain, serialisable data
// so it can cross from server components to client components unchanged.
// Question, Answers and the rest are derived from the questions array, never listed by hand. The rules'
// and findings' types are beside them (rules.ts, evaluate.ts).
import type { AnyQuestion } from './questions'
import type { AnswersTo } from './shapes'

export type { AnswerTo, AskedWhen, LearnMoreUrl, Question, QuestionOption } from './shapes'

export type QuestionId = AnyQuestion['id']

/** The allowed answer values of one question, as literal types. */
export type AnswerValue<Id extends QuestionId> = Extract<AnyQuestion, { id: Id }>['options'][number]['value']

// One flat object type rather than the intersection AnswersTo builds, so editors show it plainly.
type Flat<T> = { [K in keyof T]: T[K] } & {}

/**
 * A complete, valid set of answers (the output of `parseAnswers`). A question with `askedWhen`
 * (hairLossSigns, causeKnown, shavedLookOk) is optional: required when it applies, ignored otherwise.
 */
export type Answers = Flat<AnswersTo<AnyQuestion>>

/** Answers given so far, while the patient is still going through the questions. */
export type PartialAnswers = Partial<Answers>
