// /aftercare/planner: the aftercare article's schedule as a patient's own dated plan. A static
// folder beside app/[slug], so /aftercare stays the article and any other /<article>/planner is a 404.
import { plannerMetadata, PlannerRoute } from '@/app/_pages/planner-page'

export const generateMetadata = () => plannerMetadata('en')

export default function EnglishPlannerPage() {
  return <PlannerRoute locale="en" />
}
