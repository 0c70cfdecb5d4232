import { nextTick, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import ToekennenForm from './ToekennenForm.vue'
import { fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'
import type { Autorisaties } from '../../api'

const reden = (code: string, nl: string) => ({ code, nl, en: `${nl} (en)` })

/** What GET /api/beheer/autorisaties gives a beheerder po of bestuur A (trimmed). */
const data = {
  bestuur: {
    bestuursnummer: '41234',
    naam: 'Stichting Openbaar Onderwijs De Linde',
    onderwijsbestuurcode: '101B234',
    osrOvereenkomstGetekend: true,
    scholen: [
      { instellingscode: '12AB', naam: 'OBS De Regenboog', onderwijsaanbiedercode: '101A001' },
      { instellingscode: '34CD', naam: 'OBS Het Kompas', onderwijsaanbiedercode: '101A002' },
    ],
  },
  rollen: [],
  toekenbaar: [
    { role: 'medewerker-schoolleiding-rod', kenmerken: ['12AB', '34CD'] },
    { role: 'rio-beheren-onderwijsbestuur', kenmerken: ['101B234'] },
  ],
  nietMogelijk: [],
  personen: [
    {
      id: 'p-zelf',
      naam: 'Anouk Jansen',
      intermediairKvk: null,
      ikZelf: true,
      grants: [],
      toekenbaar: [{ role: 'rio-beheren-onderwijsbestuur', kenmerken: ['101B234'] }],
      nietVoorDezePersoon: [
        {
          rol: 'medewerker-schoolleiding-rod',
          reden: reden(
            'geen-data-toegang',
            'U kunt de rol Medewerker schoolleiding ROD niet aan uzelf geven.',
          ),
        },
      ],
    },
    {
      id: 'p-daan',
      naam: 'Daan Smit',
      intermediairKvk: null,
      ikZelf: false,
      grants: [],
      toekenbaar: [
        { role: 'medewerker-schoolleiding-rod', kenmerken: ['12AB', '34CD'] },
        { role: 'rio-beheren-onderwijsbestuur', kenmerken: ['101B234'] },
      ],
      nietVoorDezePersoon: [],
    },
  ],
} as unknown as Autorisaties

const optionTexts = (el: Element | null) =>
  Array.from(el?.querySelectorAll('option') ?? []).map((o) => o.textContent?.trim())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ToekennenForm', () => {
  it('offers only the roles allowed for the chosen person and says why the others are not', async () => {
    const bff = fakeBff({})
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data } })
    await w.find('#beheer-veld-persoonId').setValue('p-zelf')
    expect(optionTexts(w.find('#beheer-veld-rol').element)).toEqual([
      'Kies een rol',
      'Beheren onderwijsbestuur',
    ])
    expect(w.find('[data-testid="niet-voor-persoon"]').text()).toContain('niet aan uzelf geven')

    await w.find('#beheer-veld-persoonId').setValue('p-daan')
    expect(optionTexts(w.find('#beheer-veld-rol').element)).toContain(
      'Medewerker schoolleiding ROD',
    )
    await w.find('#beheer-veld-rol').setValue('medewerker-schoolleiding-rod')
    expect(optionTexts(w.find('#beheer-veld-kenmerk').element)).toEqual([
      'Kies een kenmerk',
      '12AB — OBS De Regenboog',
      '34CD — OBS Het Kompas',
    ])
    expect(w.find('[data-testid="niet-voor-persoon"]').exists()).toBe(false)
  })

  it('checks required fields before calling the BFF', async () => {
    const bff = fakeBff({})
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data } })
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls).toEqual([])
    expect(w.find('#beheer-veld-persoonId').attributes('aria-invalid')).toBe('true')
    expect(w.find('#beheer-veld-persoonId').attributes('aria-describedby')).toBe(
      'beheer-veld-persoonId-fout',
    )
    expect(w.find('[role="alert"]').text()).toContain('Kies een medewerker')
  })

  it('shows the BFF field errors per field, focuses the summary and keeps every value', async () => {
    const bff = fakeBff({
      'POST /api/beheer/autorisaties': () => ({
        status: 400,
        json: {
          code: 'ongeldige-invoer',
          nl: 'Controleer uw invoer',
          en: 'Check',
          velden: [
            {
              veld: 'tot',
              nl: 'De laatste dag ligt in het verleden.',
              en: 'The last day is in the past.',
            },
          ],
        },
      }),
    })
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data } })
    await w.find('#beheer-veld-persoonId').setValue('p-daan')
    await w.find('#beheer-veld-rol').setValue('medewerker-schoolleiding-rod')
    await w.find('#beheer-veld-kenmerk').setValue('12AB')
    await w.find('#beheer-veld-tot').setValue('2021-01-01')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls).toHaveLength(1)
    expect(bff.calls[0]!.body).toEqual({
      persoonId: 'p-daan',
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
      vanaf: null,
      tot: '2021-01-01',
    })
    expect(w.find('#beheer-veld-tot-fout').text()).toBe(
      'Fout: De laatste dag ligt in het verleden.',
    )
    expect(w.find('#beheer-veld-tot').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.getAttribute('role')).toBe('alert')
    expect((w.find('#beheer-veld-kenmerk').element as HTMLSelectElement).value).toBe('12AB')
    expect((w.find('#beheer-veld-tot').element as HTMLInputElement).value).toBe('2021-01-01')
    expect(w.emitted('toegekend')).toBeUndefined()
  })

  it('shows the API’s messages in the current language', async () => {
    const bff = fakeBff({
      'POST /api/beheer/autorisaties': () => ({
        status: 400,
        json: {
          code: 'ongeldige-invoer',
          nl: 'Controleer uw invoer',
          en: 'Please check your input',
          velden: [
            {
              veld: 'tot',
              nl: 'De laatste dag ligt in het verleden.',
              en: 'The last day is in the past.',
            },
          ],
        },
      }),
    })
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data }, locale: 'en' })
    await w.find('#beheer-veld-persoonId').setValue('p-daan')
    await w.find('#beheer-veld-rol').setValue('medewerker-schoolleiding-rod')
    await w.find('#beheer-veld-kenmerk').setValue('12AB')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('#beheer-veld-tot-fout').text()).toBe('Error: The last day is in the past.')
  })

  it('shows a refusal of the rules as a message and reports a success', async () => {
    let refuse = true
    const bff = fakeBff({
      'POST /api/beheer/autorisaties': () =>
        refuse
          ? {
              status: 403,
              json: reden(
                'nog-niet-beschikbaar',
                'De rol Medewerker schoolleiding ROD is beschikbaar vanaf 1 februari 2022.',
              ),
            }
          : { status: 201, json: { grant: {} } },
    })
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data } })
    await w.find('#beheer-veld-persoonId').setValue('p-daan')
    await w.find('#beheer-veld-rol').setValue('medewerker-schoolleiding-rod')
    await w.find('#beheer-veld-kenmerk').setValue('34CD')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[role="alert"]').text()).toContain('beschikbaar vanaf 1 februari 2022')
    refuse = false
    await w.find('form').trigger('submit')
    await flushPromises()
    const bericht = w.emitted('toegekend')?.[0]?.[0] as { nl: string; en: string }
    expect(bericht.nl).toContain('is toegekend aan Daan Smit')
    // English keeps the Dutch role name, with a short gloss.
    expect(bericht.en).toContain(
      'The role Medewerker schoolleiding ROD (register of pupils, school management) with kenmerk 34CD has been assigned to Daan Smit',
    )
    expect((w.find('#beheer-veld-rol').element as HTMLSelectElement).value).toBe('')
  })

  it('re-renders the summary and the field messages together on a language switch', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    const bff = fakeBff({})
    const w = mountWithPortal(ToekennenForm, { fetch: bff.fetch, props: { data }, locale: taal })
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('.duo-error-summary h2').text()).toBe('Controleer uw invoer')
    expect(w.find('#beheer-veld-persoonId-fout').text()).toBe('Fout: Kies een medewerker')
    taal.value = 'en'
    await nextTick()
    expect(w.find('.duo-error-summary h2').text()).toBe('Please check your input')
    expect(w.find('.duo-error-summary').text()).toContain('Choose a staff member')
    expect(w.find('.duo-error-summary').text()).not.toContain('Kies')
    expect(w.find('#beheer-veld-persoonId-fout').text()).toBe('Error: Choose a staff member')
  })
})
