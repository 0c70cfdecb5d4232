import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fixtures'
import { SCHOOLADMIN } from '../../testing/gebruikers'

const week = (id: string, nummer: number, aantal: number) => ({
  id,
  jaar: 2024,
  nummer,
  maandag: '2024-04-08',
  zondag: '2024-04-14',
  aantal,
  bestand: aantal > 0,
})

describe('the kwaliteitscontrolebestand', () => {
  it('lists the weeks, linking only those with a file', async () => {
    const bff = fakeBff({
      'GET /api/rod/kwaliteitscontrole': () => ({
        school: { instellingscode: '34CD', naam: 'OBS Het Kompas' },
        scholen: [{ instellingscode: '34CD', naam: 'OBS Het Kompas' }],
        schooljaren: ['2023-2024'],
        schooljaar: '2023-2024',
        weken: [week('2024-W15', 15, 3), week('2024-W14', 14, 0)],
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'kwaliteitscontrole',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Kwaliteitscontrolebestand')
    const rijen = page.findAll('tbody tr')
    expect(rijen[0]!.find('a').attributes('href')).toBe('/rod/kwaliteitscontrole/34CD/2024-W15')
    expect(rijen[0]!.text()).toContain('Bestand gemaakt')
    expect(rijen[1]!.find('a').exists()).toBe(false)
    expect(rijen[1]!.text()).toContain('Geen bestand: geen signalen')
  })

  it('shows a week’s findings with what to do, a CSV download, and a link to the dossier', async () => {
    const bff = fakeBff({
      'GET /api/rod/kwaliteitscontrole/34CD/2024-W15': () => ({
        school: { instellingscode: '34CD', naam: 'OBS Het Kompas' },
        week: week('2024-W15', 15, 1),
        bestand: true,
        bevindingen: [
          {
            id: 'f-1',
            soort: 'signaal',
            soortLabel: { nl: 'Signaal', en: 'Signaal' },
            code: '168',
            omschrijving: {
              nl: 'Geen schooladvies geregistreerd.',
              en: 'No schooladvies registered.',
            },
            actie: { nl: 'Leg het schooladvies vast in uw LAS.', en: 'Record it in your LAS.' },
            schooljaar: '2023-2024',
            gesignaleerdOp: '2024-02-15',
            leerling: {
              id: 'l-1',
              pgn: '123456782',
              naam: 'Noor de Vries',
              geboortedatum: '2012-05-04',
            },
          },
        ],
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'kwaliteitscontrole/34CD/2024-W15',
      fetch: bff.fetch,
    })
    await flushPromises()
    expect(page.find('h1').text()).toBe('Kwaliteitscontrolebestand week 15 van 2024')
    expect(page.find('a[download]').attributes('href')).toBe(
      '/api/rod/kwaliteitscontrole/34CD/2024-W15/csv',
    )
    expect(page.text()).toContain('Leg het schooladvies vast in uw LAS.')
    expect(page.text()).toContain('1234.56.782')
    expect(page.find('a[href="/rod/leerlingdossier/34CD/l-1"]').text()).toBe('Noor de Vries')
  })

  it('says plainly that a week without signals got no file', async () => {
    const bff = fakeBff({
      'GET /api/rod/kwaliteitscontrole/34CD/2024-W14': () => ({
        school: { instellingscode: '34CD', naam: 'OBS Het Kompas' },
        week: week('2024-W14', 14, 0),
        bestand: false,
        bevindingen: [],
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'kwaliteitscontrole/34CD/2024-W14',
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(page.text()).toContain(
      'No kwaliteitscontrolebestand was made for this week: no signals were open.',
    )
    expect(page.find('a[download]').exists()).toBe(false)
  })
})
