// The self-check as an island (components/islands/define.ts): its flow in the browser; the printed checklist and
// the share menu are slots, rendered on the server only.
import { defineIsland } from '@/components/islands/define'
import { islandNames } from '@/lib/enhance/islands'
import { SelfCheck, type SelfCheckProps } from './SelfCheck'

export type SelfCheckIslandProps = Omit<SelfCheckProps, 'checklist' | 'share'>

export const selfCheckIsland = defineIsland<SelfCheckIslandProps, 'checklist' | 'share'>(
  islandNames.selfCheck,
  (props, { checklist, share }) => <SelfCheck {...props} checklist={checklist} share={share} />,
)
