// The browser tab's title for each step of the self-check, so a patient's history list reads well.
import { questionsById } from '@/lib/candidacy/questions'
import type { Step } from './flow'

export function stepTitle(step: Step): string {
  switch (step.kind) {
    case 'start':
      return 'Am I a candidate? Self-check'
    case 'question':
      return `${questionsById[step.id].text} – Self-check`
    case 'check':
      return 'Check your answers – Self-check'
    case 'result':
      return 'Your result – Self-check'
  }
}
