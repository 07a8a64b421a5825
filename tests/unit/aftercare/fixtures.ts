// A small schedule for the planner's tests, shaped like content/aftercare-schedule.yaml.
import type { AftercareSchedule } from '@/lib/aftercare/types'

export const schedule: AftercareSchedule = {
  nextSession: {
    afterWeeks: 4,
    afterSession1: { title: 'Your second session', explanation: 'Usually about 4 weeks after this one.' },
    afterSession2: { title: 'Your third session, if you need one', explanation: 'Your practitioner will tell you.' },
    readMore: '/aftercare#follow-up-sessions',
  },
  items: [
    {
      kind: 'avoid',
      firstDay: -3,
      lastDay: 0,
      title: 'Alcohol and caffeine',
      explanation: 'Avoid them for 3 days before.',
      readMore: '/aftercare#before-your-session',
    },
    {
      kind: 'do',
      firstDay: 0,
      lastDay: 0,
      title: 'Eat before you go',
      explanation: 'Have a meal first.',
      readMore: '/aftercare#before-your-session',
    },
    {
      kind: 'milestone',
      firstDay: 0,
      lastDay: 0,
      title: 'Your session',
      explanation: 'The dots look darker at first.',
      readMore: '/procedure#on-the-day',
    },
    {
      kind: 'avoid',
      firstDay: 0,
      lastDay: 10,
      title: 'Swimming, saunas and steam rooms',
      explanation: 'Avoid them for 10 days.',
      readMore: '/aftercare#swimming-saunas-and-exercise',
      allowedAgain: 'Swimming, saunas and steam rooms',
    },
    {
      kind: 'avoid',
      firstDay: 0,
      lastDay: 4,
      title: 'Getting your scalp wet',
      explanation: 'Keep it dry for 4 days.',
      readMore: '/aftercare#washing-your-scalp',
      allowedAgain: 'Gentle washing',
    },
    {
      kind: 'do',
      firstDay: 5,
      lastDay: 5,
      title: 'First gentle wash',
      explanation: 'Cool water and a mild soap.',
      readMore: '/aftercare#washing-your-scalp',
    },
    {
      kind: 'avoid',
      firstDay: 0,
      lastDay: 28,
      title: 'Scratching and picking',
      explanation: 'Let flakes fall off.',
      readMore: '/aftercare#itching-and-flaking',
    },
    {
      kind: 'do',
      firstDay: -7,
      lastDay: -1,
      title: 'Keep your scalp healthy',
      explanation: 'Moisturise it.',
      readMore: '/aftercare#before-your-session',
    },
    {
      kind: 'milestone',
      firstDay: 28,
      lastDay: 42,
      title: 'The dots settle',
      explanation: 'Your next session builds on them.',
      readMore: '/aftercare#after-your-session',
      sessions: ['1', '2'],
    },
    {
      kind: 'milestone',
      firstDay: 28,
      lastDay: 42,
      title: 'Your final look settles',
      explanation: 'Book a touch-up when it fades.',
      readMore: '/aftercare#after-your-session',
      sessions: ['3', 'touch-up'],
    },
  ],
}

export const context = {
  clinicName: 'Northfield Scalp Clinic',
  clinicPhone: '+44 20 7946 0000',
  siteUrl: 'https://www.northfield-smp.example',
  pageUrl: 'https://www.northfield-smp.example/aftercare/planner',
}

/** The zone these tests run in (npm run test:timezones sets TZ), for messages. */
export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
