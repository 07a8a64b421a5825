export const metadata = { title: 'Frequently asked questions', description: 'Short, plain answers to the questions people ask most about scalp micropigmentation.' }
export default function FaqPage() {
  return <h1 className="text-3xl font-bold">Frequently asked questions</h1>
}
