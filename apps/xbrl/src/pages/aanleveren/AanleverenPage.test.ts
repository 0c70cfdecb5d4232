import { describe, expect, it, vi } from 'vitest'
import { flushPromises, type DOMWrapper } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { apiFoutAntwoord, detail, fakeBff, jaarverantwoordingen } from '../../testing/fixtures'

/** A cell's text without the column label the table shows when rows are stacked. */
const cel = (c: DOMWrapper<Element>) => {
  const kopie = c.element.cloneNode(true) as Element
  kopie.querySelectorAll('.duo-data-table__label').forEach((l) => l.remove())
  return kopie.textContent?.trim() ?? ''
}

// Pages compile on first mount: give a busy machine room.
describe('Jaarverantwoording aanleveren', { timeout: 30_000 }, () => {
  it('shows each verslagjaar with its term, state and next step', { timeout: 30_000 }, async () => {
    const bff = fakeBff({ 'GET /api/xbrl/jaarverantwoordingen': () => jaarverantwoordingen() })
    const page = await mountSection(section, 'alles', { path: 'aanleveren', fetch: bff.fetch })
    const rijen = page.findAll('tbody tr').map((r) => r.findAll('th, td').map(cel))
    expect(rijen[0]).toEqual([
      'Verslagjaar 2027',
      'Indienen vanaf 1 januari 2028',
      'Nog niet begonnen',
      'Nieuwe aanlevering 2027',
    ])
    expect(rijen[1]?.[1]).toBe('Indienen tot en met 30 juni 2027')
    expect(rijen[1]?.[2]).toContain('Er zijn 2 fouten gevonden.')
    expect(page.find('[data-testid="open-2026"]').text()).toBe('Verder met 2026')
    expect(rijen[2]?.[1]).toBe('Gesloten sinds 30 juni 2026')
    expect(page.find('[data-testid="open-2025"]').text()).toBe('Bekijk 2025')
  })

  it('starts a new aanlevering and opens it', async () => {
    const bff = fakeBff({
      'GET /api/xbrl/jaarverantwoordingen': () => jaarverantwoordingen(),
      'POST /api/xbrl/jaarverantwoordingen': () =>
        detail({ aanlevering: { id: 'a-9', verslagjaar: 2027 } }),
      'GET /api/xbrl/aanleveringen/a-9': () =>
        detail({
          aanlevering: {
            id: 'a-9',
            verslagjaar: 2027,
            bestand: null,
            validatie: { status: 'geen' },
          },
        }),
    })
    const page = await mountSection(section, 'alles', { path: 'aanleveren', fetch: bff.fetch })
    await page.find('[data-testid="nieuw-2027"]').trigger('click')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'POST')?.body).toEqual({ verslagjaar: 2027 })
    await vi.waitFor(() => expect(page.find('h1').text()).toBe('Jaarverantwoording 2027, versie 1'))
  })

  it('says why a refused start failed', async () => {
    const bff = fakeBff({
      'GET /api/xbrl/jaarverantwoordingen': () => jaarverantwoordingen(),
      'POST /api/xbrl/jaarverantwoordingen': () =>
        apiFoutAntwoord(409, {
          code: 'te-laat',
          nl: 'Aanleveren voor verslagjaar 2027 kon tot 1 juli 2028.',
          en: 'Too late.',
        }),
    })
    const page = await mountSection(section, 'alles', { path: 'aanleveren', fetch: bff.fetch })
    await page.find('[data-testid="nieuw-2027"]').trigger('click')
    await flushPromises()
    expect(page.find('[role="alert"]').text()).toContain('kon tot 1 juli 2028')
  })

  it('tells someone without the role why, and asks the API nothing', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'geen-rollen', {
      path: 'aanleveren',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Jaarverantwoording aanleveren')
    expect(page.text()).toMatch(/Medewerker verantwoording/)
    expect(bff.calls).toEqual([])
  })
})
