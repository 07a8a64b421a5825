'use client'
// Which pages and sections staff have ticked for a message: shared by the server-rendered checkboxes
// and the message builder. Before JavaScript runs the checkboxes are disabled, since nothing reads them.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { useHydrated } from '@/components/ui/useHydrated'

type Selection = {
  selected: ReadonlySet<string>
  setTicked: (url: string, ticked: boolean) => void
  clear: () => void
}

const SelectionContext = createContext<Selection | null>(null)

export function useLinkSelection(): Selection {
  const selection = useContext(SelectionContext)
  if (!selection) throw new Error('useLinkSelection must be used inside <LinkSelectionProvider>')
  return selection
}

export function LinkSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const setTicked = useCallback((url: string, ticked: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      if (ticked) next.add(url)
      else next.delete(url)
      return next
    })
  }, [])
  const clear = useCallback(() => setSelected(new Set()), [])
  const value = useMemo(() => ({ selected, setTicked, clear }), [selected, setTicked, clear])
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>
}

/** A checkbox for one link; its label is the <label> around it (the page's or section's title). */
export function LinkCheckbox({ url }: { url: string }) {
  const hydrated = useHydrated()
  const { selected, setTicked } = useLinkSelection()
  return (
    <input
      type="checkbox"
      value={url}
      disabled={!hydrated}
      checked={selected.has(url)}
      onChange={(event) => setTicked(url, event.currentTarget.checked)}
      className="mt-1 size-5 shrink-0 accent-brand-700"
    />
  )
}
