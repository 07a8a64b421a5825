// An island: the one interactive part of a page, rendered to HTML at build time with React and hydrated in the
// browser by its own small script (islands/<name>.tsx, bundled by scripts/enhance/build.ts). The same `render`
// runs on both sides, so the first render in the browser matches the HTML exactly.
//
// Its props travel in the HTML as JSON (an attribute, not a script, so the page needs no inline script). What
// the island shows but never changes (a checklist, a share menu, a warning) is a *slot*: rendered on the server
// only and kept as it is in the browser, so its code never reaches the island's bundle.
import type { ReactNode } from 'react'

export type IslandSlots<S extends string> = Readonly<Record<S, ReactNode>>

export type IslandDefinition<P, S extends string = never> = {
  /** Also the entry file's name: islands/<name>.tsx. */
  readonly name: string
  readonly render: (props: P, slots: IslandSlots<S>) => ReactNode
}

export const defineIsland = <P, S extends string = never>(
  name: string,
  render: (props: P, slots: IslandSlots<S>) => ReactNode,
): IslandDefinition<P, S> => ({ name, render })

/** The markers the server writes and the browser reads. */
export const islandMarkers = {
  /** On the island's root element: its name. */
  island: 'data-island',
  /** On the island's root element: its props as JSON. */
  props: 'data-island-props',
  /** Around each slot's HTML: the slot's name. */
  slot: 'data-island-slot',
} as const

/** The slot's wrapper takes no room of its own (display: contents), so a slot lays out as its content does. */
export const slotClassName = 'contents'
