import { describe, expect, it } from 'vitest'
import { mayRevoke } from './may-revoke.ts'
import { aanZee, JULY_2022, medewerker, polder } from '../testing/fixtures.ts'

const now = JULY_2022
const poBeheerderPolder = medewerker([{ role: 'beheerder-po', kenmerk: '52345' }], polder)
const poBeheerder = medewerker([{ role: 'beheerder-po', kenmerk: '41234' }])

describe('mayRevoke', () => {
  it('lets whoever may give a role take it back', () => {
    expect(
      mayRevoke(poBeheerder, { role: 'po-informatiediensten', kenmerk: '41234' }, aanZee, { now })
        .allowed,
    ).toBe(true)
  })

  it('never lets a missing OSR agreement keep a role in place', () => {
    const d = mayRevoke(poBeheerderPolder, { role: 'osr-toegang', kenmerk: '52345' }, polder, {
      now,
    })
    expect(d.allowed).toBe(true)
    expect(d.reason.nl).toContain('intrekken')
  })

  it('never lets a role that is not available yet keep it in place', () => {
    const before = new Date('2022-01-15T10:00:00+01:00')
    const d = mayRevoke(
      poBeheerder,
      { role: 'medewerker-schoolleiding-rod', kenmerk: '12AB' },
      aanZee,
      { now: before },
    )
    expect(d.allowed).toBe(true)
  })

  it('refuses a role of another domain and a kenmerk of another bestuur, with the reason', () => {
    expect(
      mayRevoke(poBeheerder, { role: 'medewerker-bekostiging', kenmerk: '41234' }, aanZee, { now })
        .reason.code,
    ).toBe('geen-beheerder-voor-rol')
    expect(
      mayRevoke(poBeheerder, { role: 'po-informatiediensten', kenmerk: '52345' }, aanZee, { now })
        .reason.code,
    ).toBe('kenmerk-buiten-bestuur')
  })
})
