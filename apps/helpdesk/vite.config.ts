import { defineConfig } from 'vite'
import { defineSectionConfig } from '@duo/section-kit/vite'
import meta from './src/section.meta'
import pkg from './package.json' with { type: 'json' }

export default defineConfig(defineSectionConfig(meta, { port: pkg.duo.port }))
