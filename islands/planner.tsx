// The aftercare planner page's script (/aftercare/planner, /hi/aftercare/planner).
import { plannerIsland } from '@/components/planner/planner-island'
import { hydrateIsland } from './hydrate'

hydrateIsland(plannerIsland)
