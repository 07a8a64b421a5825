import { fixedPageImage } from '@/app/_og/image-route'

export { alt, contentType, size } from '@/app/_og/image-route'
export const dynamic = 'force-static' // the static export (npm run build) needs it said
export default fixedPageImage('privacy', 'en')
