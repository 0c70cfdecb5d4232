import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, melding } from '../../testing/fake-bff'
import { HELPDESKMEDEWERKER } from '../../testing/medewerker'

const wachtrij = () => ({
  meldingen: [{ ...melding(), bestuurNaam: 'De Linde' }],
  totaal: 1,
  pagina: 1,
  aantal: 25,
})

describe('werkvoorraad', () => {
  it('is refused, with the reason, to people of a bestuur', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'alles', { path: 'werkvoorraad', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Werkvoorraad helpdesk')
    expect(page.find('[role="alert"]').text()).toMatch(/DUO/)
    expect(bff.calls).toHaveLength(0)
  })

  it('lists every bestuur’s meldingen, with the status in the helpdesk’s words', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/werkvoorraad': wachtrij })
    const page = await mountSection(section, HELPDESKMEDEWERKER, {
      path: 'werkvoorraad?status=wacht-op-reactie',
      fetch: bff.fetch,
    })
    expect(Object.fromEntries(bff.calls[0]!.query)).toEqual({
      status: 'wacht-op-reactie',
      richting: 'asc',
      pagina: '1',
      aantal: '25',
    })
    const rij = page.find('tbody tr')
    expect(rij.text()).toContain('De Linde (41234)')
    expect(rij.find('[data-tone="warning"]').text()).toContain('Wacht op reactie bestuur')
    expect(page.find('#wv-status option[value="wacht-op-reactie"]').text()).toBe(
      'Wacht op reactie bestuur',
    )

    // Newest first from the table's header; kept in the URL.
    await page.find('thead button').trigger('click')
    await flushPromises()
    expect(page.vm.$route.query).toEqual({ status: 'wacht-op-reactie', richting: 'desc' })
    expect(bff.calls.at(-1)!.query.get('richting')).toBe('desc')
  })
})
