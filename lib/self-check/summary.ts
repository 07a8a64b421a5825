// The plain-text summary a patient may copy into a message to the clinic (their choice, never sent by us),
// in the page's language.
import type { Evaluation, PartialAnswers } from '@/lib/candidacy'
import { answeredQuestions } from './answers'
import { say, type SelfCheckLanguage } from './language'
import { resultText, ruleAdvice } from './outcome-text'

export function summaryText(answers: PartialAnswers, evaluation: Evaluation, language: SelfCheckLanguage): string {
  const { words, texts } = language
  const lines = [
    words.summary.title,
    '',
    ...answeredQuestions(answers, texts.questions).map(({ text, labels }) =>
      say(language, words.summary.answer, { question: text, answers: labels.join(words.summary.answerSeparator) }),
    ),
    '',
    say(language, words.summary.result, { heading: resultText(evaluation, words).heading }),
    ...evaluation.findings.map((finding) =>
      say(language, words.summary.finding, {
        title: texts.rules[finding.rule].title,
        advice: words.advice[ruleAdvice[finding.rule]].label.toLowerCase(),
      }),
    ),
    '',
    words.summary.notDiagnosis,
  ]
  return lines.join('\n')
}
