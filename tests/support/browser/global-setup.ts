import type { TestProject } from 'vitest/node'
import { startStaticServer } from '@/tests/support/browser/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

// The static build in out/, served as `npm start` serves it: the one way the site is served.
export default async function setup(project: TestProject) {
  const server = await startStaticServer()
  project.provide('baseUrl', server.baseUrl)
  return server.stop
}
