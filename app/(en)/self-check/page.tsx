import { SelfCheckPage, selfCheckMetadata } from '@/app/_pages/self-check-page'

export const generateMetadata = () => selfCheckMetadata('en')

export default function EnglishSelfCheckPage() {
  return <SelfCheckPage locale="en" />
}
