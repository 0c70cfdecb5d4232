import { describe, expect, it } from 'vitest'
import { GEEN_PROBLEMEN, vertalingsProblemen } from './vertalingen'

describe("a section's messages", () => {
  it('finds keys in one language only, empty texts, other placeholders and missing keys', () => {
    const problemen = vertalingsProblemen({
      sectie: 'rod',
      nl: { a: 'A {n}', b: { c: 'C', d: '' } },
      en: { a: 'A {m}', b: { c: 'C' }, e: 'E' },
      bronnen: { 'x.vue': "t('rod.a') t('rod.b.c') t('rod.zz') t('rod.dashboard.raadplegen')" },
      geenSleutel: ['rod.dashboard.raadplegen'],
    })
    expect(problemen).toEqual({
      alleenNl: ['b.d'],
      alleenEn: ['e'],
      leeg: ['b.d'],
      anderePlaatshouders: ['a'],
      ontbrekend: ['zz'],
    })
  })

  it('finds nothing in messages that agree', () => {
    const m = { a: 'A {n}', b: { c: 'C' } }
    expect(
      vertalingsProblemen({ sectie: 'rod', nl: m, en: m, bronnen: { 'x.ts': "t('rod.b')" } }),
    ).toEqual(GEEN_PROBLEMEN)
  })
})
