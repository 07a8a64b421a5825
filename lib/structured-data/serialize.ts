/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" are written as \u escapes so no
 * text can close the script tag or open a comment; the JSON still parses to the same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
