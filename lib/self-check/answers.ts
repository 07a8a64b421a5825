// Answers in words: what the check-your-answers page, the copied summary and the result show.
// The module, not the index, which would bring zod into the browser (see lib/candidacy/check.ts).
import { applicableQuestions } from '@/lib/candidacy/applicability'
import type { AnyQuestion, PartialAnswers } from '@/lib/candidacy'

/** The labels of the chosen option(s) of one question, e.g. ["18 or over"]. */
export function answerLabels(question: AnyQuestion, answers: PartialAnswers): string[] {
  const value = answers[question.id as keyof PartialAnswers]
  const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return chosen.map((v) => question.options.find((o) => o.value === v)?.label ?? String(v))
}

/**
 * Question and answer pairs for the questions that were asked, in order. A kept answer to a
 * question that does not apply (shavedLookOk without baldness or alopecia areata) is not shown.
 */
export function answeredQuestions(answers: PartialAnswers) {
  return applicableQuestions(answers)
    .map((question) => ({ question, labels: answerLabels(question, answers) }))
    .filter(({ labels }) => labels.length > 0)
}
