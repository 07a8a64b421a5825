/** The environment for a `next` process the scripts start: Next's telemetry notice and reporting off. */
export function nextEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}
