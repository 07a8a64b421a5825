import { fixedPageImage } from '@/components/og/imageRoute'

export { alt, contentType, size } from '@/components/og/imageRoute'
export const dynamic = 'force-static' // the static export (npm run build:static) needs it said
export default fixedPageImage('planner')
