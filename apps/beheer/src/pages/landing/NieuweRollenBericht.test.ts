import { afterEach, describe, expect, it } from 'vitest'
import NieuweRollenBericht from './NieuweRollenBericht.vue'
import { fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const naam = (nl: string) => ({ nl, en: nl })

describe('NieuweRollenBericht', () => {
  it('names the roles that can now be assigned and hides them once dismissed', async () => {
    const bff = fakeBff({
      'GET /api/beheer/nieuwe-rollen': {
        nieuweRollen: [
          {
            rol: 'medewerker-schoolleiding-rod',
            vanaf: '2022-02-01',
            naam: naam('Medewerker schoolleiding ROD'),
          },
          {
            rol: 'medewerker-bestuur-rod',
            vanaf: '2022-02-01',
            naam: naam('Medewerker bestuur ROD'),
          },
        ],
        binnenkort: [],
      },
      'POST /api/beheer/nieuwe-rollen/medewerker-schoolleiding-rod/gezien': { gezien: true },
      'POST /api/beheer/nieuwe-rollen/medewerker-bestuur-rod/gezien': { gezien: true },
    })
    const w = mountWithPortal(NieuweRollenBericht, { fetch: bff.fetch })
    await flushPromises()
    const text = w.text()
    expect(text).toContain('Nieuwe rollen beschikbaar')
    expect(text).toContain('Medewerker schoolleiding ROD — beschikbaar sinds 1 februari 2022')
    await w.find('button').trigger('click')
    await flushPromises()
    expect(bff.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/beheer/nieuwe-rollen/medewerker-schoolleiding-rod/gezien',
      '/api/beheer/nieuwe-rollen/medewerker-bestuur-rod/gezien',
    ])
    expect(w.find('[data-testid="nieuwe-rollen"]').exists()).toBe(false)
  })

  it('announces roles that come soon, with their date', async () => {
    const bff = fakeBff({
      'GET /api/beheer/nieuwe-rollen': {
        nieuweRollen: [],
        binnenkort: [
          {
            rol: 'medewerker-bestuur-rod',
            vanaf: '2022-02-01',
            naam: naam('Medewerker bestuur ROD'),
            reden: {},
          },
        ],
      },
    })
    const w = mountWithPortal(NieuweRollenBericht, { fetch: bff.fetch })
    await flushPromises()
    expect(w.text()).toContain('Binnenkort beschikbaar')
    expect(w.text()).toContain('beschikbaar vanaf 1 februari 2022')
  })

  it('shows nothing when there is no news', async () => {
    const bff = fakeBff({ 'GET /api/beheer/nieuwe-rollen': { nieuweRollen: [], binnenkort: [] } })
    const w = mountWithPortal(NieuweRollenBericht, { fetch: bff.fetch })
    await flushPromises()
    expect(w.find('[data-testid="nieuwe-rollen"]').exists()).toBe(false)
  })
})
