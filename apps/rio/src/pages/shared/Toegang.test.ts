import { describe, expect, it } from 'vitest'
import { fakeBff, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { ALLEEN_BEHEER } from '../../testing/gebruikers'

describe('who may not read the register', { timeout: 20_000 }, () => {
  it('reads why, and a beheerder RIO learns he can give himself the role', async () => {
    const server = fakeBff({})
    const page = await mountSection(section, ALLEEN_BEHEER, {
      path: 'onderwijsaanbieders',
      fetch: server.fetch,
    })
    expect(page.find('h1').text()).toBe('Onderwijsaanbieders')
    expect(page.find('.utrecht-alert').text()).toMatch(/Beheren .* met kenmerk 101B234/)
    expect(page.find('a[href="/beheer/autorisaties"]').exists()).toBe(true)
    expect(server.calls).toEqual([])
  })

  it('asks nothing of the API for someone without any role, and says why', async () => {
    const server = fakeBff({})
    const page = await mountSection(section, 'geen-rollen', {
      path: 'structuur',
      fetch: server.fetch,
      locale: 'en',
    })
    expect(page.find('h1').text()).toBe('Register on a date')
    expect(page.find('.utrecht-alert').text()).toMatch(/kenmerk 101B234/)
    expect(page.find('a[href="/beheer/autorisaties"]').exists()).toBe(false)
    expect(server.calls).toEqual([])
  })
})
