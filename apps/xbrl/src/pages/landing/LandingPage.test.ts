import { describe, expect, it } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, jaarverantwoordingen } from '../../testing/fixtures'

// Pages compile on first mount: give a busy machine room.
describe('the landing page', { timeout: 30_000 }, () => {
  it('shows what the section is for, its pages, and the verslagjaar open for submission', async () => {
    const bff = fakeBff({ 'GET /api/xbrl/jaarverantwoordingen': () => jaarverantwoordingen() })
    const page = await mountSection(section, 'alles', { fetch: bff.fetch })
    expect(page.find('h1').text()).toBe(section.meta.title.nl)
    expect(page.text()).toContain(section.meta.description.nl)
    expect(page.findAll('.duo-cards li').map((li) => li.find('a').text())).toEqual([
      'Jaarverantwoording aanleveren',
      'Overzicht aanleveringen',
    ])
    expect(page.find('[data-testid="landing-termijn"]').text()).toBe(
      'Verslagjaar 2026: Concept. Indienen en corrigeren kan tot en met 30 juni 2027.',
    )
  })

  it('offers no pages to someone without roles and asks the API nothing; English on request', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'geen-rollen', { locale: 'en', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe(section.meta.title.en)
    expect(page.findAll('.duo-cards li')).toHaveLength(0)
    expect(bff.calls).toEqual([])
  })
})
