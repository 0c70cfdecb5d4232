import { nextTick, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import AutorisatiesPage from './AutorisatiesPage.vue'
import {
  SERVICEDESK,
  fakeBff,
  flushPromises,
  harnessUser,
  mountWithPortal,
} from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const grant = (id: string, rol: string, kenmerk: string, over: Record<string, unknown> = {}) => ({
  id,
  rol,
  rolNaam: { nl: rol, en: rol },
  kenmerk,
  vanaf: null,
  tot: null,
  toegekendOp: '2022-02-01T10:00:00.000Z',
  status: 'geldig',
  automatisch: false,
  intrekbaar: true,
  nietIntrekbaarReden: null,
  periodeWijzigbaar: true,
  ...over,
})

const persoon = (id: string, naam: string, grants: unknown[]) => ({
  id,
  naam,
  intermediairKvk: null,
  ikZelf: false,
  grants,
  toekenbaar: [],
  nietVoorDezePersoon: [],
})

/** What GET /api/beheer/autorisaties gives (trimmed); `weg` grants are gone after a revoke. */
function overzicht(weg: string[] = [], periode: Record<string, unknown> = {}) {
  const g = (x: ReturnType<typeof grant>) =>
    weg.includes(x.id) ? [] : [{ ...x, ...(periode[x.id] as object) }]
  return {
    bestuur: {
      bestuursnummer: '41234',
      naam: 'Stichting Openbaar Onderwijs De Linde',
      onderwijsbestuurcode: '101B234',
      osrOvereenkomstGetekend: true,
      scholen: [
        { instellingscode: '12AB', naam: 'OBS De Regenboog', onderwijsaanbiedercode: '101A001' },
      ],
    },
    rollen: [],
    toekenbaar: [],
    nietMogelijk: [],
    personen: [
      persoon('p-daan', 'Daan Smit', [
        ...g(
          grant('g-1', 'medewerker-schoolleiding-rod', '12AB', {
            vanaf: '2022-03-01',
            tot: '2022-12-31',
          }),
        ),
        ...g(grant('g-2', 'po-informatiediensten', '41234')),
      ]),
      persoon('p-lars', 'Lars Hendriks', [...g(grant('g-3', 'osr-toegang', '41234'))]),
    ],
  }
}

function autorisatiesBff() {
  const weg: string[] = []
  const periode: Record<string, unknown> = {}
  const bff = fakeBff({
    'GET /api/beheer/autorisaties': () => ({ json: overzicht(weg, periode) }),
    'POST /api/beheer/autorisaties/g-1/intrekken': () => {
      weg.push('g-1')
      return { json: { ingetrokken: true } }
    },
    'POST /api/beheer/autorisaties/g-2/periode': (call: { body: unknown }) => {
      const body = call.body as { vanaf: string | null; tot: string | null }
      periode['g-2'] = { vanaf: body.vanaf, tot: body.tot }
      return { json: { grant: { ...grant('g-2', 'po-informatiediensten', '41234'), ...body } } }
    },
  })
  return bff
}

const knop = (naam: string) =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.getAttribute('aria-label') === naam || b.textContent?.trim() === naam,
  )!

/** The dialog's own confirm button (the row's button has the same text). */
const bevestig = () => document.querySelector<HTMLButtonElement>('dialog button')!.click()

