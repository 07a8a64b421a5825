// Type guards for data from outside (storage, JSON, form posts), shared so every check of
// "a plain object" means the same. Framework-free and zod-free: safe in the browser.

/** A non-null object that is not an array (what JSON.parse gives for `{...}`). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True when every own key of `value` is one of `keys` (a strict schema's "no unknown keys"). */
export function hasOnlyKeys(value: object, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key))
}
