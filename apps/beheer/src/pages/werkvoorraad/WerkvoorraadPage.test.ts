import { afterEach, describe, expect, it } from 'vitest'
import WerkvoorraadPage from './WerkvoorraadPage.vue'
import { SERVICEDESK, fakeBff, flushPromises, mountWithPortal } from '../../testing/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const aanmelding = (id: string, bestuurNaam: string, over: Record<string, unknown> = {}) => ({
  id,
  bestuursnummer: '41234',
  bestuurNaam,
  ingediendOp: '2022-02-28T09:00:00.000Z',
  ingediendDoor: { id: 'p-anouk', naam: 'Anouk Jansen' },
  beheerderPo: { id: 'p-lars', naam: 'Lars Hendriks' },
  beheerderBekostiging: null,
  toelichting: null,
  bijlage: { naam: 'aanmelding.pdf', grootte: 2048 },
  status: 'ingediend',
  beoordeeldOp: null,
  reden: null,
  ...over,
})

function queueBff() {
  const beslist: string[] = []
  const bff = fakeBff({
    'GET /api/beheer/aanmeldingen': () => ({
      json: {
        aanmeldingen: [
          aanmelding('a-1', 'Stichting De Linde'),
          aanmelding('a-2', 'Stichting Het Anker'),
        ].filter((a) => !beslist.includes(a.id)),
        werkvoorraad: true,
      },
    }),
    'GET /api/beheer/aanmeldingen/a-1': {
      aanmelding: aanmelding('a-1', 'Stichting De Linde'),
      huidigeBeheerders: [
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
    },
    'POST /api/beheer/aanmeldingen/a-1/goedkeuren': () => {
      beslist.push('a-1')
      return { json: { aanmelding: aanmelding('a-1', 'Stichting De Linde') } }
    },
    'POST /api/beheer/aanmeldingen/a-2/afwijzen': () => {
      beslist.push('a-2')
      return { json: { aanmelding: aanmelding('a-2', 'Stichting Het Anker') } }
    },
  })
  return bff
}

const label = (naam: string) =>
  document.querySelector<HTMLButtonElement>(`button[aria-label="${naam}"]`)!

describe('WerkvoorraadPage', () => {
  it('tells a board user opening it by URL that it is for the servicedesk, without the queue', async () => {
    const bff = queueBff()
    const w = mountWithPortal(WerkvoorraadPage, { fetch: bff.fetch })
    await flushPromises()
    expect(w.find('h1').text()).toBe('Werkvoorraad aanmeldingen')
    expect(w.find('[data-testid="geen-toegang"]').text()).toContain(
      'U kunt deze pagina niet gebruiken. Dit kan alleen een medewerker van DUO met de rol DUO security servicedesk.',
    )
    expect(w.text()).not.toContain('Controleer het ondertekende formulier')
    expect(w.find('table').exists()).toBe(false)
    expect(bff.calls).toEqual([])
  })

  it('says whom an approval replaces before doing it, then returns focus to the next aanmelding', async () => {
    const bff = queueBff()
    const w = mountWithPortal(WerkvoorraadPage, { fetch: bff.fetch, user: SERVICEDESK })
    await flushPromises()
    const rijen = w.findAll('tbody tr')
    expect(rijen).toHaveLength(2)
    expect(rijen[0]!.find('[data-tone]').text()).toContain('Te beoordelen')
    label('Aanmelding van Stichting De Linde goedkeuren').click()
    await flushPromises()
    const dialog = w.find('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.find('h2').text()).toBe('Aanmelding van Stichting De Linde goedkeuren?')
    expect(dialog.text()).toContain(
      'Lars Hendriks wordt Beheerder po en vervangt Anouk Jansen. Anouk Jansen verliest de rol Beheerder po en daarmee Beheerder RIO algemeen en Beheerder RIO Selfservice.',
    )
    expect(bff.calls.some((c) => c.method === 'POST')).toBe(false)
    document.querySelector<HTMLButtonElement>('dialog button')!.click()
    await flushPromises()
    await flushPromises()
    expect(bff.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/beheer/aanmeldingen/a-1/goedkeuren',
    ])
    expect(w.find('[data-testid="beheer-status"]').text()).toContain(
      'De aanmelding van Stichting De Linde is goedgekeurd',
    )
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Aanmelding van Stichting Het Anker goedkeuren',
    )
  })

  it('rejects with a reason, saying a short reason is too short', async () => {
    const bff = queueBff()
    const w = mountWithPortal(WerkvoorraadPage, { fetch: bff.fetch, user: SERVICEDESK })
    await flushPromises()
    label('Aanmelding van Stichting Het Anker afwijzen').click()
    await flushPromises()
    expect(document.activeElement?.id).toBe('reden-a-2')
    const form = w.find('[data-testid="afwijzen-form"]')
    await form.find('textarea').setValue('nee')
    await form.trigger('submit')
    await flushPromises()
    expect(w.find('#reden-a-2-fout').text()).toBe(
      'Fout: De reden is te kort: gebruik ten minste 5 tekens.',
    )
    expect(w.find('.duo-error-summary h3').text()).toBe('Controleer uw invoer')
    await form.find('textarea').setValue('Het formulier is niet ondertekend.')
    await form.trigger('submit')
    await flushPromises()
    await flushPromises()
    expect(bff.calls.find((c) => c.path.endsWith('/afwijzen'))?.body).toEqual({
      reden: 'Het formulier is niet ondertekend.',
    })
    expect(w.find('[data-testid="beheer-status"]').text()).toContain(
      'De aanmelding van Stichting Het Anker is afgewezen.',
    )
  })
})
