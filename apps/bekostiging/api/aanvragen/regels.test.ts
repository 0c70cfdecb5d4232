/**
 * The rules of bijzondere bekostiging (regels/), as the form and the API both apply them: every
 * dated rule on both sides of its date, the minimum pupil counts, the school's kind, the pupils.
 */
import { describe, expect, it } from 'vitest'
import {
  controleerAanvraag,
  hoofdcode,
  type Controlecontext,
  type Gegevens,
} from '../../regels/controle'
import { schippersBand, type Categorie } from '../../regels/categorieen'
import { indicatiefBedrag, ingangsdatum, uitersteBeslisdatum } from '../../regels/bedragen'
import { bezwaarOpen, laatsteBezwaardag } from '../../regels/bezwaar'
import { datumTekst, plusMaanden, schooljaarVan, vandaagVan } from '../../regels/datum'
import { opvangMaanden } from '../../regels/leerlingen'

const scholen: Controlecontext['scholen'] = [
  { instellingscode: '12AB', naam: 'OBS De Regenboog', soort: 'bao' },
  { instellingscode: '77SB', naam: 'SBO De Brug', soort: 'sbo' },
]
const op = (vandaag: string, extra: Partial<Controlecontext> = {}): Controlecontext => ({
  vandaag,
  scholen,
  ...extra,
})
const check = (c: Categorie, g: Gegevens, vandaag: string, extra?: Partial<Controlecontext>) =>
  controleerAanvraag(c, g, op(vandaag, extra))
const velden = (b: ReturnType<typeof check>) => b.map((x) => `${x.veld}:${x.code}`)

const nieuwkomers = (p: string, aankomsten: string[]) => ({
  instellingscode: '12AB',
  peildatum: p,
  leerlingen: aankomsten.map((a, i) => ({
    leerlingnummer: `L-${i + 1}`,
    datumBinnenkomst: a,
    datumToelating: a,
  })),
})

describe('dates', () => {
  it('counts months, schooljaren and Dutch days', () => {
    expect(plusMaanden('2022-01-31', 1)).toBe('2022-02-28')
    expect(schooljaarVan('2022-07-31')).toBe('2021-2022')
    expect(schooljaarVan('2022-08-01')).toBe('2022-2023')
    // 23:30 UTC on 31 January is 1 February in the Netherlands.
    expect(vandaagVan(new Date('2022-01-31T23:30:00Z'))).toBe('2022-02-01')
    expect(datumTekst('2022-04-01', 'nl')).toBe('1 april 2022')
    expect(datumTekst('2022-04-01', 'en')).toBe('1 April 2022')
  })

  it('gives the due date (4 months) and the start of funding (next month)', () => {
    expect(uitersteBeslisdatum('2022-02-13')).toBe('2022-06-13')
    expect(ingangsdatum('2022-02-13')).toBe('2022-03-01')
    expect(ingangsdatum('2022-12-31')).toBe('2023-01-01')
  })
})

describe('schipperskinderen and Roma en Sinti: before 1 April', () => {
  const schippers = {
    instellingscode: '12AB',
    schooljaar: '2021-2022',
    periodeVan: '2021-09-01',
    periodeTot: '2022-07-15',
    aantalLeerlingen: 4,
  }

  it('accepts on 31 March and refuses from 1 April, with the rule and the date', () => {
    expect(check('schipperskinderen', schippers, '2022-03-31')).toEqual([])
    const laat = check('schipperskinderen', schippers, '2022-04-01')
    expect(velden(laat)).toEqual(['schooljaar:te-laat'])
    expect(laat[0]!.nl).toContain('tot 1 april 2022')
    expect(laat[0]!.en).toContain('until 1 April 2022')
    expect(
      check(
        'roma-sinti',
        { instellingscode: '12AB', schooljaar: '2021-2022', aantalLeerlingen: 4 },
        '2022-03-31',
      ),
    ).toEqual([])
    expect(
      hoofdcode(
        check(
          'roma-sinti',
          { instellingscode: '12AB', schooljaar: '2021-2022', aantalLeerlingen: 4 },
          '2022-04-01',
        ),
      ),
    ).toBe('te-laat')
  })

  it('refuses a period after 1 April, a schooljaar not begun, and too few pupils', () => {
    expect(
      velden(check('schipperskinderen', { ...schippers, periodeVan: '2022-04-01' }, '2022-03-20')),
    ).toEqual(['periodeVan:niet-toegestaan'])
    expect(
      check('schipperskinderen', { ...schippers, periodeVan: '2022-03-31' }, '2022-03-20'),
    ).toEqual([])
    expect(
      velden(
        check('schipperskinderen', { ...schippers, schooljaar: '2022-2023' }, '2022-03-20'),
      )[0],
    ).toBe('schooljaar:te-vroeg')
    expect(
      velden(check('schipperskinderen', { ...schippers, aantalLeerlingen: 2 }, '2022-03-20')),
    ).toEqual(['aantalLeerlingen:te-weinig'])
    expect(check('schipperskinderen', { ...schippers, aantalLeerlingen: 3 }, '2022-03-20')).toEqual(
      [],
    )
    expect(
      velden(
        check(
          'roma-sinti',
          { instellingscode: '12AB', schooljaar: '2021-2022', aantalLeerlingen: 3 },
          '2022-03-20',
        ),
      ),
    ).toEqual(['aantalLeerlingen:te-weinig'])
  })

  it('puts schipperskinderen in their band and computes Roma en Sinti’s indicative amount', () => {
    expect([2, 3, 6, 7, 14, 15, 18, 25].map(schippersBand)).toEqual([
      null,
      '3–6',
      '3–6',
      '7–10',
      '11–14',
      '15–18',
      '15–18',
      '15–18',
    ])
    // Received 20 September: funding October to July, 10 months of € 3,413 for 5 pupils.
    expect(
      indicatiefBedrag(
        'roma-sinti',
        { schooljaar: '2021-2022', aantalLeerlingen: 5 },
        '2021-09-20',
      ),
    ).toBe(1_422_083)
    expect(indicatiefBedrag('emb', { schooljaar: '2021-2022' }, '2021-09-20')).toBeNull()
  })
})

