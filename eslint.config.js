// One lint config for the workspace (packages/authz keeps its own, stricter one). Browser code
// may not use Node's globals and server code may not use the DOM's, so a file cannot quietly
// depend on the wrong runtime.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import { borders } from './eslint.borders.js'

const shared = new Set([
  ...Object.keys(globals['shared-node-browser']),
  ...Object.keys(globals.es2022),
])
const nodeOnly = Object.keys(globals.node).filter((name) => !shared.has(name))
const domOnly = Object.keys(globals.browser).filter((name) => !shared.has(name))

const browserCode = [
  'apps/*/src/**/*.{ts,vue}',
  'apps/*/dev/**/*.ts',
  'packages/ui/src/**',
  'packages/portal-sdk/src/**',
  'packages/section-kit/src/harness/**',
  'docs/.vitepress/theme/**',
  'e2e/fixtures/*/src/**',
]
const serverCode = [
  'apps/bff/**/*.ts',
  'apps/*/api/**/*.ts',
  'packages/server-kit/**/*.ts',
  'apps/idp/**/*.ts',
  'scripts/**/*.{js,mjs,ts}',
  '**/vite.config.ts',
  '**/vitest.config.ts',
  'packages/section-kit/src/vite.ts',
  'packages/section-kit/src/versions.ts',
  'packages/*/scripts/**/*.{js,mjs,ts}',
  'packages/*/tsup.config.ts',
  'docs/scripts/**/*.ts',
  'docs/.vitepress/config.ts',
  'turbo/generators/**/*.ts',
  'eslint.config.js',
  'eslint.borders.js',
]

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/dist-monolith/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '.tools/**',
      'data/**',
      '.pgdata/**',
      'packages/authz/**',
      'packages/xbrl/**',
      'packages/ui/temp/**',
      'docs/.vitepress/cache/**',
      'docs/generated/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    files: browserCode,
    ignores: ['apps/bff/**', 'apps/idp/**', '**/vite.config.ts', '**/vitest.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': [
        'error',
        ...nodeOnly.map((name) => ({ name, message: 'Browser code: no Node globals.' })),
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code: no Node modules.' }] },
      ],
    },
  },
  {
    files: serverCode,
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-globals': [
        'error',
        ...domOnly.map((name) => ({ name, message: 'Server code: no DOM globals.' })),
      ],
    },
  },
  {
    // Migrations take `Kysely<any>` on purpose: they must not depend on today's table types.
    files: [
      'apps/*/api/migrations/**',
      'packages/server-kit/src/platform/db/**',
      'packages/server-kit/src/db/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // After the browser block: for a section's files these replace its import rule (and keep it).
  ...borders,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  prettier,
)
