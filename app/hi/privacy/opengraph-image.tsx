import { altIn, fixedPageImage } from '@/app/_og/image-route'

export { contentType, size } from '@/app/_og/image-route'
export const alt = altIn('hi')
export const dynamic = 'force-static' // the static export (npm run build) needs it said
export default fixedPageImage('privacy', 'hi')
