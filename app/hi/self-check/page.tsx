import { SelfCheckPage, selfCheckMetadata } from '@/app/_pages/self-check-page'

export const generateMetadata = () => selfCheckMetadata('hi')

export default function HindiSelfCheckPage() {
  return <SelfCheckPage locale="hi" />
}
