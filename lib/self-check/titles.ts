// The browser tab's title for each step of the self-check, so a patient's history list reads well.
import type { Step } from './flow'
import { say, type SelfCheckLanguage } from './language'

export function stepTitle(step: Step, language: Pick<SelfCheckLanguage, 'words' | 'texts' | 'digits'>): string {
  const { titles } = language.words
  switch (step.kind) {
    case 'start':
      return titles.start
    case 'question':
      return say(language, titles.question, { question: language.texts.questions[step.id].text })
    case 'check':
      return titles.check
    case 'result':
      return titles.result
  }
}
