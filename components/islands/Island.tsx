// An island on a page (see define.ts): its HTML, its props for the browser and its script. Server only: the
// page's getStaticProps reads where the island's files are (islandBundle() in lib/enhance/bundle.ts) and passes them in.
import Head from 'next/head'
import type { ReactNode } from 'react'
import type { IslandBundle } from '@/lib/enhance/bundle'
import { islandMarkers, slotClassName, type IslandDefinition, type IslandSlots } from './define'

type Props<P, S extends string> = {
  island: IslandDefinition<P, S>
  props: P
  /** Where its files are: the page's props (islandBundle() in getStaticProps). */
  bundle: IslandBundle
} & ([S] extends [never] ? { slots?: undefined } : { slots: IslandSlots<S> })

export function Island<P, S extends string = never>({ island, props, bundle, slots }: Props<P, S>) {
  const wrapped = Object.fromEntries(
    Object.entries<ReactNode>(slots ?? {}).map(([name, node]) => [
      name,
      <div key={name} {...{ [islandMarkers.slot]: name }} className={slotClassName}>
        {node}
      </div>,
    ]),
  ) as IslandSlots<S>
  return (
    <>
      <Head>
        {bundle.preload.map((href) => (
          <link key={href} rel="modulepreload" href={href} fetchPriority="low" />
        ))}
      </Head>
      <div {...{ [islandMarkers.island]: island.name, [islandMarkers.props]: JSON.stringify(props) }}>
        {island.render(props, wrapped)}
      </div>
      {/* `next dev` hydrates the whole page itself (its runtime is only switched off in production builds). */}
      {process.env.NODE_ENV !== 'development' && <script type="module" src={bundle.src} />}
    </>
  )
}