describe('eerste opvang: within 4 weeks after the peildatum, pupils < 1 year in NL', () => {
  const vier = nieuwkomers('2023-02-01', ['2022-06-01', '2022-09-01', '2022-12-01', '2023-01-15'])

  it('accepts on the peildatum and 28 days after it; refuses before and on day 29', () => {
    expect(check('eerste-opvang', vier, '2023-02-01')).toEqual([])
    expect(check('eerste-opvang', vier, '2023-03-01')).toEqual([])
    const laat = check('eerste-opvang', vier, '2023-03-02')
    expect(velden(laat)).toEqual(['peildatum:te-laat'])
    expect(laat[0]!.nl).toContain('tot en met 1 maart 2023')
    expect(velden(check('eerste-opvang', vier, '2023-01-31'))).toEqual(['peildatum:te-vroeg'])
    expect(
      velden(check('eerste-opvang', { ...vier, peildatum: '2023-03-01' }, '2023-03-01')),
    ).toEqual(['peildatum:ongeldig'])
  })

  it('counts a pupil up to one day short of a year in NL, and 15 months on the peildata of 2020–2022', () => {
    const grens = nieuwkomers('2023-02-01', [
      '2022-02-02',
      '2022-09-01',
      '2022-12-01',
      '2023-01-15',
    ])
    expect(check('eerste-opvang', grens, '2023-02-10')).toEqual([])
    const teLang = nieuwkomers('2023-02-01', [
      '2022-02-01',
      '2022-09-01',
      '2022-12-01',
      '2023-01-15',
    ])
    expect(velden(check('eerste-opvang', teLang, '2023-02-10'))).toEqual([
      'leerlingen.0.datumBinnenkomst:niet-toegestaan',
      'leerlingen:te-weinig',
    ])
    expect(opvangMaanden('2022-06-01')).toBe(15)
    expect(opvangMaanden('2022-10-01')).toBe(12)
    const ruim = nieuwkomers('2022-02-01', ['2020-11-02', '2021-09-01', '2021-12-01', '2022-01-15'])
    expect(check('eerste-opvang', ruim, '2022-02-10')).toEqual([])
  })

  it('needs 4 qualifying pupils, and the right kind of school for each category', () => {
    const drie = nieuwkomers('2023-02-01', ['2022-09-01', '2022-12-01', '2023-01-15'])
    const b = check('eerste-opvang', drie, '2023-02-10')
    expect(velden(b)).toEqual(['leerlingen:te-weinig'])
    expect(b[0]!.en).toContain('at least 4')
    expect(
      velden(check('eerste-opvang', { ...vier, instellingscode: '77SB' }, '2023-02-10')),
    ).toEqual(['instellingscode:niet-toegestaan'])
    expect(velden(check('eerste-opvang-sbo', vier, '2023-02-10'))).toEqual([
      'instellingscode:niet-toegestaan',
    ])
    expect(check('eerste-opvang-sbo', { ...vier, instellingscode: '77SB' }, '2023-02-10')).toEqual(
      [],
    )
    expect(
      velden(check('eerste-opvang', { ...vier, instellingscode: '56EF' }, '2023-02-10')),
    ).toEqual(['instellingscode:ongeldig'])
  })

  it('refuses a BSN as leerlingnummer, a pupil twice and an admission after the peildatum', () => {
    const g = nieuwkomers('2023-02-01', ['2022-06-01', '2022-09-01', '2022-12-01', '2023-01-15'])
    g.leerlingen[0]!.leerlingnummer = '111222333'
    g.leerlingen[1]!.leerlingnummer = 'L-3'
    g.leerlingen[3]!.datumToelating = '2023-02-02'
    expect(velden(check('eerste-opvang', g, '2023-02-10'))).toEqual([
      'leerlingen.0.leerlingnummer:ongeldig',
      'leerlingen.2.leerlingnummer:ongeldig',
      'leerlingen.3.datumToelating:niet-toegestaan',
      'leerlingen:te-weinig',
    ])
  })
})

