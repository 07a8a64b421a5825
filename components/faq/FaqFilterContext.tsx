'use client'
// The filter's state, shared by the search box and the server-rendered questions it shows or hides.
// Without JavaScript (or before it loads) nothing is hidden.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { filterFaqs, queryTerms, type FaqSearchItem } from '@/lib/faq/filter'
import type { FaqCategory } from '@/lib/content/schema'

type FilterState = {
  query: string
  setQuery: (query: string) => void
  /** null when there is no query: everything shows. */
  visibleIds: ReadonlySet<string> | null
  visibleCategories: ReadonlySet<FaqCategory> | null
}

const FilterContext = createContext<FilterState | null>(null)

export function useFaqFilter(): FilterState {
  const state = useContext(FilterContext)
  if (!state) throw new Error('useFaqFilter must be used inside <FaqFilterProvider>')
  return state
}

/** The filter state when there is one (for parts that also work without a filter). */
export const useOptionalFaqFilter = (): FilterState | null => useContext(FilterContext)

export function FaqFilterProvider({ items, children }: { items: FaqSearchItem[]; children: ReactNode }) {
  const [query, setQuery] = useState('')
  const value = useMemo<FilterState>(() => {
    if (queryTerms(query).length === 0) return { query, setQuery, visibleIds: null, visibleCategories: null }
    const matches = filterFaqs(items, query)
    return {
      query,
      setQuery,
      visibleIds: new Set(matches.map((item) => item.id)),
      visibleCategories: new Set(matches.map((item) => item.category)),
    }
  }, [items, query])
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>
}

/** A category's section: hidden while a filter leaves it with no questions. */
export function FilterableCategory({ category, className, labelledBy, children }: { category: FaqCategory; className?: string; labelledBy: string; children: ReactNode }) {
  const { visibleCategories } = useFaqFilter()
  return (
    <section aria-labelledby={labelledBy} className={className} hidden={visibleCategories ? !visibleCategories.has(category) : undefined}>
      {children}
    </section>
  )
}

/** One question's list item: hidden while a filter does not match it. */
export function FilterableItem({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const { visibleIds } = useFaqFilter()
  return (
    <li className={className} hidden={visibleIds ? !visibleIds.has(id) : undefined}>
      {children}
    </li>
  )
}
