// The glossary (content/glossary.yaml): each term has its own /glossary#id, and the first use of a
// term on a page links there.
import { z } from 'zod'

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'must be lower-case words joined by hyphens: it becomes /glossary#id',
        }),
        term: z.string().trim().min(2).max(60),
        also: z.array(z.string().trim().min(2)).optional(),
        definition: z.string().trim().min(10).max(300, { error: 'must be at most 300 characters: one plain sentence' }),
      }),
    )
    .min(1),
})

export type Glossary = z.infer<typeof glossarySchema>
export type GlossaryTerm = Glossary['terms'][number]
