// The signs of infection, shown in the aftercare plan beside the days after a session, when they
// matter. The numbers come from the clinic's country (content/regions.yaml).
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { infectionWarningId, requiredSections } from '@/lib/routes'
import type { Region } from '@/lib/site/regions'

export function InfectionWarning({ region }: { region: Region }) {
  return (
    <aside
      aria-labelledby={infectionWarningId}
      className="mt-3 break-inside-avoid rounded-md border-2 border-amber-700 bg-amber-50 p-4 print:mt-1 print:border print:bg-transparent print:p-1.5 print:text-[9pt] print:leading-snug"
    >
      <h3 id={infectionWarningId} className="font-semibold print:inline print:after:content-[':_']">
        While your scalp heals: signs of infection
      </h3>
      <p className="mt-1 print:mt-0 print:inline">
        Contact your {region.familyDoctor} the same day if pain, heat or swelling gets worse instead of better, if there
        is pus or spreading redness (on brown or black skin it can be harder to see), or if you feel hot and shivery.
        {region.urgentAdvice && ` You can also call ${region.urgentAdvice.name} on ${region.urgentAdvice.number}.`} If
        your face, lips or tongue swell, or you have trouble breathing, call{' '}
        <ContactLink kind="phone" look="strong" phone={region.emergencyNumber} />.
      </p>
      <p className="no-print mt-1 text-sm">
        <TextLink href={requiredSections.signsOfInfection}>Read more: signs of infection</TextLink>
      </p>
    </aside>
  )
}
