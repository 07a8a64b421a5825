// Front-matter rules for every kind of document in content/. Contentlayer checks that fields exist
// and have the right basic type; these schemas add what it cannot (real dates, lengths, ordering)
// and repeat the basics, so that no bad edit can slip through either layer.
import { z } from 'zod'
import { isCalendarDate } from '@/lib/dates'

export const maxDescriptionLength = 160

export const calendarDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-20' })
  .refine(isCalendarDate, {
    error: (issue) => `must be a real date written YYYY-MM-DD, e.g. 2026-11-20 (got "${String(issue.input)}")`,
  })

const reviewer = z.strictObject({
  name: z.string().trim().min(1, { error: 'needs a name' }),
  role: z.string().trim().min(1, { error: 'needs a role, e.g. "Lead SMP practitioner"' }),
})

/** What an article may show after its text, chosen in its front matter: `extras: [glossary]`. */
export const articleExtras = ['self-check-rules', 'aftercare-planner', 'glossary'] as const
export type ArticleExtra = (typeof articleExtras)[number]

const title = z
  .string()
  .trim()
  .min(3, { error: 'must be at least 3 characters' })
  .max(80, { error: 'must be at most 80 characters' })
const description = z
  .string()
  .trim()
  .min(20, { error: 'must be at least 20 characters' })
  .max(maxDescriptionLength, {
    error: (issue) =>
      `must be at most ${maxDescriptionLength} characters: search results and link previews cut it off (it has ${String(issue.input).trim().length})`,
  })

export const articleFrontMatter = z
  .strictObject({
    title,
    description,
    order: z.int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }),
    lastReviewed: calendarDate,
    nextReviewDue: calendarDate,
    reviewedBy: reviewer.optional(),
    extras: z.array(z.enum(articleExtras, { error: `each must be one of: ${articleExtras.join(', ')}` })).optional(),
    sources: z.literal('none', { error: 'must be "none" (to hide the Sources section), or left out' }).optional(),
    draft: z.boolean({ error: 'must be true or false' }).optional(),
    redirectFrom: z
      .array(z.string(), { error: 'must be a list of old page addresses, e.g. [old-page-name]' })
      .optional(),
  })
  .refine(
    (fm) => !isCalendarDate(fm.lastReviewed) || !isCalendarDate(fm.nextReviewDue) || fm.nextReviewDue > fm.lastReviewed,
    {
      path: ['nextReviewDue'],
      error: 'must be after lastReviewed',
    },
  )

export const faqCategories = {
  'about-smp': 'About SMP',
  procedure: 'The procedure',
  results: 'Results and how long they last',
  'suitability-and-safety': 'Suitability and safety',
  aftercare: 'Aftercare',
} as const
export type FaqCategory = keyof typeof faqCategories

const question = z.string().trim().min(5).max(120).endsWith('?', { error: 'must be a question ending with "?"' })

export const faqFrontMatter = z.strictObject({
  question,
  category: z.enum(Object.keys(faqCategories) as [FaqCategory, ...FaqCategory[]], {
    error: `must be one of: ${Object.keys(faqCategories).join(', ')}`,
  }),
  order: z.int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }),
  related: z
    .array(z.string(), { error: 'must be a list of article slugs' })
    .min(1, { error: 'must name at least one article' }),
  lastReviewed: calendarDate,
})

/** How a translation was made (`translation:` in a translated file's front matter). */
export const translationMethods = ['machine', 'professional'] as const
export type TranslationMethod = (typeof translationMethods)[number]

// What every translated document says about itself: the English version it was made from, how, and who
// checked it (a clinician who reads the language; left out until someone has).
const translationFields = {
  translationOf: calendarDate,
  translation: z.enum(translationMethods, {
    error: `must be one of: ${translationMethods.join(', ')} (how the translation was made)`,
  }),
  translationReviewedBy: reviewer.optional(),
}

/** A translated article (content/hi/articles/<same slug>.md): its words; everything else is the English page's. */
export const translatedArticleFrontMatter = z.strictObject({ title, description, ...translationFields })

/** A translated FAQ answer (content/hi/faq/<same id>.md). */
export const translatedFaqFrontMatter = z.strictObject({ question, ...translationFields })

export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>
export type TranslatedArticleFrontMatter = z.infer<typeof translatedArticleFrontMatter>
export type TranslatedFaqFrontMatter = z.infer<typeof translatedFaqFrontMatter>
export type FaqFrontMatter = z.infer<typeof faqFrontMatter>
