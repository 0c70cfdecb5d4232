import { describe, expect, it } from 'vitest'
import { ref, nextTick } from 'vue'
import { fakeBff, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { RIO_BEHEERDER, overzicht } from '../../testing/gebruikers'

const segment = (
  begindatum: string,
  einddatum: string | null,
  naam: string,
  status: string,
  referentie: string,
) => ({
  begindatum,
  einddatum,
  gegevens: { naam, internationaleNaam: '', erkenningscode: '12AB' },
  referentie,
  door: 'Anouk Jansen',
  op: '2022-09-12T13:40:00.000Z',
  status,
})
const REGENBOOG = {
  geldigOp: '2025-03-17',
  vandaag: '2025-03-17',
  object: {
    code: '101A001',
    soort: 'onderwijsaanbieder',
    naam: 'IKC De Regenboog',
    inBedrijf: '2019-08-01',
    uitBedrijf: null,
    ouder: null,
  },
  stand: {
    begindatum: '2022-08-01',
    einddatum: null,
    gegevens: {
      naam: 'IKC De Regenboog',
      internationaleNaam: 'De Regenboog ICC',
      erkenningscode: '12AB',
    },
    referentie: 'RIO-41234-000002',
  },
  tijdlijn: [
    segment('2019-08-01', '2022-08-01', 'OBS De Regenboog', 'historisch', 'RIO-41234-000001'),
    {
      ...segment('2022-08-01', null, 'IKC De Regenboog', 'geldig', 'RIO-41234-000002'),
      gegevens: {
        naam: 'IKC De Regenboog',
        internationaleNaam: 'De Regenboog ICC',
        erkenningscode: '12AB',
      },
    },
  ],
  versies: [
    {
      id: 'v1',
      volgnummer: 1,
      positie: 1,
      begindatum: '2019-08-01',
      einddatum: null,
      bestaat: true,
      gegevens: {},
      referentie: 'RIO-41234-000001',
      door: 'Anouk Jansen',
      op: '2022-03-01T09:12:00.000Z',
      omschrijving: null,
      vervangen: false,
    },
    {
      id: 'v2',
      volgnummer: 2,
      positie: 0,
      begindatum: '2022-08-01',
      einddatum: null,
      bestaat: true,
      gegevens: {},
      referentie: 'RIO-41234-000002',
      door: 'Anouk Jansen',
      op: '2022-09-12T13:40:00.000Z',
      omschrijving: null,
      vervangen: false,
    },
  ],
  kinderen: [{ code: 'e1f4', soort: 'aangeboden-opleiding', naam: 'Montessori De Regenboog' }],
  mag: {
    wijzigen: false,
    reden: {
      code: 'kenmerk-dekt-niet',
      nl: 'Uw rol geldt voor 101A002, niet voor 101A001.',
      en: 'Your role applies to 101A002, not to 101A001.',
    },
  },
}

describe('an object and its history', { timeout: 20_000 }, () => {
  it('shows the state on the date, the timeline newest first with what changed, and why it cannot be changed', async () => {
    const server = fakeBff({
      'GET /api/rio/register': () => overzicht(),
      'GET /api/rio/objecten/101A001': () => REGENBOOG,
    })
    const taal = ref<'nl' | 'en'>('nl')
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'objecten/101A001?gewijzigd=RIO-41234-000002',
      fetch: server.fetch,
      locale: taal,
    })
    expect(page.find('h1').text()).toBe('IKC De Regenboog')
    expect(page.text()).toContain('Zo staat het in RIO op 17 maart 2025')
    expect(page.find('.duo-live-region').text()).toContain('RIO-41234-000002')
    const perioden = page.findAll('[data-testid="tijdlijn"] > li')
    expect(perioden.map((p) => p.find('h3').text())).toEqual([
      'Vanaf 1 augustus 2022',
      'Van 1 augustus 2019 tot 1 augustus 2022',
    ])
    expect(perioden[0]!.text()).toContain('Geldig')
    // What changed against the period before is marked.
    const gewijzigd = perioden[0]!
      .findAll('.utrecht-data-list__item')
      .filter((i) => i.text().includes('gewijzigd'))
    expect(gewijzigd.map((i) => i.find('dt').text())).toEqual(['Naam', 'Internationale naam'])
    expect(page.find('[data-testid="geen-wijzigrecht"]').text()).toContain('niet voor 101A001')
    expect(page.text()).toContain('Montessori De Regenboog')
    expect(
      server.calls.find((c) => c.path === '/api/rio/objecten/101A001')!.query.get('geldigOp'),
    ).toBeNull()
    taal.value = 'en'
    await nextTick()
    expect(perioden[0]!.find('h3').text()).toBe('From 1 August 2022')
    expect(page.find('[data-testid="geen-wijzigrecht"]').text()).toContain('not to 101A001')
  })

  it('asks for the date in the URL and says when the object does not exist then', async () => {
    const server = fakeBff({
      'GET /api/rio/register': () => overzicht(),
      'GET /api/rio/objecten/101A001': () => ({
        ...REGENBOOG,
        geldigOp: '2019-01-01',
        stand: null,
        mag: { wijzigen: true, reden: null },
      }),
    })
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'objecten/101A001?geldigOp=2019-01-01',
      fetch: server.fetch,
    })
    expect(
      server.calls.find((c) => c.path === '/api/rio/objecten/101A001')!.query.get('geldigOp'),
    ).toBe('2019-01-01')
    expect(page.text()).toContain('Dit object bestaat niet op 1 januari 2019')
    expect(page.find('a[href="/rio/objecten/101A001/wijzigen"]').exists()).toBe(true)
  })
})
