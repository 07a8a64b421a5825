// The plain-text summary a patient may copy into a message to the clinic (their choice, never sent by us).
import type { Evaluation, PartialAnswers } from '@/lib/candidacy'
import { answeredQuestions } from './answers'
import { adviceText, resultText, ruleAdvice } from './outcome-text'

export function summaryText(answers: PartialAnswers, evaluation: Evaluation): string {
  const lines = [
    'My SMP self-check answers',
    '',
    ...answeredQuestions(answers).map(({ question, labels }) => `${question.text} ${labels.join(', ')}`),
    '',
    `Result: ${resultText(evaluation).heading}`,
    ...evaluation.findings.map(
      (finding) => `- ${finding.title} (${adviceText[ruleAdvice[finding.rule]].label.toLowerCase()})`,
    ),
    '',
    'This self-check is not a diagnosis.',
  ]
  return lines.join('\n')
}
