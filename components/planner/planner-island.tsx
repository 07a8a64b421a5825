// The aftercare planner as an island (components/islands/define.ts): the plan and the patient's dates in the
// browser; the signs of infection under "the days after" are a slot, rendered on the server only.
import { defineIsland } from '@/components/islands/define'
import { islandNames } from '@/lib/enhance/islands'
import { AftercarePlanner, type PlannerProps } from './AftercarePlanner'

export type PlannerIslandProps = Omit<PlannerProps, 'stageNotes'>

export const plannerIsland = defineIsland<PlannerIslandProps, 'afterNote'>(
  islandNames.planner,
  (props, { afterNote }) => <AftercarePlanner {...props} stageNotes={{ after: afterNote }} />,
)
