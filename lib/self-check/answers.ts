// Answers in words: what the check-your-answers page, the copied summary and the result show, in the
// language of the texts given. The module, not the index, which would bring zod into the browser (see
// lib/candidacy/check.ts).
import { applicableQuestions } from '@/lib/candidacy/applicability'
import type { AnyQuestion, PartialAnswers } from '@/lib/candidacy'
import { optionLabel, type QuestionTexts } from '@/lib/candidacy/texts'

/** The labels of the chosen option(s) of one question, e.g. ["18 or over"]. */
export function answerLabels(question: AnyQuestion, answers: PartialAnswers, texts: QuestionTexts): string[] {
  const value = answers[question.id as keyof PartialAnswers]
  const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return chosen.map((v) => optionLabel(texts, question.id, String(v)))
}

/**
 * Question and answer pairs for the questions that were asked, in order, with the question's words. A kept
 * answer to a question that does not apply (shavedLookOk without baldness or alopecia areata) is not shown.
 */
export function answeredQuestions(answers: PartialAnswers, texts: QuestionTexts) {
  return applicableQuestions(answers)
    .map((question) => ({ question, text: texts[question.id].text, labels: answerLabels(question, answers, texts) }))
    .filter(({ labels }) => labels.length > 0)
}
