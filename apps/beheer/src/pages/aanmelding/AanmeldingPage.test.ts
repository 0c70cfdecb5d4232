import { afterEach, describe, expect, it } from 'vitest'
import AanmeldingPage from './AanmeldingPage.vue'
import { fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const kandidaten = {
  bestuur: {
    bestuursnummer: '41234',
    naam: 'Stichting Openbaar Onderwijs De Linde',
    kvk: '30123456',
  },
  personen: [
    { id: 'p-lars', naam: 'Lars Hendriks' },
    { id: 'p-daan', naam: 'Daan Smit' },
  ],
  beheerders: [
    {
      rol: 'beheerder-po',
      rolNaam: { nl: 'Beheerder po', en: 'Beheerder po' },
      personen: [{ id: 'p-anouk', naam: 'Anouk Jansen' }],
    },
    {
      rol: 'beheerder-bekostiging-opleidingen',
      rolNaam: { nl: 'Beheerder bekostiging en opleidingen', en: 'x' },
      personen: [],
    },
  ],
  maxBijlageBytes: 5 * 1024 * 1024,
}

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('AanmeldingPage', () => {
  it('shows the current beheerders and checks the form before sending anything', async () => {
    const bff = fakeBff({
      'GET /api/beheer/aanmeldingen/kandidaten': kandidaten,
      'GET /api/beheer/aanmeldingen': { aanmeldingen: [], werkvoorraad: false },
    })
    const w = mountWithPortal(AanmeldingPage, { fetch: bff.fetch })
    await flushPromises()
    expect(w.find('#beheer-veld-beheerderPo-uitleg').text()).toBe('Nu: Anouk Jansen')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.filter((c) => c.method === 'POST')).toEqual([])
    expect(w.find('#beheer-veld-beheerderPo-fout').text()).toContain('ten minste één beheerder')
    expect(w.find('#beheer-veld-bijlage-fout').text()).toContain('PDF')
  })

  it('sends the form with the PDF, shows the BFF field error and keeps the choices', async () => {
    const bff = fakeBff({
      'GET /api/beheer/aanmeldingen/kandidaten': kandidaten,
      'GET /api/beheer/aanmeldingen': { aanmeldingen: [], werkvoorraad: false },
      'POST /api/beheer/aanmeldingen': () => ({
        status: 400,
        json: {
          code: 'ongeldige-invoer',
          nl: 'x',
          en: 'x',
          velden: [
            { veld: 'bijlage', nl: 'Het bestand is geen PDF.', en: 'The file is not a PDF.' },
          ],
        },
      }),
    })
    const w = mountWithPortal(AanmeldingPage, { fetch: bff.fetch })
    await flushPromises()
    await w.find('#beheer-veld-beheerderPo').setValue('p-lars')
    await w.find('#beheer-veld-toelichting').setValue('Lars wordt beheerder po')
    choose(
      w.find('#beheer-veld-bijlage').element as HTMLInputElement,
      new File(['<html>'], 'formulier.pdf', { type: 'application/pdf' }),
    )
    await w.find('form').trigger('submit')
    await flushPromises()
    const post = bff.calls.find((c) => c.method === 'POST')!
    expect(post.body).toBeInstanceOf(FormData)
    const form = post.body as FormData
    expect(form.get('beheerderPo')).toBe('p-lars')
    expect((form.get('bijlage') as File).name).toBe('formulier.pdf')
    expect(w.find('#beheer-veld-bijlage-fout').text()).toBe('Fout: Het bestand is geen PDF.')
    expect((w.find('#beheer-veld-beheerderPo').element as HTMLSelectElement).value).toBe('p-lars')
    expect((w.find('#beheer-veld-toelichting').element as HTMLTextAreaElement).value).toBe(
      'Lars wordt beheerder po',
    )
  })

  it('tells DUO staff the form is for besturen', async () => {
    const bff = fakeBff({})
    const staff = {
      persoon: { id: 'd-1', naam: 'Ursula Koster' },
      soort: 'duo-medewerker' as const,
      organisatie: null,
      grants: [{ role: 'duo-security-servicedesk', kenmerk: 'DUO', from: null, until: null }],
      machtigingen: [],
      niveau: null,
      bestuur: null,
    }
    const w = mountWithPortal(AanmeldingPage, { fetch: bff.fetch, user: staff })
    await flushPromises()
    expect(w.find('[data-testid="geen-toegang"]').text()).toContain(
      'U kunt deze pagina niet gebruiken. Dit formulier is voor besturen',
    )
    expect(w.find('form').exists()).toBe(false)
    expect(bff.calls).toEqual([])
  })
})
