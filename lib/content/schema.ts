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
  .meta({ format: 'date', description: 'A date written YYYY-MM-DD, e.g. 2026-11-20.' })

const reviewer = z
  .strictObject({
    name: z.string().trim().min(1, { error: 'needs a name' }),
    role: z.string().trim().min(1, { error: 'needs a role, e.g. "Lead SMP practitioner"' }),
  })
  .meta({ description: 'The clinician who checked this page: their name and role. Leave out until someone has.' })

/** What an article may show after its text, chosen in its front matter: `extras: [glossary]`. */
export const articleExtras = ['self-check-rules', 'aftercare-planner', 'glossary'] as const
export type ArticleExtra = (typeof articleExtras)[number]

const title = z
  .string()
  .trim()
  .min(3, { error: 'must be at least 3 characters' })
  .max(80, { error: 'must be at most 80 characters' })
  .meta({ description: "The page's heading, in plain words." })
const description = z
  .string()
  .trim()
  .min(20, { error: 'must be at least 20 characters' })
  .max(maxDescriptionLength, {
    error: (issue) =>
      `must be at most ${maxDescriptionLength} characters: search results and link previews cut it off (it has ${String(issue.input).trim().length})`,
  })
  .meta({ description: 'One or two sentences shown in search results and link previews.' })

export const articleFrontMatter = z
  .strictObject({
    title,
    description,
    order: z
      .int({ error: 'must be a whole number' })
      .positive({ error: 'must be 1 or more' })
      .meta({ description: 'Where the page comes in the list of pages: 1 is first.' }),
    lastReviewed: calendarDate.meta({ description: 'The day the page was last checked, written YYYY-MM-DD.' }),
    nextReviewDue: calendarDate.meta({ description: 'When the page must be checked again, written YYYY-MM-DD.' }),
    reviewedBy: reviewer.optional(),
    extras: z
      .array(z.enum(articleExtras, { error: `each must be one of: ${articleExtras.join(', ')}` }))
      .optional()
      .meta({ description: 'What the page shows after its text, if anything.' }),
    sources: z
      .literal('none', { error: 'must be "none" (to hide the Sources section), or left out' })
      .optional()
      .meta({ description: '"none" hides the Sources section. Usually left empty.' }),
    draft: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .meta({ description: 'A draft is checked but not published.' }),
    redirectFrom: z
      .array(z.string(), { error: 'must be a list of old page addresses, e.g. [old-page-name]' })
      .optional()
      .meta({ description: 'Old addresses of this page that should still lead here.' }),
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

const question = z
  .string()
  .trim()
  .min(5)
  .max(120)
  .endsWith('?', { error: 'must be a question ending with "?"' })
  .meta({ description: 'The question as a patient would ask it, ending with "?".' })

export const faqFrontMatter = z.strictObject({
  question,
  category: z
    .enum(Object.keys(faqCategories) as [FaqCategory, ...FaqCategory[]], {
      error: `must be one of: ${Object.keys(faqCategories).join(', ')}`,
    })
    .meta({ description: 'Which group of questions the answer is listed under.' }),
  order: z
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be 1 or more' })
    .meta({ description: 'Where the answer comes within its category: 1 is first.' }),
  related: z
    .array(z.string(), { error: 'must be a list of article slugs' })
    .min(1, { error: 'must name at least one article' })
    .meta({ description: 'The articles (their file names, without .md) that tell more.' }),
  lastReviewed: calendarDate.meta({ description: 'The day the answer was last checked, written YYYY-MM-DD.' }),
})

/** How a translation was made (`translation:` in a translated file's front matter). */
export const translationMethods = ['machine', 'professional'] as const
export type TranslationMethod = (typeof translationMethods)[number]

// What every translated document says about itself: the English version it was made from, how, and who
// checked it (a clinician who reads the language; left out until someone has).
const translationFields = {
  translationOf: calendarDate.meta({
    description: "The English page's lastReviewed date when this translation was made, written YYYY-MM-DD.",
  }),
  translation: z
    .enum(translationMethods, {
      error: `must be one of: ${translationMethods.join(', ')} (how the translation was made)`,
    })
    .meta({ description: 'How the translation was made.' }),
  translationReviewedBy: reviewer.optional().meta({
    description: 'The clinician who reads the language and checked the translation. Leave out until someone has.',
  }),
}

/** A translated article (content/hi/articles/<same slug>.md): its words; everything else is the English page's. */
export const translatedArticleFrontMatter = z.strictObject({ title, description, ...translationFields })

/** A translated FAQ answer (content/hi/faq/<same id>.md). */
export const translatedFaqFrontMatter = z.strictObject({ question, ...translationFields })

export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>
export type TranslatedArticleFrontMatter = z.infer<typeof translatedArticleFrontMatter>
export type TranslatedFaqFrontMatter = z.infer<typeof translatedFaqFrontMatter>
export type FaqFrontMatter = z.infer<typeof faqFrontMatter>
