// Contentlayer compiles content/ into typed data: the one place markdown is parsed. It checks that
// fields exist and have the right basic type; the content step (lib/content/check.ts) checks the
// rest. Dates are declared as strings on purpose: Contentlayer's own date type silently turns
// 2025-02-30 into 2 March.
import { defineDocumentType, defineNestedType, makeSource, type ComputedFields } from 'contentlayer2/source-files'
import { markdownPipeline, takeFinishedTree } from './lib/content/markdown'
import { translatedLocales } from './lib/i18n/locales'
import { translatedTypeName } from './lib/content/translated-types'

// The finished syntax tree (with line positions) beside the html: the content step fills in the
// clinic's values and reads headings, links, images and prose from it, without parsing HTML again.
const treeField = {
  tree: { type: 'json', resolve: (doc) => takeFinishedTree(doc._raw.sourceFilePath) },
} satisfies ComputedFields

const Reviewer = defineNestedType(() => ({
  name: 'Reviewer',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true },
  },
}))

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    order: { type: 'number', required: true },
    lastReviewed: { type: 'string', required: true },
    nextReviewDue: { type: 'string', required: true },
    reviewedBy: { type: 'nested', of: Reviewer },
    extras: { type: 'list', of: { type: 'string' } },
    sources: { type: 'string' },
    draft: { type: 'boolean' },
    // Old addresses of this page (lib/content/published-links.ts): each redirects here.
    redirectFrom: { type: 'list', of: { type: 'string' } },
  },
  computedFields: treeField,
}))

export const Faq = defineDocumentType(() => ({
  name: 'Faq',
  filePathPattern: 'faq/**/*.md',
  contentType: 'markdown',
  fields: {
    question: { type: 'string', required: true },
    category: { type: 'string', required: true },
    order: { type: 'number', required: true },
    related: { type: 'list', of: { type: 'string' }, required: true },
    lastReviewed: { type: 'string', required: true },
  },
  computedFields: treeField,
}))

const StaffMessage = defineNestedType(() => ({
  name: 'StaffMessage',
  fields: {
    greeting: { type: 'string' },
    signOff: { type: 'string' },
    emailSubject: { type: 'string' },
  },
}))

export const Site = defineDocumentType(() => ({
  name: 'Site',
  filePathPattern: 'site.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    name: { type: 'string', required: true },
    shortName: { type: 'string', required: true },
    url: { type: 'string', required: true },
    countryCode: { type: 'string', required: true },
    phone: { type: 'string' },
    whatsapp: { type: 'string' },
    email: { type: 'string', required: true },
    // The places and the privacy values: plain JSON to Contentlayer; lib/site/schema.ts checks every field,
    // so that a mistake is reported as e.g. "locations[1].phone".
    locations: { type: 'json' },
    bookingUrl: { type: 'string' },
    replyTime: { type: 'string' },
    privacy: { type: 'json' },
    staffMessage: { type: 'nested', of: StaffMessage },
  },
}))

// The aftercare planner's schedule. Its lists are plain JSON to Contentlayer: lib/aftercare/schema.ts
// checks every field, so that a mistake is reported as e.g. "items[3].lastDay".
export const AftercareSchedule = defineDocumentType(() => ({
  name: 'AftercareSchedule',
  filePathPattern: 'aftercare-schedule.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    nextSession: { type: 'json', required: true },
    items: { type: 'json', required: true },
  },
}))

// Data files whose fields lib/ checks with zod (lib/site/regions.ts, lib/content/references.ts,
// lib/glossary/schema.ts): to Contentlayer they are plain JSON.
export const Regions = defineDocumentType(() => ({
  name: 'Regions',
  filePathPattern: 'regions.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: { regions: { type: 'json', required: true } },
}))

export const References = defineDocumentType(() => ({
  name: 'References',
  filePathPattern: 'references.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: { notes: { type: 'json', required: true }, sources: { type: 'json', required: true } },
}))

export const Glossary = defineDocumentType(() => ({
  name: 'Glossary',
  filePathPattern: 'glossary.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: { terms: { type: 'json', required: true } },
}))

// Each translated language's files (content/hi/…), beside the English: the translated words only
// (lib/content/translations.ts checks them against the English). Their patterns start with the
// language's folder, and the English patterns above start with theirs (articles/, faq/) or are
// exact file names, so no file belongs to two types. None is a singleton: a language may leave out
// a data file (its pages then show the English); the content step names a second one.
const translatedFields = {
  translationOf: { type: 'string', required: true },
  translation: { type: 'string', required: true },
  translationReviewedBy: { type: 'nested', of: Reviewer },
} as const

const translatedTypes = translatedLocales.flatMap((locale) => [
  defineDocumentType(() => ({
    name: translatedTypeName('Article', locale),
    filePathPattern: `${locale}/articles/**/*.md`,
    contentType: 'markdown',
    fields: {
      title: { type: 'string', required: true },
      description: { type: 'string', required: true },
      ...translatedFields,
    },
    computedFields: treeField,
  })),
  defineDocumentType(() => ({
    name: translatedTypeName('Faq', locale),
    filePathPattern: `${locale}/faq/**/*.md`,
    contentType: 'markdown',
    fields: { question: { type: 'string', required: true }, ...translatedFields },
    computedFields: treeField,
  })),
  defineDocumentType(() => ({
    name: translatedTypeName('Site', locale),
    filePathPattern: `${locale}/site.yaml`,
    contentType: 'data',
    fields: {
      digits: { type: 'string', required: true },
      locations: { type: 'json' },
      replyTime: { type: 'string' },
      privacy: { type: 'json' },
    },
  })),
  defineDocumentType(() => ({
    name: translatedTypeName('AftercareSchedule', locale),
    filePathPattern: `${locale}/aftercare-schedule.yaml`,
    contentType: 'data',
    fields: { nextSession: { type: 'json', required: true }, items: { type: 'json', required: true } },
  })),
  defineDocumentType(() => ({
    name: translatedTypeName('Regions', locale),
    filePathPattern: `${locale}/regions.yaml`,
    contentType: 'data',
    fields: { regions: { type: 'json', required: true } },
  })),
  defineDocumentType(() => ({
    name: translatedTypeName('Glossary', locale),
    filePathPattern: `${locale}/glossary.yaml`,
    contentType: 'data',
    fields: { terms: { type: 'json', required: true } },
  })),
])

export default makeSource({
  // CONTENT_DIR lets the tests build fixture folders through the same pipeline.
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  // Contentlayer's own exclusions, and each language's termbase: a word list the content step reads itself
  // (lib/content/termbase-check.ts), not a page or data Contentlayer has a type for.
  contentDirExclude: [
    'node_modules',
    '.git',
    '.yarn',
    '.cache',
    '.next',
    '.contentlayer',
    'package.json',
    'tsconfig.json',
    ...translatedLocales.map((locale) => `${locale}/termbase.yaml`),
  ],
  documentTypes: [Article, Faq, Site, AftercareSchedule, Regions, References, Glossary, ...translatedTypes],
  markdown: markdownPipeline,
  disableImportAliasWarning: true,
  // Contentlayer's defaults warn and drop the page; a bad edit must stop the build instead.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
})
