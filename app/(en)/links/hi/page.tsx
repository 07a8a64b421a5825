import { StaffLinks, staffLinksMetadata } from '../staff-links'

export const generateMetadata = () => staffLinksMetadata('hi')

export default function HindiLinksPage() {
  return <StaffLinks locale="hi" />
}
