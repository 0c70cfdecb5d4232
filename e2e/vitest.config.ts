import { defineConfig } from 'vitest/config'

// Browser tests share ports and one Chromium: run the files one after another.
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
