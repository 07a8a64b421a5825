import { fillNodes } from '@/components/article/fill-nodes'
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { articleWords } from '@/lib/i18n/words/article'
import { sectionIds, staticRoutes } from '@/lib/routes'
import type { SiteSettings } from '@/lib/site/schema'

/** The short call to action at the end of every article. */
export function NextSteps({ site, locale }: { site: SiteSettings; locale: Locale }) {
  const words = articleWords[locale].nextSteps
  return (
    <section aria-labelledby={sectionIds.nextSteps} className="no-print mt-10 rounded-md bg-brand-50 p-5">
      <h2 id={sectionIds.nextSteps} className="text-xl font-semibold">
        {words.heading}
      </h2>
      <ul className="mt-3 space-y-2">
        <li>
          {fillNodes(words.selfCheck, {
            link: (
              <TextLink look="strong" href={localePath(locale, staticRoutes.selfCheck)}>
                {words.selfCheckLink}
              </TextLink>
            ),
          })}
        </li>
        <li>
          {fillNodes(site.whatsapp ? words.contact : words.contactNoWhatsapp, {
            phone: <ContactLink kind="phone" phone={site.phone} />,
            whatsapp: site.whatsapp && (
              <ContactLink kind="whatsapp" number={site.whatsapp}>
                {words.whatsapp}
              </ContactLink>
            ),
            email: (
              <ContactLink kind="email" email={site.email}>
                {words.email}
              </ContactLink>
            ),
          })}
        </li>
      </ul>
    </section>
  )
}
