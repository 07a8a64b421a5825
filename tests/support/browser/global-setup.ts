import type { TestProject } from 'vitest/node'
import { startNext } from '@/tests/support/browser/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startNext()
  project.provide('baseUrl', server.baseUrl)
  return server.stop
}
