import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { adviezen, dossier, fakeBff, verzoek } from '../../testing/fixtures'
import { SCHOOLADMIN } from '../../testing/gebruikers'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({
  ...(await original<typeof import('../../api')>()),
  uploadForm: upload,
}))

const bff = () =>
  fakeBff({
    'GET /api/rod/leerlingdossier/34CD/l-1': () => dossier(),
    'GET /api/rod/waardelijsten': () => adviezen,
    'GET /api/rod/handmatige-mutatie/v-9': () => ({ verzoek: verzoek({ id: 'v-9' }) }),
  })
const open = (page: VueWrapper) => page.find('form').trigger('submit')

describe('a new verzoek handmatige mutatie', () => {
  beforeEach(() => {
    upload.mockReset()
  })

  it('lists every problem, tied to its field, before sending anything', async () => {
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'handmatige-mutatie/nieuw/34CD/l-1',
      fetch: bff().fetch,
    })
    expect(page.find('h1').text()).toBe('Verzoek handmatige mutatie')
    expect(page.find('[data-testid="mutatie-leerling"]').text()).toContain('Noor de Vries')
    await open(page)
    await flushPromises()
    const links = page.findAll('.duo-error-summary a').map((a) => a.attributes('href'))
    expect(links).toEqual(['#mutatie-onderdeel', '#mutatie-reden', '#mutatie-bevestiging'])
    expect(upload).not.toHaveBeenCalled()
  })

  it('offers only adviezen the rule allows: a definitief advies not below the voorlopig one', async () => {
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'handmatige-mutatie/nieuw/34CD/l-1',
      fetch: bff().fetch,
    })
    await page.find('input[value="schooladvies"]').setValue(true)
    await flushPromises()
    await page.find('#mutatie-registratie').setValue('a-2')
    await flushPromises()
    expect(page.find('[data-testid="nu-geregistreerd"]').text()).toBe('Nu geregistreerd: havo')
    const opties = page.findAll('#mutatie-waarde option').map((o) => o.attributes('value'))
    expect(opties).toEqual(['', 'vmbo-tl', 'havo', 'vwo'])
    await page.find('#mutatie-registratie').setValue('a-1')
    await flushPromises()
    expect(page.findAll('#mutatie-waarde option').map((o) => o.attributes('value'))).toEqual([
      '',
      'praktijkonderwijs',
      'vmbo-tl',
      'havo',
    ])
  })

  it('sends the verzoek with its bijlage and opens it with the confirmation', async () => {
    upload.mockImplementation(
      async (_url: string, _form: FormData, voortgang: (p: number) => void) => {
        voortgang(50)
        return { verzoek: { id: 'v-9' } }
      },
    )
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'handmatige-mutatie/nieuw/34CD/l-1',
      fetch: bff().fetch,
    })
    await page.find('input[value="leerjaar"]').setValue(true)
    await flushPromises()
    await page.find('#mutatie-registratie').setValue('lj-1')
    await flushPromises()
    await page.find('#mutatie-waarde').setValue('6')
    await page
      .find('#mutatie-reden')
      .setValue('De leerling doet groep 7 over; het LAS kan dit niet meer aanpassen.')
    await page.find('#mutatie-bevestiging').setValue(true)
    const input = page.find('#mutatie-bijlage').element as HTMLInputElement
    Object.defineProperty(input, 'files', {
      value: [new File(['%PDF-1.4'], 'verklaring.pdf', { type: 'application/pdf' })],
      configurable: true,
    })
    input.dispatchEvent(new Event('change'))
    await flushPromises()
    await open(page)
    await flushPromises()
    expect(upload).toHaveBeenCalledTimes(1)
    const [url, form] = upload.mock.calls[0]! as [string, FormData]
    expect(url).toBe('/api/rod/handmatige-mutatie/34CD/l-1')
    const velden = ['onderdeel', 'objectId', 'waarde', 'reden', 'bevestiging']
    expect(Object.fromEntries(velden.map((k) => [k, form.get(k)]))).toEqual({
      onderdeel: 'leerjaar',
      objectId: 'lj-1',
      waarde: '6',
      reden: 'De leerling doet groep 7 over; het LAS kan dit niet meer aanpassen.',
      bevestiging: 'ja',
    })
    expect((form.get('bijlage') as File).name).toBe('verklaring.pdf')
    await vi.waitFor(() =>
      expect(page.vm.$route.fullPath).toBe('/rod/handmatige-mutatie/v-9?nieuw=1'),
    )
    await vi.waitFor(() =>
      expect(page.find('[data-testid="verzoek-verstuurd"]').exists()).toBe(true),
    )
    expect(page.find('[data-testid="verzoek-verstuurd"]').text()).toContain('HM-2024-ABCDEF12')
  })
})
