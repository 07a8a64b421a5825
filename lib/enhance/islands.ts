// The islands' names: each is the name of its script's entry (islands/<name>.tsx) and the key of its files in
// the bundles' manifest (lib/enhance/bundle.ts). A leaf module: the definitions (browser) and the pages'
// getStaticProps (server) both read it.
export const islandNames = {
  selfCheck: 'self-check',
  planner: 'planner',
  messageBuilder: 'message-builder',
} as const
