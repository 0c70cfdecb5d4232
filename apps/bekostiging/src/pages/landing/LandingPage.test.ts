import { describe, expect, it, vi } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

describe('the landing page', () => {
  it('shows what the section is for, and its pages to someone whose roles open them', async () => {
    const page = await mountSection(section, 'alles')
    expect(page.find('h1').text()).toBe(section.meta.title.nl)
    expect(page.text()).toContain(section.meta.description.nl)
    expect(page.findAll('.duo-cards li').length).toBeGreaterThan(0)
  })

  it('offers no pages to someone without roles, and speaks English on request', async () => {
    const page = await mountSection(section, 'geen-rollen', { locale: 'en' })
    expect(page.find('h1').text()).toBe(section.meta.title.en)
    expect(page.findAll('.duo-cards li')).toHaveLength(0)
  })
})
