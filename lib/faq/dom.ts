/** Marks the answers' <details> elements on /faq, so the page's scripts touch only those. */
export const faqDetailsAttribute = 'data-faq-answer'
