// The self-check page's script (/self-check, /hi/self-check).
import { selfCheckIsland } from '@/components/self-check/self-check-island'
import { hydrateIsland } from './hydrate'

hydrateIsland(selfCheckIsland)
