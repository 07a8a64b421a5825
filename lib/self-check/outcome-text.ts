// How each overall outcome is put to a patient. Plain words; never a diagnosis or a promise.
import type { Outcome } from '@/lib/candidacy'

export const outcomeText: Record<Outcome, { heading: string; summary: string }> = {
  'likely-suitable': {
    heading: 'SMP may suit you',
    summary:
      'Nothing you told us is a reason to wait or to talk to a doctor first. A practitioner will still check your scalp and talk through what you hope for at a consultation.',
  },
  'discuss-first': {
    heading: 'Talk to a doctor or your practitioner first',
    summary:
      'SMP may still be possible for you. Some of your answers are things to talk through before you book, so that it is safe and right for you.',
  },
  wait: {
    heading: 'It is best to wait before having SMP',
    summary:
      'Some of your answers mean most clinics would advise waiting for now. This is usually for a while, not for ever.',
  },
  'not-suitable': {
    heading: 'SMP is not offered to you at the moment',
    summary: 'Based on your answers, clinics would not usually offer SMP to you now.',
  },
}
