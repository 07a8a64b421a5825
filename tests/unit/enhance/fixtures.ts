// Server markup for the enhancement tests: the documents' real components rendered as Next renders them,
// and a way to undo the listeners an enhancement leaves on window and document (which outlive a test).
// Imported for its side effect too: it configures Testing Library's asyncWrapper (see fakeTimers).
import '@testing-library/react'
import { configure, getConfig } from '@testing-library/dom'
import type { Options } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createElement } from 'react'
import { renderToReadableStream } from 'react-dom/server'
import { onTestFinished, vi } from 'vitest'
import type { Faq } from '@/lib/content'
import type { Region } from '@/lib/site/regions'
import FaqPage from '@/pages/faq'
import { compileMarkdown } from '@/tests/support/content'
import { faq } from '../faq/fixtures'
import { testSite } from '../site/fixtures'

export { testSite }

export const testRegion: Region = {
  countryName: 'United Kingdom',
  locale: 'en-GB',
  emergencyNumber: '999',
  familyDoctor: 'GP',
  practitionerRegistration: 'Practitioners register with the local council where they work.',
  complaints: 'Complaints go to the clinic first, then to the local council.',
}

/** The questions of the FAQ filter's former component tests. */
export const testFaqs: Faq[] = [
  faq({
    id: 'what-is-smp',
    question: 'What is SMP?',
    category: 'about-smp',
    order: 1,
    html: '<p>Tiny dots of pigment that look like stubble.</p>',
  }),
  faq({
    id: 'coffee',
    question: 'Can I drink coffee first?',
    category: 'procedure',
    order: 2,
    html: '<p>Skip the <em>café</em> au lait on the day.</p>',
  }),
  faq({
    id: 'does-it-hurt',
    question: 'Does SMP hurt?',
    category: 'procedure',
    order: 1,
    html: '<p>Most people feel mild discomfort; a numbing cream helps.</p>',
  }),
  faq({
    id: 'swimming',
    question: 'When can I go swimming?',
    category: 'aftercare',
    order: 1,
    html: '<ul><li>Wait until the scalp has healed.</li><li>Avoid chlorine.</li></ul>',
  }),
]

/** Markdown through the articles' pipeline, so a test clicks the section links articles really have. */
export { compileMarkdown }

/** Server HTML of an element; a stream, as Next renders pages (the print footer's QR code is async). */
export async function serverHtml(element: ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element)
  await stream.allReady
  return new Response(stream).text()
}

/** The whole of pages/faq.tsx's server HTML for these questions. */
export const faqPageHtml = (faqs: Faq[] = testFaqs) =>
  serverHtml(createElement(FaqPage, { faqs, region: testRegion, layout: { site: testSite, topics: [] } }))

type Listener = { target: EventTarget; args: Parameters<EventTarget['removeEventListener']> }

/**
 * Runs `run` (an enhancement), noting the listeners it adds to window and document; returns them and a
 * function that removes them, so one test's page does not answer another test's events.
 */
export async function trackListeners(run: () => unknown): Promise<{ added: Listener[]; remove: () => void }> {
  const spies = [
    { target: window as EventTarget, spy: vi.spyOn(window, 'addEventListener') },
    { target: document as EventTarget, spy: vi.spyOn(document, 'addEventListener') },
  ]
  let added: Listener[] = []
  try {
    await run()
  } finally {
    // Noted before the spies go: restoring a spy forgets its calls.
    added = spies.flatMap(({ target, spy }) =>
      spy.mock.calls.map((call) => ({ target, args: call as unknown as Listener['args'] })),
    )
    for (const { spy } of spies) spy.mockRestore()
  }
  return { added, remove: () => added.forEach(({ target, args }) => target.removeEventListener(...args)) }
}

/**
 * Fake timers for this test, with the options user-event needs to drive them. React Testing Library's
 * asyncWrapper (configured once it is imported, as tests/setup.ts does) waits on a setTimeout(0) after
 * every user-event call, which never fires under vitest's fake timers: for this test it only runs the call.
 */
export function fakeTimers(): Options {
  vi.useFakeTimers()
  const { asyncWrapper } = getConfig()
  configure({ asyncWrapper: (run) => run() })
  onTestFinished(() => {
    configure({ asyncWrapper })
    vi.useRealTimers()
  })
  return { advanceTimers: vi.advanceTimersByTime.bind(vi) }
}
