import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoButton from './DuoButton.vue'

describe('DuoButton', () => {
  it('uses the class names the component CSS has', () => {
    const cls = (props: Record<string, unknown>) => mount(DuoButton, { props }).classes()
    expect(cls({})).toContain('utrecht-button--primary-action')
    expect(cls({ variant: 'secondary' })).toContain('utrecht-button--secondary-action')
    expect(cls({ variant: 'subtle' })).toContain('utrecht-button--subtle')
    expect(cls({ danger: true })).toContain('utrecht-button--danger')
  })

  it('stays focusable but says it is busy', () => {
    const b = mount(DuoButton, { props: { busy: true } })
    expect(b.attributes('disabled')).toBeUndefined()
    expect(b.attributes('aria-disabled')).toBe('true')
    expect(b.attributes('aria-busy')).toBe('true')
  })
})
