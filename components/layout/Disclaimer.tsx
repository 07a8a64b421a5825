/** The site informs; it never diagnoses. Shown in the footer and at the end of every article. */
export function Disclaimer({ className = '' }: { className?: string }) {
  return (
    <p className={className}>
      This website gives general information to help you prepare for a consultation. It is not medical advice, it cannot
      diagnose you, and it cannot promise a result. Speak to your practitioner or a doctor about your own situation.
    </p>
  )
}
