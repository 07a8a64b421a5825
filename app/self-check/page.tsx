export const metadata = { title: 'Am I a candidate? Self-check', description: 'Answer a few questions to see whether SMP may suit you, or what to talk about first.' }
export default function SelfCheckPage() {
  return <h1 className="text-3xl font-bold">Am I a candidate for SMP?</h1>
}
