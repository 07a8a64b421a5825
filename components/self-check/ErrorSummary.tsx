import { useEffect, useRef } from 'react'
import { linkClass } from '@/components/ui/classes'

/** GOV.UK error summary: focused when it appears, each error a link to its field. */
export function ErrorSummary({ title, errors }: { title: string; errors: { href: string; text: string }[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [errors])
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" className="mb-6 border-4 border-red-700 p-4">
      <div role="alert">
        <h2 id="error-summary-title" className="text-xl font-bold">
          {title}
        </h2>
        <ul className="mt-2">
          {errors.map((error) => (
            <li key={error.href}>
              <a className={linkClass('error')} href={error.href}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
