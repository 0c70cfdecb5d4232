import { describe, expect, it, vi } from 'vitest'
import { ref, nextTick } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { SCHOLEN, aanvraag, apiFoutAntwoord, fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

const IN_VENSTER = '2022-02-10T10:00:00+01:00'
const links = (page: VueWrapper) =>
  page.findAll('.duo-error-summary a').map((a) => [a.attributes('href'), a.text()])

async function nieuw(
  now = IN_VENSTER,
  extra: Record<string, (c: { body: unknown }) => unknown> = {},
  locale: 'nl' | 'en' | ReturnType<typeof ref<'nl' | 'en'>> = 'nl',
) {
  const bff = fakeBff({ 'GET /api/bekostiging/aanvragen/scholen': () => SCHOLEN, ...extra })
  const page = await mountSection(section, 'alles', {
    path: 'aanvragen/nieuw/eerste-opvang',
    now,
    fetch: bff.fetch,
    locale: locale as 'nl',
  })
  return { page, bff }
}

async function vulIn(page: VueWrapper, n: number) {
  await page.find('#aanvraag-school').setValue('12AB')
  await page.find('#aanvraag-peildatum').setValue('2022-02-01')
  for (let i = 0; i < n; i++) {
    await page.find('#leerlingen-toevoegen').trigger('click')
    await flushPromises()
    await page.find(`#leerling-${i}-leerlingnummer`).setValue(`L-${i + 1}`)
    await page.find(`#leerling-${i}-datumBinnenkomst`).setValue('2021-09-01')
    await page.find(`#leerling-${i}-datumToelating`).setValue('2021-09-10')
  }
}

describe('the aanvraag form', () => {
  it('lists every problem, tied to its field, and asks the API nothing', async () => {
    const { page, bff } = await nieuw()
    expect(page.find('h1').text()).toBe('Eerste opvang asielzoekers en overige vreemdelingen')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(links(page)).toEqual([
      ['#aanvraag-school', 'Kies een school.'],
      ['#aanvraag-peildatum', 'Kies de peildatum.'],
      ['#leerlingen-toevoegen', 'Voeg de leerlingen toe (minstens 4).'],
    ])
    expect(page.find('#aanvraag-school').attributes('aria-invalid')).toBe('true')
    expect(bff.calls.filter((c) => c.method !== 'GET')).toEqual([])
  })

  it('says before submitting that a peildatum’s 4 weeks have passed, with the date', async () => {
    const { page } = await nieuw('2022-03-02T09:00:00+01:00')
    expect(page.find('[data-testid="blokkade"]').exists()).toBe(false)
    await page.find('#aanvraag-peildatum').setValue('2022-02-01')
    await nextTick()
    expect(page.find('[data-testid="blokkade"]').text()).toContain('tot en met 1 maart 2022')
    const optie = page.findAll('#aanvraag-peildatum option').map((o) => o.text())
    expect(optie).toContain('1 februari 2022 (aanvragen tot en met 1 maart 2022)')
  })

  it('adds and removes pupils with the focus where the keyboard user expects it', async () => {
    const { page } = await nieuw()
    document.body.append(page.element)
    await page.find('#leerlingen-toevoegen').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('leerling-0-leerlingnummer')
    await page.find('#leerlingen-toevoegen').trigger('click')
    await flushPromises()
    await page.find('#leerling-1-leerlingnummer').setValue('TWEE')
    await page.findAll('fieldset fieldset button')[0]!.trigger('click')
    await flushPromises()
    expect((page.find('#leerling-0-leerlingnummer').element as HTMLInputElement).value).toBe('TWEE')
    expect(document.activeElement?.id).toBe('leerling-0-leerlingnummer')
    expect(page.text()).toContain('Leerling 1 is verwijderd.')
    page.element.remove()
  })

  it('keeps a concept with "Nu bewaren" and moves to its own address', async () => {
    const { page, bff } = await nieuw(IN_VENSTER, {
      'POST /api/bekostiging/aanvragen': () => ({ aanvraag: aanvraag() }),
      'GET /api/bekostiging/aanvragen/a-1': () => ({ aanvraag: aanvraag() }),
    })
    await page.find('#aanvraag-school').setValue('34CD')
    const bewaar = page.findAll('button').find((b) => b.text() === 'Nu bewaren')!
    await bewaar.trigger('click')
    await flushPromises()
    const post = bff.calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({
      categorie: 'eerste-opvang',
      gegevens: { instellingscode: '34CD', leerlingen: [] },
    })
    expect(page.text()).toContain('Uw concept is bewaard')
  })

  it('submits a complete aanvraag and opens the confirmation; a server refusal shows its rule', async () => {
    let weiger = true
    const { page, bff } = await nieuw(IN_VENSTER, {
      'POST /api/bekostiging/aanvragen': () => ({ aanvraag: aanvraag() }),
      'PUT /api/bekostiging/aanvragen/a-1': () => ({ aanvraag: aanvraag() }),
      'POST /api/bekostiging/aanvragen/a-1/indienen': () =>
        weiger
          ? apiFoutAntwoord(400, {
              code: 'niet-toegestaan',
              nl: 'Leerling 1 staat al in aanvraag BB-2022-000004.',
              en: 'Pupil 1 is already in application BB-2022-000004.',
              velden: [
                {
                  veld: 'leerlingen.0.leerlingnummer',
                  nl: 'Leerling 1 staat al in aanvraag BB-2022-000004.',
                  en: 'Pupil 1 is already in application BB-2022-000004.',
                },
              ],
            })
          : { aanvraag: aanvraag({ status: 'ingediend', referentie: 'BB-2022-000009' }) },
      'GET /api/bekostiging/aanvragen/a-1': () => ({
        aanvraag: aanvraag({
          status: 'ingediend',
          referentie: 'BB-2022-000009',
          ontvangenDag: '2022-02-10',
          uitersteBeslisdatum: '2022-06-10',
          ingangsdatum: '2022-03-01',
        }),
        documenten: [{ id: 'd-1', soort: 'bevestiging' }],
        tijdlijn: [],
        bezwaren: [],
        beschikking: null,
        bezwaar: null,
      }),
    })
    await vulIn(page, 4)
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(links(page)).toEqual([
      ['#leerling-0-leerlingnummer', 'Leerling 1 staat al in aanvraag BB-2022-000004.'],
    ])
    expect((page.find('#leerling-3-leerlingnummer').element as HTMLInputElement).value).toBe('L-4')
    weiger = false
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.filter((c) => c.path.endsWith('/indienen'))).toHaveLength(2)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.find('[data-testid="referentie"]').text()).toBe('BB-2022-000009')
    })
    expect(page.find('h1').text()).toBe('Uw aanvraag is ingediend')
  })

  it('speaks English, problems included, after a language switch', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    const { page } = await nieuw(IN_VENSTER, {}, taal)
    await page.find('form').trigger('submit')
    await flushPromises()
    taal.value = 'en'
    await flushPromises()
    expect(page.find('h1').text()).toContain('first reception of asylum seekers')
    expect(links(page)[0]).toEqual(['#aanvraag-school', 'Choose a school.'])
    expect(page.find('label[for="aanvraag-peildatum"]').text()).toContain('Reference date')
  })
})
