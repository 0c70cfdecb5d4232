/**
 * One Vitest config for every section: its pages' tests in happy-dom, its API's tests in Node
 * against a real database (`@duo/server-kit/testing`; PostgreSQL too when TEST_DATABASE_URL is set).
 * @example
 * // apps/rod/vitest.config.ts
 * export { default } from '@duo/section-kit/vitest'
 */
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const setup = fileURLToPath(new URL('./vitest-setup.ts', import.meta.url))

export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts'],
          setupFiles: [setup],
          // A page test takes about a second alone; CI runs many at once on two cores.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: ['api/**/*.test.ts'],
          // A PostgreSQL database per test file; give slow CI machines room.
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
    ],
  },
})