describe('AutorisatiesPage', () => {
  it('asks before revoking, saying who loses which role with which kenmerk, from when', async () => {
    const bff = autorisatiesBff()
    const w = mountWithPortal(AutorisatiesPage, { fetch: bff.fetch })
    await flushPromises()
    const intrekken = knop(
      'Rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog van Daan Smit intrekken',
    )
    intrekken.focus()
    intrekken.click()
    await flushPromises()
    const dialog = w.find('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.attributes('role')).toBe('alertdialog')
    expect(dialog.find('h2').text()).toBe(
      'Rol Medewerker schoolleiding ROD van Daan Smit intrekken?',
    )
    expect(dialog.text()).toContain(
      'Daan Smit verliest de rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog. Dit geldt meteen: vanaf het volgende verzoek van Daan Smit.',
    )
    // Cancel: nothing sent, focus back on the button.
    expect(document.activeElement?.textContent?.trim()).toBe('Annuleren')
    ;(document.activeElement as HTMLElement).click()
    await flushPromises()
    expect(bff.calls.filter((c) => c.method === 'POST')).toEqual([])
    expect(document.activeElement).toBe(intrekken)

    intrekken.click()
    await flushPromises()
    bevestig()
    await flushPromises()
    await flushPromises()
    expect(bff.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/beheer/autorisaties/g-1/intrekken',
    ])
    expect(w.find('[data-grant-id="g-1"]').exists()).toBe(false)
    const status = w.find('[data-testid="beheer-status"]')
    expect(status.attributes('role')).toBe('status')
    expect(status.text()).toContain('De rol Medewerker schoolleiding ROD met kenmerk 12AB')
    // The live region holds no other live region.
    expect(status.findAll('[role="status"], [role="alert"], [aria-live]')).toHaveLength(0)
    // Focus is where the person was: the "Intrekken" of the row now in that place.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Rol PO-informatiediensten met kenmerk 41234 — Stichting Openbaar Onderwijs De Linde van Daan Smit intrekken',
    )
  })

  it('says the status message again in English after a language switch', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    const bff = autorisatiesBff()
    const w = mountWithPortal(AutorisatiesPage, { fetch: bff.fetch, locale: taal })
    await flushPromises()
    knop(
      'Rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog van Daan Smit intrekken',
    ).click()
    await flushPromises()
    bevestig()
    await flushPromises()
    await flushPromises()
    taal.value = 'en'
    await nextTick()
    expect(w.find('[data-testid="beheer-status"]').text()).toContain(
      'The role Medewerker schoolleiding ROD (register of pupils, school management) with kenmerk 12AB',
    )
  })

  it('changes a period inline: checks it, sends it, and puts focus back on the row', async () => {
    const bff = autorisatiesBff()
    const w = mountWithPortal(AutorisatiesPage, { fetch: bff.fetch })
    await flushPromises()
    knop(
      'Periode wijzigen van rol PO-informatiediensten met kenmerk 41234 — Stichting Openbaar Onderwijs De Linde van Daan Smit',
    ).click()
    await flushPromises()
    const form = w.find('[data-testid="periode-form"]')
    expect(document.activeElement?.id).toBe('periode-g-2-vanaf')
    // Ending before it starts: refused here, nothing sent.
    await form.find('#periode-g-2-vanaf').setValue('2022-04-01')
    await form.find('#periode-g-2-tot').setValue('2022-03-15')
    await form.trigger('submit')
    await flushPromises()
    expect(w.find('#periode-g-2-tot-fout').text()).toBe(
      'Fout: De laatste dag ligt vóór de eerste dag.',
    )
    expect(bff.calls.filter((c) => c.method === 'POST')).toEqual([])
    // In the past: refused too.
    await form.find('#periode-g-2-vanaf').setValue('')
    await form.find('#periode-g-2-tot').setValue('2022-02-01')
    await form.trigger('submit')
    await flushPromises()
    expect(w.find('#periode-g-2-tot-fout').text()).toContain('in het verleden')

    await form.find('#periode-g-2-tot').setValue('2022-06-30')
    await form.trigger('submit')
    await flushPromises()
    await flushPromises()
    expect(bff.calls.find((c) => c.path.endsWith('/periode'))?.body).toEqual({
      vanaf: null,
      tot: '2022-06-30',
    })
    expect(w.find('[data-testid="periode-form"]').exists()).toBe(false)
    expect(w.find('[data-grant-id="g-2"]').text()).toContain('tot en met 30 juni 2022')
    expect(w.find('[data-testid="beheer-status"]').text()).toContain(
      'geldt nu van … tot en met 30 juni 2022',
    )
    expect(document.activeElement?.getAttribute('data-actie')).toBe('periode')
    expect(document.activeElement?.closest('tr')?.getAttribute('data-grant-id')).toBe('g-2')
  })

  it('tells someone who administers nothing, and the servicedesk, why not, without asking', async () => {
    for (const user of [harnessUser('geen-rollen'), SERVICEDESK]) {
      const bff = autorisatiesBff()
      const w = mountWithPortal(AutorisatiesPage, { fetch: bff.fetch, user })
      await flushPromises()
      expect(w.find('[data-testid="geen-toegang"]').text()).toContain(
        'U kunt deze pagina niet gebruiken.',
      )
      expect(bff.calls).toEqual([])
      w.unmount()
    }
  })
})
