// Made-up articles for the build benchmark: valid content of about the real articles' length and
// shape (sections, subsections, lists, bold text, links to real sections and to each other), in
// plain words so that they pass the reading-grade limit. The wording varies with the index so no
// two pages are the same.
const sectionNames = [
  'Before you start',
  'What happens',
  'What to expect',
  'Looking after yourself',
  'Questions to ask',
  'When to get help',
]

const subjects = [
  'your scalp',
  'the dots',
  'your skin',
  'the colour',
  'your hairline',
  'the treated area',
  'your hair',
  'the pigment',
]
const verbs = ['check', 'look at', 'talk about', 'plan', 'think about', 'write down', 'ask about', 'keep an eye on']
const times = [
  'in the first week',
  'after a month',
  'before the session',
  'on the day',
  'over the years',
  'between sessions',
]

const pick = <T>(list: readonly T[], seed: number): T => list[Math.abs(seed) % list.length]!

function sentence(seed: number): string {
  return `You can ${pick(verbs, seed)} ${pick(subjects, seed * 7 + 3)} ${pick(times, seed * 5 + 1)}.`
}

function paragraph(seed: number): string {
  const lines = [
    `This part of the guide is about ${pick(subjects, seed)}.`,
    sentence(seed + 1),
    sentence(seed + 2),
    `Your practitioner will tell you what is best for you, so ask if you are not sure.`,
    'Every person is different, and that is normal.',
  ]
  return lines.join(' ')
}

function list(seed: number): string {
  return [0, 1, 2, 3]
    .map(
      (i) =>
        `- ${sentence(seed + i * 11)
          .replace(/^You can /, '')
          .replace(/^./, (c) => c.toUpperCase())}`,
    )
    .join('\n')
}

export const syntheticSlug = (index: number) => `sample-topic-${String(index).padStart(4, '0')}`

/**
 * The markdown file for synthetic article `index` (1-based) of `count`. It links to the previous
 * synthetic article (the first links to the last), so the link check has real work to do.
 */
export function syntheticArticle(index: number, count: number, order: number): { fileName: string; text: string } {
  const previous = syntheticSlug(index === 1 ? count : index - 1)
  const sections = sectionNames.map((name, s) => {
    const seed = index * 31 + s * 17
    return [
      `## ${name}`,
      paragraph(seed),
      `**A few things to ${pick(verbs, seed + 4)}:**`,
      list(seed + 5),
      `### More on ${pick(subjects, seed + 6)}`,
      paragraph(seed + 7),
      s === 0
        ? 'For the basics, see [how SMP works](/what-is-smp#how-smp-works) and [washing your scalp](/aftercare#washing-your-scalp).'
        : '',
      s === 1 ? `The last topic covers [what happens](/${previous}#what-happens) in more detail.` : '',
    ]
      .filter(Boolean)
      .join('\n\n')
  })
  const text = [
    '---',
    `title: Sample topic ${index} about SMP`,
    `description: A made-up page number ${index} for the build benchmark, about as long as a real article.`,
    `order: ${order}`,
    'lastReviewed: 2026-11-20',
    'nextReviewDue: 2027-11-20',
    '---',
    '',
    `This is sample page ${index}. ${paragraph(index)}`,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n')
  return { fileName: `${syntheticSlug(index)}.md`, text }
}
