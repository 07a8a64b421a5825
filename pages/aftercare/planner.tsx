import type { PageConfig } from 'next'
import { PlannerPage } from '@/components/planner/PlannerPage'
import { plannerStaticProps } from '@/lib/pages/planner-page'

// A page with an island: prerendered HTML; no framework runtime, only the island's own script (see README, "Folders").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = plannerStaticProps('en')

export default PlannerPage
