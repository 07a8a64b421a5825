import { fixedPageImage } from '@/components/og/imageRoute'

export { alt, contentType, size } from '@/components/og/imageRoute'
export default fixedPageImage('home')
