// The schedule's "read more" links: each must land on a section that exists (checked in the content
// step), and the planner names each link by that section's heading.
import type { ContentProblem } from '@/lib/content/model'
import type { LinkTargets } from '@/lib/content/links'
import type { AftercareSchedule } from './types'

/** Every readMore in the schedule with the field it is in, e.g. "items[3].readMore". */
export function readMoreFields(schedule: AftercareSchedule): { field: string; href: string; where: string }[] {
  return [
    { field: 'nextSession.readMore', href: schedule.nextSession.readMore, where: '' },
    ...schedule.items.map((item, index) => ({
      field: `items[${index}].readMore`,
      href: item.readMore,
      where: ` (the item “${item.title}”)`,
    })),
  ]
}

/** Problems with readMore links that go to a page or section that does not exist. */
export function readMoreProblems(schedule: AftercareSchedule, file: string, targets: LinkTargets): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const { field, href, where } of readMoreFields(schedule)) {
    const [path = '', hash = ''] = href.split('#', 2)
    const ids = targets.get(path)
    const problem = !targets.has(path)
      ? `"${href}" goes to a page that does not exist`
      : !ids
        ? `"${href}" must go to a section of an article, e.g. /aftercare#washing-your-scalp`
        : !ids.has(hash)
          ? `"${href}" goes to a section "#${hash}" that ${path} does not have`
          : undefined
    if (problem) problems.push({ file, field, message: problem + where })
  }
  return problems
}

type PageWithHeadings = { path: string; headings: { id: string; text: string }[] }

/** href → the heading it lands on ("/aftercare#shaving" → "Shaving"), for link text that says where it goes. */
export function readMoreTitles(schedule: AftercareSchedule, pages: PageWithHeadings[]): Record<string, string> {
  const titles: Record<string, string> = {}
  for (const { href } of readMoreFields(schedule)) {
    const [path, hash] = href.split('#', 2)
    const heading = pages.find((page) => page.path === path)?.headings.find((h) => h.id === hash)
    if (heading) titles[href] = heading.text
  }
  return titles
}
