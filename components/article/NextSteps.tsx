import { Link } from '@/components/ui/Link'
import { staticRoutes } from '@/lib/routes'
import { PhoneLink } from '@/components/contact/PhoneLink'
import { mailtoHref, whatsappHref } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

/** The short call to action at the end of every article. */
export function NextSteps({ site }: { site: SiteSettings }) {
  return (
    <section aria-labelledby="next-steps" className="no-print mt-10 rounded-md bg-brand-50 p-5">
      <h2 id="next-steps" className="text-xl font-semibold">
        Next steps
      </h2>
      <ul className="mt-3 space-y-2">
        <li>
          <Link className="font-semibold text-brand-800 underline" href={staticRoutes.selfCheck}>
            Take the self-check
          </Link>{' '}
          to see what to ask about at a consultation.
        </li>
        <li>
          Call us on{' '}
          <PhoneLink className="text-brand-800 underline" phone={site.phone} />
          {site.whatsapp && (
            <>
              , <a className="text-brand-800 underline" href={whatsappHref(site.whatsapp)}>message us on WhatsApp</a>
            </>
          )}{' '}
          or <a className="text-brand-800 underline" href={mailtoHref(site.email)}>email us</a>.
        </li>
      </ul>
    </section>
  )
}
