import { defineConfig } from 'vite'
import { defineSectionConfig } from '@duo/section-kit/vite'
import meta from './src/section.meta'

export default defineConfig(defineSectionConfig(meta, { port: 8083 }))
