export { default } from '@duo/section-kit/vitest'
