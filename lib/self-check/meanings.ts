// For the page without JavaScript: every question with what each answer means, worked out by
// running the real rules on a neutral set of answers, so the checklist can never disagree with them.
import { evaluate, questions, type Answers, type AnyQuestion, type Finding } from '@/lib/candidacy'

const neutral: Answers = {
  age: '18-or-over',
  concerns: ['receding-hairline'],
  scalpCondition: 'none',
  skinCancerHistory: 'no',
  keloidProne: 'no',
  bleedingRisk: 'no',
  pigmentAllergy: 'no',
  immune: 'no',
  pregnancy: 'no',
  healingCondition: 'no',
}

// The shaving question only counts alongside a concern that needs the shaved look.
const contextFor = (question: AnyQuestion): Answers =>
  question.id === 'shavedLookOk' ? { ...neutral, concerns: ['complete-baldness'], shavedLookOk: 'yes' } : neutral

export type OptionMeaning = { value: string; label: string; findings: Finding[] }
export type QuestionMeaning = { question: AnyQuestion; options: OptionMeaning[] }

export function answerMeanings(): QuestionMeaning[] {
  return questions.map((question) => {
    const context = contextFor(question)
    const baseline = new Set(evaluate(context).findings.map((f) => f.rule))
    return {
      question,
      options: question.options.map(({ value, label }) => {
        const answers = { ...context, [question.id]: question.multiple ? [value] : value } as Answers
        return { value, label, findings: evaluate(answers).findings.filter((f) => !baseline.has(f.rule)) }
      }),
    }
  })
}
