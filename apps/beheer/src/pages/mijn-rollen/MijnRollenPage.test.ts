import { afterEach, describe, expect, it } from 'vitest'
import MijnRollenPage from './MijnRollenPage.vue'
import { SERVICEDESK, fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const mijnRollen = (over: Record<string, unknown> = {}) => ({
  persoon: { id: 'p-desk', naam: 'Sanne de Vries' },
  bestuur: null,
  intermediairKvk: null,
  rollen: [],
  beheerders: [],
  ...over,
})

describe('MijnRollenPage', () => {
  it('never tells DUO staff to ask a beheerder', async () => {
    const bff = fakeBff({ 'GET /api/beheer/mijn-rollen': mijnRollen() })
    const w = mountWithPortal(MijnRollenPage, { fetch: bff.fetch, user: SERVICEDESK })
    await flushPromises()
    expect(w.text()).toContain('Uw rollen als medewerker van DUO')
    expect(w.find('[data-testid="geen-rollen"]').text()).toBe(
      'U heeft geen rollen als medewerker van DUO.',
    )
    expect(w.text()).not.toMatch(/beheerder/i)
  })

  it('tells a board member without roles to ask the beheerder, in English with the role’s gloss', async () => {
    const bff = fakeBff({
      'GET /api/beheer/mijn-rollen': mijnRollen({
        bestuur: { bestuursnummer: '41234', naam: 'Stichting De Linde' },
        beheerders: [
          {
            rol: 'beheerder-po',
            rolNaam: { nl: 'Beheerder po', en: 'Beheerder po' },
            personen: [{ id: 'p-anouk', naam: 'Anouk Jansen' }],
          },
        ],
      }),
    })
    const w = mountWithPortal(MijnRollenPage, { fetch: bff.fetch, locale: 'en' })
    await flushPromises()
    expect(w.find('[data-testid="geen-rollen"]').text()).toContain('Ask your administrator')
    expect(w.find('[data-testid="mijn-beheerders"]').text()).toContain(
      'Beheerder po (administrator for ROD, RIO and OSR roles): Anouk Jansen',
    )
  })
})
