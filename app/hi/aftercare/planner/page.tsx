// /hi/aftercare/planner: the planner in Hindi, under the Hindi root layout (app/hi/layout.tsx, <html lang="hi">).
import { plannerMetadata, PlannerRoute } from '@/app/_pages/planner-page'

export const generateMetadata = () => plannerMetadata('hi')

export default function HindiPlannerPage() {
  return <PlannerRoute locale="hi" />
}
