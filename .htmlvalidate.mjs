// html-validate's settings for the built pages: tests/browser/html-validate.test.ts checks every page with them, and
// `npx html-validate out/faq.html` checks one file. The recommended rules apply. Only rules about how markup is
// written, which React's output breaks without any effect on the page, are off or set to what HTML allows, each with
// its reason; whatever else the validator finds is fixed in the markup. `no-inline-style` stays on: the
// Content-Security-Policy (lib/security/headers.ts) blocks inline styles, so one would not apply anyway.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Style: React writes void elements as `<meta/>`, `<input/>`, `<wbr/>`; both forms are valid HTML.
    'void-style': 'off',
    // Style: React writes boolean attributes as `disabled=""`, `async=""`; valid HTML, same meaning as `disabled`.
    'attribute-boolean-style': 'off',
    // Style: React writes `hidden=""`; valid HTML, same meaning as `hidden`.
    'attribute-empty-style': 'off',
    // Style: attribute names are case-insensitive in HTML and React writes some in camelCase (`charSet`, `dateTime`).
    'attr-case': 'off',
    // Framework: React's useId() makes ids such as `_R_2hb_-input`; HTML allows any id without spaces, so check that.
    'valid-id': ['error', { relaxed: true }],
    // Kept on, with the site's way of keeping a number on one line: the `whitespace-nowrap` class (components/contact/PhoneLink.tsx).
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
  },
}
