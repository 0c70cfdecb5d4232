import { nextTick, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import LogboekPage from './LogboekPage.vue'
import { fakeBff, flushPromises, harnessUser, mountWithPortal, routerAt } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'e-1',
  at: '2022-02-28T23:30:00.000Z',
  actie: 'beheer.rol.toegekend',
  actieNaam: { nl: 'Rol toegekend', en: 'Role assigned' },
  sectie: 'beheer',
  door: 'Anouk Jansen (Beheerder po)',
  voor: 'Lars Hendriks',
  bestuursnummer: '41234',
  wat: {
    nl: 'Rol: PO-informatiediensten; Kenmerk: 41234',
    en: 'Role: PO-informatiediensten; Kenmerk: 41234',
  },
  details: {},
  sessieRef: '0123456789abcdef',
  ...over,
})

const groepen = [
  {
    sectie: 'portaal',
    naam: { nl: 'Portaal', en: 'Portal' },
    acties: [{ actie: 'portaal.login.gelukt', naam: { nl: 'Ingelogd', en: 'Logged in' } }],
  },
  {
    sectie: 'beheer',
    naam: { nl: 'Beheer', en: 'Administration' },
    acties: [{ actie: 'beheer.rol.toegekend', naam: { nl: 'Rol toegekend', en: 'Role assigned' } }],
  },
  {
    sectie: 'helpdesk',
    naam: { nl: 'Mijn Helpdesk po', en: 'Mijn Helpdesk po (helpdesk)' },
    acties: [
      {
        actie: 'helpdesk.melding.ingediend',
        naam: { nl: 'Melding ingediend', en: 'Melding submitted' },
      },
    ],
  },
]

const logboekBff = () =>
  fakeBff({
    'GET /api/beheer/logboek': {
      entries: [
        entry(),
        entry({
          id: 'e-2',
          actie: 'beheer.aanmelding.ingediend',
          actieNaam: { nl: 'Aanmelding ingediend', en: 'Registration submitted' },
          voor: 'Stichting Openbaar Onderwijs De Linde (41234)',
        }),
      ],
      nextCursor: 17,
      groepen,
    },
  })

