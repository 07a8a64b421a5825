import type { Metadata } from 'next'
import { AnswerChecklist } from '@/components/self-check/AnswerChecklist'
import { SelfCheck } from '@/components/self-check/SelfCheck'
import { getSite } from '@/lib/content'
import { staticRoutes } from '@/lib/routes'

export const metadata: Metadata = {
  title: 'Am I a candidate? Self-check',
  description: 'Answer a few short questions to see whether SMP may suit you, or what to wait for or talk to a doctor about first.',
  alternates: { canonical: staticRoutes.selfCheck },
}

export default function SelfCheckPage() {
  const { name, phone, whatsapp, email, bookingUrl } = getSite()
  return (
    <div className="mx-auto max-w-3xl">
      <SelfCheck checklist={<AnswerChecklist />} contact={{ name, phone, whatsapp, email, bookingUrl }} clinicName={name} />
    </div>
  )
}
