import type { Locale } from '@/lib/i18n/locales'

/**
 * `locale` for the layout components that take it once the integrator's change lands (NotFound, TopicCards,
 * Breadcrumbs, Disclaimer, DocumentHead: components/layout and components/seo). Spread as untyped props until
 * then, so this branch compiles on its own; after the merge write `locale={locale}` instead.
 */
export const layoutLocale = (locale: Locale): object => ({ locale })
