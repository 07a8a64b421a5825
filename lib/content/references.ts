// The sources articles cite with [@id] (content/references.yaml).
import { z } from 'zod'

export const referencesSchema = z.strictObject({
  notes: z.strictObject({ clinicSources: z.string().trim().min(20), evidence: z.string().trim().min(20) }),
  sources: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
        kind: z.enum(['paper', 'guidance'], { error: 'must be paper or guidance' }),
        citation: z.string().trim().min(20, { error: 'must be a full citation' }),
        url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
      }),
    )
    .min(1),
})

export type References = z.infer<typeof referencesSchema>
export type Source = References['sources'][number]
