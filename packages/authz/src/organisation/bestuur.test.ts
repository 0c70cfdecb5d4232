import { describe, expect, it } from 'vitest'
import { covers, locate } from './bestuur.ts'
import { aanZee, polder } from '../testing/fixtures.ts'

const [vuurtoren, duin] = aanZee.scholen

describe('organisation tree', () => {
  it('a bestuursnummer covers the bestuur and its schools', () => {
    expect(covers('41234', aanZee, null)).toBe(true)
    expect(covers('41234', aanZee, vuurtoren!)).toBe(true)
  })

  it('an onderwijsbestuurcode covers its bestuur’s onderwijsaanbieders', () => {
    expect(covers('100B490', aanZee, duin!)).toBe(true)
  })

  it('an instellingscode covers only that school', () => {
    expect(covers('12AB', aanZee, vuurtoren!)).toBe(true)
    expect(covers('12AB', aanZee, duin!)).toBe(false)
    expect(covers('12AB', aanZee, null)).toBe(false)
  })

  it('an onderwijsaanbiedercode covers only that aanbieder', () => {
    expect(covers('123A456', aanZee, vuurtoren!)).toBe(true)
    expect(covers('123A456', aanZee, duin!)).toBe(false)
  })

  it('never another bestuur', () => {
    expect(covers('52345', aanZee, null)).toBe(false)
    expect(covers('56EF', aanZee, vuurtoren!)).toBe(false)
    expect(locate('56EF', aanZee)).toBeNull()
    expect(locate('56EF', polder)).toMatchObject({ level: 'school' })
  })

  it('locates vestigingscodes at their school', () => {
    expect(locate('12AB01', aanZee)).toEqual({ level: 'school', school: vuurtoren })
    expect(locate('100B490', aanZee)).toEqual({ level: 'bestuur' })
  })
})
