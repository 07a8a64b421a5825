// A calm pointer to the aftercare planner, for the aftercare article and the home page. Server
// HTML only: it adds no JavaScript to the pages it is on.
import { TextLink } from '@/components/ui/TextLink'
import { sectionIds, staticRoutes } from '@/lib/routes'

export function PlannerCallout({ className = '' }: { className?: string }) {
  return (
    <aside
      aria-labelledby={sectionIds.plannerCallout}
      className={`no-print rounded-lg border-2 border-brand-100 bg-white p-5 ${className}`}
    >
      <h2 id={sectionIds.plannerCallout} className="text-xl font-semibold">
        Your aftercare, day by day
      </h2>
      <p className="mt-2">
        Enter the date of your session to see what to do on each day, when things like swimming are usually OK again,
        and add the dates to your calendar or print them.
      </p>
      <p className="mt-3">
        <TextLink look="strong" href={staticRoutes.planner}>
          Open the aftercare planner
        </TextLink>
      </p>
    </aside>
  )
}
