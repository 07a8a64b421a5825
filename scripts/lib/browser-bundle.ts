// How every script the site sends is bundled with esbuild (scripts/enhance/build.ts: the enhancements and the
// islands; scripts/search/build.ts: the search page's script): one set of options, so they are built alike.
import type { BuildOptions } from 'esbuild'

export const browserBundleOptions: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  write: false,
  alias: { '@': '.' },
  legalComments: 'none',
  // React's production build: no development checks or warnings in a patient's browser.
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
}
