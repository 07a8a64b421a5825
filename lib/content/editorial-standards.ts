// The editorial rules the content step enforces beyond the front-matter schema, in one place so an
// editor or developer can see (and, with good reason, change) every threshold.

/**
 * Highest Flesch-Kincaid grade allowed (a US school grade: 8 is read by most 13 to 14 year olds).
 * FAQ answers are short, so one long sentence moves their grade a lot; they still met the
 * articles' limit with room to spare when it was set (highest 7.2), so they share it.
 */
export const readingGradeLimits = { article: 8, faqAnswer: 8 } as const

/** FAQ answers have no nextReviewDue of their own: they are due this many months after lastReviewed. */
export const faqReviewIntervalMonths = 12

/** A review due within this many days is listed as "due soon" by `npm run content:report`. */
export const reviewSoonDays = 30

/**
 * The plain-language limits for Hindi (Flesch-Kincaid is for English): words in the longest sentence, and
 * the average words per sentence, of each article and FAQ answer.
 */
export const sentenceLengthLimits = { longest: 25, average: 15 } as const
