import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import { defineComponent, h } from 'vue'
// The portal's look, as the shell loads it: the examples render with the real CSS.
import '@duo/ui/styles.css'
import './voorbeeld.css'
import Voorbeeld from './Voorbeeld.vue'

/**
 * Sections link with vue-router's RouterLink; the documentation has no vue-router, so a plain
 * link stands in for it in the examples (SectionLanding).
 */
const RouterLink = defineComponent({
  props: { to: { type: String, required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: `#${props.to}` }, slots.default?.())
  },
})

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('Voorbeeld', Voorbeeld)
    app.component('RouterLink', RouterLink)
  },
} satisfies Theme
