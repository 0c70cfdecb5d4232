import { describe, expect, it } from 'vitest'
import { maakCijfers, kengetallenVan } from './generator/cijfers'
import { CORPUS_BASIS } from './generator/fixtures'
import { genereerInstance } from './generator/instance'
import { taxonomies, valideer } from './node/test-support'

const geldig = genereerInstance(CORPUS_BASIS)
const { jaar } = maakCijfers(CORPUS_BASIS.seed!)

describe('a validation', () => {
  it('gives a readable preview of the statements with the figures of the verslagjaar', async () => {
    const r = await valideer(geldig)
    expect(r.overzicht.map((s) => s.onderdeel)).toEqual([
      'documentinformatie',
      'balans',
      'staat-van-baten-en-lasten',
      'kasstroomoverzicht',
      'kengetallen',
    ])
    const balans = r.overzicht.find((s) => s.onderdeel === 'balans')!
    expect(balans.regels[0]).toMatchObject({ nl: 'Balans per 31 december', kop: true, diepte: 0 })
    expect(balans.regels.find((x) => x.concept === 'ocw-i:TotaalActiva')).toMatchObject({
      waarde: jaar.TotaalActiva,
      en: 'Total assets',
    })
    expect(r.overzicht[0]!.regels.find((x) => x.concept === 'ocw-i:NaamBestuur')?.tekst).toBe(
      CORPUS_BASIS.naamBestuur,
    )
  })

  it('computes the kengetallen from the facts and compares them with the reported ones', async () => {
    const r = await valideer(geldig)
    const k = Object.fromEntries(r.kengetallen.map((x) => [x.id, x]))
    expect(k.rentabiliteit!.waarde).toBeCloseTo(jaar.Resultaat! / jaar.TotaalBaten!, 10)
    expect(k['solvabiliteit-ii']!.waarde).toBeCloseTo(
      (jaar.EigenVermogen! + jaar.Voorzieningen!) / jaar.TotaalPassiva!,
      10,
    )
    expect(k.liquiditeit!.waarde).toBeCloseTo(jaar.VlottendeActiva! / jaar.KortTermijnSchulden!, 10)
    expect(k.liquiditeit!.gerapporteerd).toBe(kengetallenVan(jaar).Liquiditeit)
  })

  it('reads the verslagjaar from the instance when none is given, and checks the given one', async () => {
    const t = await taxonomies()
    const r = await valideer(geldig, { verslagjaar: undefined as unknown as number, taxonomies: t })
    expect(r.instance.verslagjaar).toBe(2021)
    const ander = await valideer(geldig, { verslagjaar: 2022 })
    // D2021 and I2020 lie outside 2022; the end of 2021 is the start of 2022, so I2021 does not.
    expect(ander.perRule['XBRL-PERIOD-VERSLAGJAAR']).toBe(2)
    expect(ander.perRule['OCW-VERSLAGJAAR']).toBe(1)
  })

  it('keeps at most 50 findings per rule, but counts them all', async () => {
    const veel = geldig.replace(
      '</xbrli:xbrl>',
      `${'<ocw-i:Onbekend contextRef="D2021">x</ocw-i:Onbekend>\n'.repeat(500)}</xbrli:xbrl>`,
    )
    const r = await valideer(veel)
    expect(r.perRule['XBRL-CONCEPT-UNKNOWN']).toBe(500)
    expect(r.errors).toBe(500)
    expect(r.bevindingen.filter((b) => b.ruleId === 'XBRL-CONCEPT-UNKNOWN')).toHaveLength(50)
  })

  it('groups findings by statement and points at the line and column to fix', async () => {
    const tekst = geldig.replace(/(<ocw-i:Huisvestingslasten [^>]*>)\d+/, '$11')
    const regel = tekst.split('\n').findIndex((l) => l.includes('<ocw-i:TotaalLasten')) + 1
    const r = await valideer(tekst)
    const b = r.bevindingen.find((x) => x.concept === 'ocw-i:TotaalLasten')!
    expect(b).toMatchObject({
      ruleId: 'OCW-CALC',
      onderdeel: 'staat-van-baten-en-lasten',
      line: regel,
      column: 3,
    })
    expect(b.nl).toMatch(/^Totaal lasten is [\d.]+, maar de onderdelen tellen op tot [\d.]+/)
    expect(b.en).toMatch(/^Total expenditure is [\d,]+, but its parts add up to [\d,]+/)
  })

  it('reports progress as the bytes are read', async () => {
    const gelezen: number[] = []
    const r = await valideer(geldig, { stuk: 1000, onProgress: (n) => void gelezen.push(n) })
    expect(gelezen.length).toBeGreaterThan(10)
    expect(gelezen).toEqual([...gelezen].sort((a, b) => a - b))
    expect(gelezen.at(-1)).toBe(r.instance.bytes)
  })
})
