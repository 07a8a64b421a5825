// The signs of infection, shown in the aftercare plan beside the days after a session, when they
// matter, in the page's language. The numbers come from the clinic's country (content/regions.yaml);
// they stay in the digits a phone's keypad shows, as they are numbers to dial.
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { fill } from '@/lib/i18n/fill'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { plannerPageWords } from '@/lib/i18n/words/planner-page'
import { infectionWarningId, requiredSections } from '@/lib/routes'
import type { Region } from '@/lib/site/regions'

export function InfectionWarning({ region, locale }: { region: Region; locale: Locale }) {
  const words = plannerPageWords[locale].infection
  // The emergency number is a link that dials it, in the middle of the sentence.
  const [beforeNumber = '', afterNumber = ''] = words.emergency.split('{emergency}')
  return (
    <aside
      aria-labelledby={infectionWarningId}
      className="mt-3 break-inside-avoid rounded-md border-2 border-amber-700 bg-amber-50 p-4 print:mt-1 print:border print:bg-transparent print:p-1.5 print:text-[9pt] print:leading-snug"
    >
      <h3 id={infectionWarningId} className="font-semibold print:inline print:after:content-[':_']">
        {words.heading}
      </h3>
      <p className="mt-1 print:mt-0 print:inline">
        {fill(words.text, { familyDoctor: region.familyDoctor })}
        {region.urgentAdvice &&
          fill(words.urgentAdvice, { name: region.urgentAdvice.name, number: region.urgentAdvice.number })}
        {beforeNumber}
        <ContactLink kind="phone" look="strong" phone={region.emergencyNumber} />
        {afterNumber}
      </p>
      <p className="no-print mt-1 text-sm">
        <TextLink href={localePath(locale, requiredSections.signsOfInfection)}>{words.readMore}</TextLink>
      </p>
    </aside>
  )
}