describe('LogboekPage', () => {
  it('shows every entry with labels, "Voor" by name, and every action grouped by section', async () => {
    const bff = logboekBff()
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch })
    await flushPromises()
    const rijen = w.findAll('tbody tr')
    expect(rijen).toHaveLength(2)
    expect(rijen[0]!.find('th').text()).toContain('Rol toegekend')
    expect(rijen[0]!.text()).toContain('Rol: PO-informatiediensten; Kenmerk: 41234')
    expect(rijen[0]!.text()).toContain('Lars Hendriks')
    // Dutch time: 23:30 UTC on 28 February is 1 March, 00:30.
    expect(rijen[0]!.find('time').text()).toBe('1 mrt 2022, 00:30')
    expect(rijen[1]!.text()).toContain('Stichting Openbaar Onderwijs De Linde (41234)')
    expect(w.text()).not.toContain('beheer.rol.toegekend')
    const groups = w.findAll('#logboek-actie optgroup')
    expect(groups.map((g) => g.attributes('label'))).toEqual([
      'Portaal',
      'Beheer',
      'Mijn Helpdesk po',
    ])
    expect(groups[2]!.text()).toContain('Melding ingediend')
    expect(w.find('#logboek-logins').exists()).toBe(true)
    expect(w.find('#logboek-bestuur').exists()).toBe(false)
  })

  it('reads the filter from the URL and writes a new one back', async () => {
    const bff = logboekBff()
    const router = await routerAt(
      '/beheer/logboek?actie=portaal.login.gelukt&van=2022-02-01&logins=ja&tot=gisteren',
    )
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch, router })
    await flushPromises()
    expect(bff.calls[0]!.path).toBe('/api/beheer/logboek')
    expect((w.find('#logboek-actie').element as HTMLSelectElement).value).toBe(
      'portaal.login.gelukt',
    )
    expect((w.find('#logboek-van').element as HTMLInputElement).value).toBe('2022-02-01')
    expect((w.find('#logboek-tot').element as HTMLInputElement).value).toBe('')
    expect((w.find('#logboek-logins').element as HTMLInputElement).checked).toBe(true)

    await w.find('#logboek-actie').setValue('beheer.rol.toegekend')
    await w.find('#logboek-van').setValue('2022-03-01')
    await w.find('#logboek-logins').setValue(false)
    await w.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      actie: 'beheer.rol.toegekend',
      van: '2022-03-01',
    })
    expect(bff.calls).toHaveLength(2)
    // The exports follow the filter shown.
    expect(w.find('[data-testid="csv-export"]').attributes('href')).toBe(
      '/api/beheer/logboek.csv?actie=beheer.rol.toegekend&van=2022-03-01',
    )
    expect(w.find('[data-testid="xlsx-export"]').attributes('href')).toBe(
      '/api/beheer/logboek.xlsx?actie=beheer.rol.toegekend&van=2022-03-01',
    )

    // Wissen: no filter, and a URL without a query.
    await w.findAll('form[role="search"] button').at(-1)!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect((w.find('#logboek-actie').element as HTMLSelectElement).value).toBe('')
  })

  it('asks the API with the URL’s filter and pages on with the cursor', async () => {
    const calls: string[] = []
    const bff = logboekBff()
    const fetch: typeof globalThis.fetch = (input, init) => {
      const url = new URL(String(input), 'http://localhost')
      calls.push(`${url.pathname}${url.search}`)
      return bff.fetch(input, init)
    }
    const router = await routerAt('/beheer/logboek?actie=beheer.rol.toegekend&logins=ja')
    const w = mountWithPortal(LogboekPage, { fetch, router })
    await flushPromises()
    expect(calls[0]).toBe('/api/beheer/logboek?actie=beheer.rol.toegekend&logins=ja')
    await w.findAll('nav.duo-pagination button').at(-1)!.trigger('click')
    await flushPromises()
    expect(calls.at(-1)).toBe('/api/beheer/logboek?actie=beheer.rol.toegekend&logins=ja&cursor=17')
    expect(w.find('nav.duo-pagination').text()).toContain('Pagina 2')
  })

  it('checks the dates before asking, and shows a refused filter on its field in the current language', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    let weiger = false
    const bff = fakeBff({
      'GET /api/beheer/logboek': () =>
        weiger
          ? {
              status: 400,
              json: {
                code: 'ongeldige-invoer',
                nl: 'Controleer uw invoer',
                en: 'Please check your input',
                velden: [{ veld: 'van', nl: 'Vul de datum in.', en: 'Enter the date.' }],
              },
            }
          : { json: { entries: [], nextCursor: null, groepen } },
    })
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch, locale: taal })
    await flushPromises()
    expect(w.find('.duo-empty-state').text()).toBe('Geen regels gevonden.')
    await w.find('#logboek-van').setValue('2022-03-10')
    await w.find('#logboek-tot').setValue('2022-03-01')
    await w.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(bff.calls).toHaveLength(1)
    expect(w.find('#logboek-tot-fout').text()).toContain('ligt vóór de datum ‘van’')
    taal.value = 'en'
    await nextTick()
    expect(w.find('#logboek-tot-fout').text()).toContain('is before the date ‘from’')
    expect(w.find('.duo-error-summary').text()).toContain('Please check your input')

    weiger = true
    await w.find('#logboek-tot').setValue('')
    await w.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(w.find('#logboek-van-fout').text()).toBe('Error: Enter the date.')
    taal.value = 'nl'
    await nextTick()
    expect(w.find('#logboek-van-fout').text()).toBe('Fout: Vul de datum in.')
  })

  it('tells someone without a beheerder role why not, without asking the API', async () => {
    const bff = logboekBff()
    const w = mountWithPortal(LogboekPage, { fetch: bff.fetch, user: harnessUser('geen-rollen') })
    await flushPromises()
    expect(w.find('[data-testid="geen-toegang"]').text()).toContain(
      'U kunt deze pagina niet gebruiken.',
    )
    expect(w.find('table').exists()).toBe(false)
    expect(bff.calls).toEqual([])
  })
})
