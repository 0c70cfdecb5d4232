// @duo/xbrl's core runs anywhere (the BFF, a worker, a browser): no Node or DOM
// globals and no I/O in it, only a stream of bytes in. The Node adapter (src/node), the command
// line (src/cli), tests, scripts and benchmarks may use Node. Like @duo/authz it stands alone.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const shared = new Set([
  ...Object.keys(globals['shared-node-browser']),
  ...Object.keys(globals.es2022),
])
const nodeOnly = Object.keys(globals.node).filter((name) => !shared.has(name))
const domOnly = Object.keys(globals.browser).filter((name) => !shared.has(name))
const io = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Request', 'Response', 'Headers']
const commonjs = ['require', 'module', 'exports', '__dirname', '__filename', 'global']
const banned = [...new Set([...nodeOnly, ...domOnly, ...io, ...commonjs])]
const message =
  'The core of @duo/xbrl is pure: no Node or DOM globals and no I/O (bytes come in as a stream).'
const nodeCode = [
  'src/node/**',
  'src/cli/**',
  'src/**/*.test.ts',
  'bench/**',
  'scripts/**',
  'bin/**',
  '*.config.{js,ts}',
]

export default defineConfig(
  { ignores: ['node_modules/**', 'dist/**', 'etc/**', 'taxonomie/**', 'fixtures/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ignores: nodeCode,
    rules: {
      'no-restricted-globals': ['error', ...banned.map((name) => ({ name, message }))],
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message })),
          patterns: [{ group: ['node:*'], message }],
        },
      ],
    },
  },
  {
    files: nodeCode,
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
)
