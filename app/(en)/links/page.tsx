import { StaffLinks, staffLinksMetadata } from './staff-links'

export const generateMetadata = () => staffLinksMetadata('en')

export default function LinksPage() {
  return <StaffLinks locale="en" />
}
