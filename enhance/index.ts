// The documents' only script (pages/: articles, home, FAQ, 404): small enhancements of HTML that works
// without it. Bundled by scripts/enhance/build.ts into public/assets/ and loaded as a module by
// pages/_document.tsx. Each part does nothing on a page without its markup.
import { enhanceCopyButtons } from './copy'
import { enhanceFaq } from './faq'
import { enhanceFeedback } from './feedback'
import { enhanceHeadingAnchors } from './heading-anchors'
import { enhanceLanguageSwitch } from './language-switch'
import { enhanceShareMenus } from './share'

// Copy buttons first: the share menus hold some, and a menu the share sheet replaces is out of the document.
enhanceCopyButtons()
enhanceShareMenus()
enhanceHeadingAnchors()
enhanceFaq()
enhanceLanguageSwitch()
enhanceFeedback()
