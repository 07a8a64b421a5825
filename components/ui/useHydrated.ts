import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** False in the server HTML and during hydration, true once JavaScript runs: for controls that need it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
