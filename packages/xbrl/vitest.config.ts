import { defineConfig } from 'vitest/config'

// The hostile-input and property tests parse many documents: give slow machines room.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
})
