// A calm pointer to the aftercare planner, for the aftercare article and the home page, in the page's
// language. Server HTML only: it adds no JavaScript to the pages it is on.
import { TextLink } from '@/components/ui/TextLink'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { plannerPageWords } from '@/lib/i18n/words/planner-page'
import { sectionIds, staticRoutes } from '@/lib/routes'

export function PlannerCallout({ className = '', locale }: { className?: string; locale: Locale }) {
  const words = plannerPageWords[locale].callout
  return (
    <aside
      aria-labelledby={sectionIds.plannerCallout}
      className={`no-print rounded-lg border-2 border-brand-100 bg-white p-5 ${className}`}
    >
      <h2 id={sectionIds.plannerCallout} className="text-xl font-semibold">
        {words.heading}
      </h2>
      <p className="mt-2">{words.text}</p>
      <p className="mt-3">
        <TextLink look="strong" href={localePath(locale, staticRoutes.planner)}>
          {words.link}
        </TextLink>
      </p>
    </aside>
  )
}
