// schema.org MedicalWebPage for an article: who it is for, what it is about, when it was reviewed
// and by whom, and who publishes it. Built from the front matter, never written per page.
import type { MedicalProcedure, MedicalWebPage, WithContext } from 'schema-dts'
import type { Article } from '@/lib/content/model'
import { articlePath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'
import { buildClinic } from './clinic'

/** What every article is about: the procedure itself. */
export const smpProcedure = {
  '@type': 'MedicalProcedure',
  name: 'Scalp micropigmentation',
  alternateName: 'SMP',
  procedureType: 'https://schema.org/NoninvasiveProcedure',
  bodyLocation: 'Scalp',
} as const satisfies MedicalProcedure

type ArticleFields = Pick<Article, 'slug' | 'title' | 'description' | 'lastReviewed' | 'reviewedBy'>

export function buildMedicalWebPage(site: SiteSettings, article: ArticleFields) {
  const url = absoluteUrl(site, articlePath(article.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${url}#page`,
    url,
    name: article.title,
    description: article.description,
    inLanguage: 'en-GB',
    lastReviewed: article.lastReviewed,
    ...(article.reviewedBy
      ? { reviewedBy: { '@type': 'Person', name: article.reviewedBy.name, jobTitle: article.reviewedBy.role } as const }
      : {}),
    about: smpProcedure,
    audience: 'https://schema.org/Patient',
    publisher: buildClinic(site),
  } as const satisfies WithContext<MedicalWebPage>
}
