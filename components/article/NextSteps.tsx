import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { sectionIds, staticRoutes } from '@/lib/routes'
import type { SiteSettings } from '@/lib/site/schema'

/** The short call to action at the end of every article. */
export function NextSteps({ site }: { site: SiteSettings }) {
  return (
    <section aria-labelledby={sectionIds.nextSteps} className="no-print mt-10 rounded-md bg-brand-50 p-5">
      <h2 id={sectionIds.nextSteps} className="text-xl font-semibold">
        Next steps
      </h2>
      <ul className="mt-3 space-y-2">
        <li>
          <TextLink look="strong" href={staticRoutes.selfCheck}>
            Take the self-check
          </TextLink>{' '}
          to see what to ask about at a consultation.
        </li>
        <li>
          Call us on <ContactLink kind="phone" phone={site.phone} />
          {site.whatsapp && (
            <>
              ,{' '}
              <ContactLink kind="whatsapp" number={site.whatsapp}>
                message us on WhatsApp
              </ContactLink>
            </>
          )}{' '}
          or{' '}
          <ContactLink kind="email" email={site.email}>
            email us
          </ContactLink>
          .
        </li>
      </ul>
    </section>
  )
}
