import { afterEach, describe, expect, it } from 'vitest'
import LogboekPage from './LogboekPage.vue'
import { fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const entry = (over: Record<string, unknown> = {}) => ({
  seq: 2,
  id: 'e-1',
  at: '2022-03-01T09:00:00.000Z',
  actie: 'beheer.rol.toegekend',
  actieNaam: { nl: 'Rol toegekend', en: 'Role assigned' },
  actorPersoonId: 'p-anouk',
  actorOmschrijving: 'Anouk Jansen (Beheerder po)',
  sessieRef: '0123456789abcdef',
  onderwerpPersoonId: 'p-lars',
  onderwerpNaam: 'Lars Hendriks',
  bestuursnummer: '41234',
  details: { rol: 'po-informatiediensten', kenmerk: '41234' },
  rolNaam: { nl: 'PO-informatiediensten', en: 'PO information services' },
  ...over,
})

const acties = [
  { actie: 'portaal.login.gelukt', naam: { nl: 'Ingelogd', en: 'Logged in' } },
  { actie: 'beheer.rol.toegekend', naam: { nl: 'Rol toegekend', en: 'Role assigned' } },
]

describe('LogboekPage', () => {
  it('offers the actions the API names and shows each entry with its label', async () => {
    const bff = fakeBff({
      'GET /api/beheer/logboek': {
        entries: [
          entry(),
          // An entry of before the <section>.<object>.<verb> names, labelled by the API.
          entry({
            id: 'e-0',
            seq: 1,
            actie: 'rol.ingetrokken',
            actieNaam: { nl: 'Rol ingetrokken', en: 'Role revoked' },
          }),
          entry({ id: 'e-x', seq: 0, actie: 'onbekend.iets.gedaan', actieNaam: null }),
        ],
        nextCursor: null,
        acties,
      },
    })
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch })
    await flushPromises()
    const opties = Array.from(w.find('#beheer-veld-actie').element.querySelectorAll('option'))
    expect(opties.map((o) => [o.value, o.textContent?.trim()])).toEqual([
      ['', 'Alle acties'],
      ['portaal.login.gelukt', 'Ingelogd'],
      ['beheer.rol.toegekend', 'Rol toegekend'],
    ])
    const tabel = w.find('[data-testid="logboek-tabel"]').text()
    expect(tabel).toContain('Rol toegekend')
    expect(tabel).toContain('Rol ingetrokken')
    expect(tabel).toContain('onbekend.iets.gedaan')

    await w.find('#beheer-veld-actie').setValue('beheer.rol.toegekend')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.at(-1)?.path).toBe('/api/beheer/logboek')
    expect(w.find('[data-testid="csv-export"]').attributes('href')).toBe(
      '/api/beheer/logboek.csv?actie=beheer.rol.toegekend',
    )
  })

  it('shows a refusal in the current language', async () => {
    const bff = fakeBff({
      'GET /api/beheer/logboek': () => ({
        status: 403,
        json: {
          code: 'rol-ontbreekt',
          nl: 'U heeft geen beheerdersrol.',
          en: 'You have no administrator role.',
        },
      }),
    })
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch, locale: 'en' })
    await flushPromises()
    expect(w.text()).toContain('You have no administrator role.')
  })

  it('shows a refused filter on its field', async () => {
    const bff = fakeBff({
      'GET /api/beheer/logboek': () => ({
        status: 400,
        json: {
          code: 'ongeldige-invoer',
          nl: 'Controleer uw invoer: van.',
          en: 'Please check your input: van.',
          velden: [
            {
              veld: 'van',
              nl: 'Vul de datum ‘van’ in als JJJJ-MM-DD.',
              en: 'Enter the date ‘from’ as YYYY-MM-DD.',
            },
          ],
        },
      }),
    })
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch })
    await flushPromises()
    expect(w.find('#beheer-veld-van-fout').text()).toBe('Vul de datum ‘van’ in als JJJJ-MM-DD.')
  })
})
