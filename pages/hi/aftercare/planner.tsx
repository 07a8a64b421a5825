import type { PageConfig } from 'next'
import { PlannerPage } from '@/components/planner/PlannerPage'
import { plannerStaticProps } from '@/lib/pages/planner-page'

// The planner in Hindi (/hi/aftercare/planner): the same page and island as the English.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = plannerStaticProps('hi')

export default PlannerPage
