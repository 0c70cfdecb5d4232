import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // PostgreSQL tests create a database per file; give slow CI machines room.
    hookTimeout: 60_000,
  },
})
