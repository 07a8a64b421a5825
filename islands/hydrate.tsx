// Hydrates an island (components/islands/define.ts) in the browser: finds its root in the server HTML, reads its
// props, keeps its slots' HTML as it is, and hands the rest to React. Each islands/<name>.tsx calls it once.
import type { ReactElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { islandMarkers, slotClassName, type IslandDefinition } from '@/components/islands/define'

type CapturedSlot = { html: string; nodes: ChildNode[] }

/**
 * A slot in the browser: the server's HTML, never rendered again. When the island shows it again (after a step
 * that hid it), the original nodes come back, with anything the page's enhancement script attached to them.
 */
function Slot({ name, captured }: { name: string; captured: CapturedSlot }) {
  return (
    <div
      {...{ [islandMarkers.slot]: name }}
      className={slotClassName}
      dangerouslySetInnerHTML={{ __html: captured.html }}
      ref={(element) => {
        if (element && captured.nodes.length > 0 && element.firstChild !== captured.nodes[0])
          element.replaceChildren(...captured.nodes)
      }}
    />
  )
}

/** The island's own slots (not those of an island inside it), by name. */
function captureSlots(root: HTMLElement) {
  const slots: Record<string, ReactElement> = {}
  for (const element of root.querySelectorAll<HTMLElement>(`[${islandMarkers.slot}]`)) {
    if (element.parentElement?.closest(`[${islandMarkers.island}]`) !== root) continue
    const name = element.getAttribute(islandMarkers.slot)!
    slots[name] = <Slot name={name} captured={{ html: element.innerHTML, nodes: [...element.childNodes] }} />
  }
  return slots
}

/** Returns how many of the page's islands of this kind it hydrated (0 when their props would not parse). */
export function hydrateIsland<P, S extends string>(island: IslandDefinition<P, S>, doc: Document = document): number {
  let hydrated = 0
  for (const root of doc.querySelectorAll<HTMLElement>(`[${islandMarkers.island}="${island.name}"]`)) {
    let props: P
    try {
      props = JSON.parse(root.getAttribute(islandMarkers.props) ?? '') as P
    } catch {
      // The server HTML stays as it is: it works without JavaScript.
      console.error(`The ${island.name} island's props would not parse; it stays as plain HTML.`)
      continue
    }
    const slots = captureSlots(root) as Record<S, ReactElement>
    hydrateRoot(root, island.render(props, slots))
    hydrated++
  }
  return hydrated
}
