export function References({ references }: { references?: string[] }) {
  if (!references?.length) return null
  return (
    <section aria-labelledby="references" className="mt-10">
      <h2 id="references" className="text-xl font-semibold">
        References
      </h2>
      <p className="mt-2 text-sm text-muted">Published papers that facts on this page come from.</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {references.map((reference) => (
          <li key={reference}>{reference}</li>
        ))}
      </ol>
    </section>
  )
}
