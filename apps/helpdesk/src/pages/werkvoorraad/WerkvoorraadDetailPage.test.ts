import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, melding } from '../../testing/fake-bff'
import { HELPDESKMEDEWERKER } from '../../testing/medewerker'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({
  ...(await original<typeof import('../../api')>()),
  uploadForm: upload,
}))

const detail = (status = 'in-behandeling', extra: object[] = []) => ({
  melding: { ...melding({ status }), bestuurNaam: 'De Linde', schoolNaam: null },
  gesprek: [
    {
      id: 'b-1',
      van: 'bestuur',
      auteur: 'Anouk Jansen',
      tekst: 'Leerling staat dubbel.',
      createdAt: '2022-01-10T09:12:00.000Z',
      bijlagen: [],
    },
    ...extra,
  ],
})

afterEach(() => {
  vi.restoreAllMocks()
  upload.mockReset()
})

describe('a melding in the werkvoorraad', () => {
  it('gives each control its own label and reads the statuses as the helpdesk does', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/werkvoorraad/m-1': () => detail() })
    const page = await mountSection(section, HELPDESKMEDEWERKER, {
      path: 'werkvoorraad/m-1',
      fetch: bff.fetch,
    })
    const labels = page.findAll('label').map((l) => l.text())
    expect(labels).toContain('Nieuwe status')
    expect(labels).toContain('Status na uw antwoord')
    expect(new Set(labels).size).toBe(labels.length)
    expect(page.find('#reactie-status option[value="wacht-op-reactie"]').text()).toBe(
      'Wacht op reactie bestuur',
    )
    expect(page.find('[data-testid="melding-status"]').text()).toContain('In behandeling')
  })

  it('changes the status and says so in the current language', async () => {
    const bff = fakeBff({
      'GET /api/helpdesk/werkvoorraad/m-1': () => detail(),
      'PUT /api/helpdesk/werkvoorraad/m-1/status': () => detail('wacht-op-reactie'),
    })
    const taal = ref<'nl' | 'en'>('nl')
    const page = await mountSection(section, HELPDESKMEDEWERKER, {
      path: 'werkvoorraad/m-1',
      fetch: bff.fetch,
      locale: taal,
    })
    await page.find('#wv-nieuwe-status').setValue('wacht-op-reactie')
    await page.find('form[aria-label="Status wijzigen"]').trigger('submit')
    await flushPromises()
    expect(bff.calls.at(-1)!.body).toEqual({ status: 'wacht-op-reactie' })
    expect(page.find('.duo-live-region').text()).toBe('De status is nu: Wacht op reactie bestuur.')
    taal.value = 'en'
    await nextTick()
    expect(page.find('.duo-live-region').text()).toBe(
      'The status is now: Waiting for the school board.',
    )
  })

  it('sends a reply with the status after it, then focuses the new message', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/werkvoorraad/m-1': () => detail() })
    upload.mockResolvedValue(
      detail('wacht-op-reactie', [
        {
          id: 'b-2',
          van: 'helpdesk',
          auteur: 'Vincent Prins',
          tekst: 'Opgelost.',
          createdAt: '2022-01-11T09:00:00.000Z',
          bijlagen: [],
        },
      ]),
    )
    const page = await mountSection(section, HELPDESKMEDEWERKER, {
      path: 'werkvoorraad/m-1',
      fetch: bff.fetch,
    })
    const focus = vi.spyOn(HTMLElement.prototype, 'focus')
    await page.find('#reactie-tekst').setValue('Opgelost.')
    await page.find('form[aria-label="Reageren"]').trigger('submit')
    await flushPromises()
    const [path, form] = upload.mock.calls[0]! as [string, FormData]
    expect(path).toBe('/api/helpdesk/werkvoorraad/m-1/reacties')
    expect(form.get('status')).toBe('wacht-op-reactie')
    expect((focus.mock.contexts.at(-1) as HTMLElement).id).toBe('bericht-b-2')
    expect(page.find('[data-testid="melding-status"]').text()).toContain('Wacht op reactie bestuur')
    expect((page.find('#wv-nieuwe-status').element as HTMLSelectElement).value).toBe(
      'wacht-op-reactie',
    )
  })
})
