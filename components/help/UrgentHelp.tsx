// Where to get help when something seems wrong and the clinic is closed: the clinic's country's
// numbers (content/regions.yaml, in the page's language), on every article, the FAQ and the planner. Server HTML only.
import { fillNodes } from '@/components/article/fill-nodes'
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { helpWords } from '@/lib/i18n/words/help'
import { requiredSections, sectionIds } from '@/lib/routes'
import type { Region } from '@/lib/site/regions'

type Props = {
  /** The region in the page's language (getContent(locale).region). */
  region: Region
  className?: string
  locale: Locale
}

export function UrgentHelp({ region, className = '', locale }: Props) {
  const { emergencyNumber, urgentAdvice, otherNumbers, familyDoctor } = region
  const words = helpWords[locale].urgent
  const phone = (number: string) => <ContactLink kind="phone" look="strong" phone={number} />
  return (
    <aside
      aria-labelledby={sectionIds.urgentHelp}
      className={`urgent-help rounded-lg border-2 border-amber-700 bg-amber-50 p-5 ${className}`}
    >
      <h2 id={sectionIds.urgentHelp} className="text-xl font-semibold">
        {words.heading}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          {fillNodes(words.emergency, {
            callNow: <strong>{fillNodes(words.callNow, { number: phone(emergencyNumber) })}</strong>,
          })}
        </li>
        <li>
          {fillNodes(words.sameDay, { familyDoctor })}
          {urgentAdvice && (
            <>
              {' '}
              {fillNodes(words.urgentAdvice, {
                name: urgentAdvice.name,
                number: phone(urgentAdvice.number),
                purpose: urgentAdvice.purpose,
              })}
            </>
          )}
        </li>
        {otherNumbers?.map((other) => (
          <li key={other.number}>
            {other.label}: {phone(other.number)}
          </li>
        ))}
        <li>{words.dontWait}</li>
      </ul>
      <p className="mt-3">
        <TextLink look="strong" href={localePath(locale, requiredSections.gettingHelpUrgently)}>
          {words.whatToDo}
        </TextLink>
      </p>
    </aside>
  )
}
