import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '#section-loader': fileURLToPath(new URL('./src/sections/remote-loader.ts', import.meta.url)),
    },
  },
  test: { environment: 'happy-dom' },
})
