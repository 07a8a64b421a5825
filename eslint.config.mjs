// ESLint (flat config): Next's rules (React, hooks, accessibility, imports, Next's own), typescript-eslint,
// jsx-a11y's recommended set, and the import rules that keep server code out of the browser.
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { browserEntryFolders, browserModules } from './scripts/lint/browser-modules.mjs'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('.', import.meta.url))

// TypeScript 7 (the `typescript` package, which runs `tsc` and Next's type check) has no JavaScript API, and
// typescript-eslint needs one: in this process `require('typescript')` gets the TypeScript 6 API package that
// Microsoft publishes for tools (@typescript/typescript6). Drop this when typescript-eslint supports TS 7.
const Module = require('node:module')
const typescriptApi = require.resolve('@typescript/typescript6')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? typescriptApi : request, ...rest)
}

const nextCoreWebVitals = require('eslint-config-next/core-web-vitals')
const nextTypescript = require('eslint-config-next/typescript')
const jsxA11y = require('eslint-plugin-jsx-a11y')

// What browser code must never import, each with the reason given where the rule comes from.
const browserOnly = {
  paths: [
    {
      name: 'zod',
      message:
        'zod is ~30 KB gzipped and its eval probe breaks the CSP: check with the zod-free twins (lib/candidacy/check.ts).',
    },
  ],
  patterns: [
    {
      regex: '^zod/',
      message: 'zod is ~30 KB gzipped and its eval probe breaks the CSP (see lib/candidacy/check.ts).',
    },
    {
      regex: '^(@/lib/candidacy|.*/candidacy|\\.)(/index)?$',
      allowTypeImports: true,
      message:
        "The candidacy index also exports the zod schema: import the module itself (e.g. '@/lib/candidacy/check'), or use `import type`.",
    },
    {
      regex: '(^|/)schema$',
      allowTypeImports: true,
      message:
        "Schema modules are built with zod: use the zod-free check (lib/candidacy/check.ts), or `import type` from './types'.",
    },
    {
      regex: '(^|/)self-check/meanings$|^\\./meanings$',
      message: 'lib/self-check/meanings.ts is server-only: it imports the candidacy index, which brings zod.',
    },
    {
      regex: '^(@/lib/content|.*/lib/content|\\.\\./content)(/|$)',
      allowTypeImports: true,
      message: 'lib/content reads files with node:fs: route files read content and pass it down as props.',
    },
    {
      regex: '^(node:|(fs|path|child_process|os|url)(/|$))',
      message: "Node's modules do not exist in the browser.",
    },
    {
      regex: '^ics$|(^|/)aftercare/ics$|^\\./ics$',
      allowTypeImports: true,
      message:
        "The calendar file is loaded on demand: `await import('@/lib/aftercare/ics')` (components/planner/CalendarButton.tsx).",
    },
    {
      regex: '^next(/|$)',
      allowTypeImports: true,
      message:
        "Islands run without Next's runtime (islands/hydrate.tsx): Next's modules would bring it into the bundle. Use a plain <a>, or keep this part a slot rendered on the server.",
    },
  ],
}

export default [
  {
    ignores: [
      '.next*/**',
      'out/**',
      '.contentlayer/**',
      '.content/**',
      '.enhance/**',
      'public/assets/**',
      'screenshots/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: 'project/jsx-a11y',
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    name: 'project/unused',
    rules: {
      // An error, not Next's warning; a leading underscore marks what is left unused on purpose, and
      // `{ dropped, ...rest }` is how an object loses a key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    name: 'project/tool-configs',
    files: ['*.config.{mjs,ts}', '.htmlvalidate.mjs'],
    // Each tool documents its config as `export default {...}`.
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    name: 'project/module-scripts',
    files: ['pages/_document.tsx', 'components/islands/Island.tsx'],
    // The enhancements and the islands' scripts are `type="module"`, which never blocks parsing (module scripts
    // are deferred); the rule only sees a <script src>.
    rules: { '@next/next/no-sync-scripts': 'off' },
  },
  {
    name: 'project/tests-without-jsx',
    files: ['tests/**/*.ts'],
    // Without JSX, createElement(Component, { ..., children }) is how TypeScript checks a required `children`.
    rules: { 'react/no-children-prop': 'off' },
  },
  {
    name: 'project/browser-modules',
    // Every 'use client' file, enhance/, islands/, and all they import (scripts/lint/browser-modules.mjs).
    files: browserModules(root, { entryFolders: browserEntryFolders }),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', browserOnly] },
  },
  {
    name: 'project/scripts',
    files: ['scripts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)tests/',
              message: 'scripts/ never imports from tests/: shared code lives in scripts/lib/ (tests may import it).',
            },
          ],
        },
      ],
    },
  },
]
