import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { defineHarnessConfig } from '@duo/section-kit/vite'

export default defineConfig(
  defineHarnessConfig({ root: fileURLToPath(new URL('.', import.meta.url)), port: 5181 }),
)
