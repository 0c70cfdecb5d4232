import { describe, expect, it } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fake-bff'

describe('werkvoorraad', () => {
  it('is refused, with the reason, to people of a bestuur', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'alles', { path: 'werkvoorraad', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Werkvoorraad helpdesk')
    expect(page.find('[role="alert"]').text()).toMatch(/DUO/)
    expect(bff.calls).toHaveLength(0)
  })
})