describe('asielzoekers tweede jaar', () => {
  it('counts pupils between 1 and 2 years in NL, each at most once', () => {
    const g = nieuwkomers('2023-02-01', ['2022-01-31', '2021-02-02'])
    expect(check('asielzoekers-tweede-jaar', g, '2023-02-05')).toEqual([])
    const kort = nieuwkomers('2023-02-01', ['2022-02-02'])
    expect(velden(check('asielzoekers-tweede-jaar', kort, '2023-02-05'))).toEqual([
      'leerlingen.0.datumBinnenkomst:niet-toegestaan',
      'leerlingen:te-weinig',
    ])
    const geclaimd = check('asielzoekers-tweede-jaar', g, '2023-02-05', {
      alGeclaimd: new Map([['L-1', 'BB-2022-000004']]),
    })
    expect(velden(geclaimd)).toEqual(['leerlingen.0.leerlingnummer:niet-toegestaan'])
    expect(geclaimd[0]!.nl).toContain('BB-2022-000004')
  })
})

describe('Blijf-van-mijn-lijfhuizen: 10 pupils in the year before, period ≤ 12 months', () => {
  const tien = (van: string, tot: string, n = 10) => ({
    instellingscode: '12AB',
    periodeVan: van,
    periodeTot: tot,
    leerlingen: Array.from({ length: n }, (_, i) => ({
      leerlingnummer: `B${i}`,
      inschrijfdatum: van,
    })),
  })

  it('accepts a period from one year before the aanvraag; refuses one day earlier', () => {
    expect(
      check('blijf-van-mijn-lijfhuizen', tien('2021-05-02', '2022-04-30'), '2022-05-02'),
    ).toEqual([])
    expect(
      velden(check('blijf-van-mijn-lijfhuizen', tien('2021-05-01', '2022-04-30'), '2022-05-02')),
    ).toEqual(['periodeVan:te-laat'])
  })

  it('refuses 9 pupils, a period longer than 12 months, one ending after today, and pupils outside it', () => {
    expect(
      velden(check('blijf-van-mijn-lijfhuizen', tien('2021-06-01', '2022-04-30', 9), '2022-05-02')),
    ).toEqual(['leerlingen:te-weinig'])
    expect(
      velden(check('blijf-van-mijn-lijfhuizen', tien('2021-06-01', '2022-05-03'), '2022-05-02')),
    ).toEqual(['periodeTot:ongeldig'])
    const buiten = tien('2021-06-01', '2022-04-30', 11)
    buiten.leerlingen[0]!.inschrijfdatum = '2021-05-31'
    expect(check('blijf-van-mijn-lijfhuizen', buiten, '2022-05-02').map((b) => b.veld)).toEqual([
      'leerlingen.0.inschrijfdatum',
    ])
  })
})

describe('EMB: pupils of 1 October of the previous schooljaar, by 15 September', () => {
  const g = {
    instellingscode: '12AB',
    schooljaar: '2022-2023',
    leerlingen: [{ leerlingnummer: 'E1', inschrijfdatum: '2021-10-01' }],
  }

  it('accepts until 15 September and refuses on the 16th, with the date', () => {
    expect(check('emb', g, '2022-09-15')).toEqual([])
    const laat = check('emb', g, '2022-09-16')
    expect(velden(laat)).toEqual(['schooljaar:te-laat'])
    expect(laat[0]!.nl).toContain('15 september 2022')
  })

  it('refuses a pupil enrolled after that 1 October, and a schooljaar too far ahead', () => {
    const later = { ...g, leerlingen: [{ leerlingnummer: 'E1', inschrijfdatum: '2021-10-02' }] }
    expect(velden(check('emb', later, '2022-09-01'))).toEqual([
      'leerlingen.0.inschrijfdatum:niet-toegestaan',
      'leerlingen:te-weinig',
    ])
    expect(velden(check('emb', { ...g, schooljaar: '2024-2025' }, '2022-09-01'))[0]).toBe(
      'schooljaar:te-vroeg',
    )
  })
})

describe('procesopvang and an empty concept', () => {
  it('asks for the count and the location; an empty form lists every missing field', () => {
    expect(
      check(
        'procesopvang-gezinslocaties',
        {
          instellingscode: '12AB',
          peildatum: '2022-02-01',
          aantalLeerlingen: 1,
          locatie: 'Gezinslocatie Zeist',
        },
        '2022-02-15',
      ),
    ).toEqual([])
    expect(velden(check('procesopvang-gezinslocaties', {}, '2022-02-15'))).toEqual([
      'instellingscode:verplicht',
      'peildatum:verplicht',
      'aantalLeerlingen:verplicht',
      'locatie:verplicht',
    ])
  })
})

describe('bezwaar: within 6 weeks of the dagtekening', () => {
  it('is open up to and including 42 days after, and closed the day after', () => {
    expect(laatsteBezwaardag('2022-04-12')).toBe('2022-05-24')
    expect(bezwaarOpen('2022-04-12', '2022-05-24')).toBe(true)
    expect(bezwaarOpen('2022-04-12', '2022-05-25')).toBe(false)
  })
})
