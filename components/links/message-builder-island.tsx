// The staff links page's island (components/islands/define.ts): the message builder. The list of pages with their
// checkboxes, addresses and QR codes stays plain HTML outside it.
import { defineIsland } from '@/components/islands/define'
import { islandNames } from '@/lib/enhance/islands'
import { MessageBuilder } from './MessageBuilder'

export const messageBuilderIsland = defineIsland<Parameters<typeof MessageBuilder>[0]>(
  islandNames.messageBuilder,
  (props) => <MessageBuilder {...props} />,
)
