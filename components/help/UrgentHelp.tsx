// Where to get help when something seems wrong and the clinic is closed: the clinic's country's
// numbers (content/regions.yaml), on every article, the FAQ and the planner. Server HTML only.
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { requiredSections, sectionIds } from '@/lib/routes'
import type { Region } from '@/lib/site/regions'

export function UrgentHelp({ region, className = '' }: { region: Region; className?: string }) {
  const { emergencyNumber, urgentAdvice, otherNumbers, familyDoctor } = region
  return (
    <aside
      aria-labelledby={sectionIds.urgentHelp}
      className={`urgent-help rounded-lg border-2 border-amber-700 bg-amber-50 p-5 ${className}`}
    >
      <h2 id={sectionIds.urgentHelp} className="text-xl font-semibold">
        If you need help urgently
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <strong>
            Call <ContactLink kind="phone" look="strong" phone={emergencyNumber} /> now
          </strong>{' '}
          if your face, lips or tongue swell, or you have trouble breathing.
        </li>
        <li>
          Contact your {familyDoctor} the same day if pain, heat or swelling gets worse instead of better, if there is
          pus or spreading redness (on brown or black skin it can be harder to see), or if you feel hot and shivery.
          {urgentAdvice && (
            <>
              {' '}
              You can also call {urgentAdvice.name} on{' '}
              <ContactLink kind="phone" look="strong" phone={urgentAdvice.number} /> {urgentAdvice.purpose}.
            </>
          )}
        </li>
        {otherNumbers?.map((other) => (
          <li key={other.number}>
            {other.label}: <ContactLink kind="phone" look="strong" phone={other.number} />
          </li>
        ))}
        <li>Do not wait for the clinic to open: these services can help when we are closed.</li>
      </ul>
      <p className="mt-3">
        <TextLink look="strong" href={requiredSections.gettingHelpUrgently}>
          What to do if something goes wrong
        </TextLink>
      </p>
    </aside>
  )
}
