import { defineConfig } from 'vitest/config'

// The same suite runs on the server runtime and in a browser-like one: the package
// serves the BFF and the UI, and must behave the same in both.
export default defineConfig({
  test: {
    setupFiles: ['./src/testing/register-texts.ts'],
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'browser', environment: 'happy-dom', include: ['src/**/*.test.ts'] },
      },
    ],
  },
})
