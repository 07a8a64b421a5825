import { Link } from '@/components/ui/Link'
import { linkClass } from '@/components/ui/classes'
import { hash, homeSectionIds, sectionHref, sectionIds, staticRoutes } from '@/lib/routes'

// A short list that wraps on a 360 px phone, so the navigation needs no JavaScript and no menu button.
const navigation = [
  { href: sectionHref(staticRoutes.home, homeSectionIds.topics), label: 'Topics' },
  { href: staticRoutes.faq, label: 'FAQ' },
  { href: staticRoutes.selfCheck, label: 'Self-check' },
  { href: hash(sectionIds.contact), label: 'Contact' },
]

export function SiteHeader({ clinicName }: { clinicName: string }) {
  return (
    <header className="border-b-4 border-brand-700 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={staticRoutes.home} className="text-lg font-bold no-underline hover:underline">
          {clinicName}
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {navigation.map((item) => (
              <li key={item.href}>
                {item.href.startsWith('#') ? (
                  // A place on this very page: a plain link (the Pages Router's Link would prefix the page's own path).
                  <a href={item.href} className={linkClass('nav')}>
                    {item.label}
                  </a>
                ) : (
                  <Link href={item.href} className={linkClass('nav')}>
                    {item.label}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
