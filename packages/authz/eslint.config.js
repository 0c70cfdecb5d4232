// @duo/authz runs in the BFF (Node) and in the UI (browser): it may use neither
// runtime's globals, and it does no I/O. There is no root config yet to extend, so
// this one stands alone.
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
// Shared by both runtimes but I/O all the same.
const io = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Request', 'Response', 'Headers']
const commonjs = ['require', 'module', 'exports', '__dirname', '__filename', 'global']
const banned = [...new Set([...nodeOnly, ...domOnly, ...io, ...commonjs])]
const message =
  '@duo/authz is pure: no Node or DOM globals and no I/O (it runs in the BFF and the browser).'

export default defineConfig(
  { ignores: ['node_modules/**', 'dist/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
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
    files: ['bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
)
