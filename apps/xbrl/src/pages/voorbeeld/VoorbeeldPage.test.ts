import { describe, expect, it } from 'vitest'
import type { DOMWrapper } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, overzicht } from '../../testing/fixtures'

/** A cell's text without the column label the table shows when rows are stacked. */
const cel = (c: DOMWrapper<Element>) => {
  const kopie = c.element.cloneNode(true) as Element
  kopie.querySelectorAll('.duo-data-table__label').forEach((l) => l.remove())
  return kopie.textContent?.trim() ?? ''
}

// Pages compile on first mount: give a busy machine room.
describe('the preview of the figures', { timeout: 30_000 }, () => {
  it('shows the kengetallen and each statement as tables, amounts in Dutch format', async () => {
    const bff = fakeBff({ 'GET /api/xbrl/aanleveringen/a-0/overzicht': () => overzicht() })
    const page = await mountSection(section, 'alles', {
      path: 'aanleveringen/a-0/voorbeeld',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Cijfers jaarverantwoording 2025, versie 2')
    const kg = page
      .findAll('[data-testid="kengetallen"] tbody tr')
      .map((r) => r.findAll('th, td').map(cel))
    expect(kg[0]).toEqual(['Rentabiliteitresultaat / totale baten', '0,01', '0,01'])
    expect(kg[2]?.slice(1)).toEqual(['—', '—'])
    const balans = page.find('[data-testid="staat-balans"]')
    expect(balans.find('caption').text()).toBe('Balans per 31 december')
    expect(balans.text()).toContain('Totaal activa')
    expect(balans.text()).toMatch(/€\s5\.172\.871/)
  })
})
