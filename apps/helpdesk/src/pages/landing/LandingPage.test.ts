import { describe, expect, it } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fake-bff'

describe('helpdesk landing page', () => {
  it('tells how many meldingen have a new answer, and offers only the pages the person may use', async () => {
    const bff = fakeBff({
      'GET /api/helpdesk/overzicht': () => ({ ongelezen: 2, totaal: 5, wachtOpReactie: 1 }),
    })
    const page = await mountSection(section, 'alles', { fetch: bff.fetch })
    expect(page.find('[data-testid="ongelezen"]').text()).toBe(
      'U heeft 2 meldingen met een nieuw antwoord van de helpdesk.',
    )
    const links = page.findAll('nav a').map((a) => a.text())
    expect(links).toContain('Nieuwe melding')
    expect(links).not.toContain('Werkvoorraad helpdesk')
  })
})
