/** Paths relative to `root`, sorted. `entryFolders`: folders whose every module is browser code. */
export function browserModules(root: string, options?: { entryFolders?: string[] }): string[]
/** The folders whose every module is browser code: the enhancements and the islands' scripts. */
export const browserEntryFolders: string[]
