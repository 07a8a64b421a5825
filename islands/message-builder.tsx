// The staff links pages' script (/links, /links/hi).
import { messageBuilderIsland } from '@/components/links/message-builder-island'
import { hydrateIsland } from './hydrate'

hydrateIsland(messageBuilderIsland)
