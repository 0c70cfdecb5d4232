import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, melding } from '../../testing/fake-bff'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({
  ...(await original<typeof import('../../api')>()),
  uploadForm: upload,
}))

const bericht = (id: string, van: 'bestuur' | 'helpdesk', tekst: string) => ({
  id,
  van,
  auteur: van === 'helpdesk' ? 'Bram de Vries' : 'Anouk Jansen',
  tekst,
  createdAt: '2022-01-11T13:40:00.000Z',
  bijlagen: [],
})
const detail = (gesprek = [bericht('b-1', 'helpdesk', 'Welke leerling bedoelt u?')]) => ({
  melding: { ...melding(), bestuurNaam: 'De Linde', schoolNaam: null },
  gesprek,
})

afterEach(() => {
  vi.restoreAllMocks()
  upload.mockReset()
})

describe('one melding', () => {
  it('shows its status and, after a reply, moves focus to the new message and says it was sent', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen/m-1': () => detail() })
    upload.mockResolvedValue(
      detail([
        bericht('b-1', 'helpdesk', 'Welke leerling bedoelt u?'),
        bericht('b-2', 'bestuur', 'Leerling 3 van groep 4.'),
      ]),
    )
    const page = await mountSection(section, 'alles', { path: 'meldingen/m-1', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Leerling dubbel ingeschreven')
    expect(page.find('[data-testid="melding-status"] [data-tone]').attributes('data-tone')).toBe(
      'warning',
    )
    expect(page.findAll('#reactie-status')).toHaveLength(0)

    const focus = vi.spyOn(HTMLElement.prototype, 'focus')
    await page.find('#reactie-tekst').setValue('Leerling 3 van groep 4.')
    await page.find('form[aria-label="Reageren"]').trigger('submit')
    await flushPromises()
    expect(upload.mock.calls[0]![0]).toBe('/api/helpdesk/meldingen/m-1/reacties')
    expect(page.findAll('article[tabindex="-1"]')).toHaveLength(2)
    expect((focus.mock.contexts.at(-1) as HTMLElement).id).toBe('bericht-b-2')
    expect(page.find('.duo-live-region').text()).toBe('Uw bericht is verstuurd.')
    expect((page.find('#reactie-tekst').element as HTMLTextAreaElement).value).toBe('')
  })

  it('asks for the message before sending, in the field and in the summary', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen/m-1': () => detail() })
    const page = await mountSection(section, 'alles', { path: 'meldingen/m-1', fetch: bff.fetch })
    await page.find('form[aria-label="Reageren"]').trigger('submit')
    await flushPromises()
    expect(page.find('#reactie-tekst-fout').text()).toBe('Fout: Vul uw bericht in.')
    expect(page.find('.duo-error-summary a').attributes('href')).toBe('#reactie-tekst')
    expect(upload).not.toHaveBeenCalled()
  })

  it('says why it could not be loaded, with a retry', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'alles', { path: 'meldingen/m-1', fetch: bff.fetch })
    expect(page.find('.duo-error-state').text()).toContain('Niet gevonden')
    expect(page.find('.duo-error-state button').text()).toBe('Opnieuw proberen')
  })
})
