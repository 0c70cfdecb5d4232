import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoPersoonId } from '@duo/server-kit/testing'
import { bekostigingTestApp, weigering, type BekostigingTestApp } from '../test-support'

describe.each(dialectsUnderTest)('bekostiging API: opleidingen (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
    // No demo persona holds the role; the beheerder bekostiging gives it to a new colleague.
    await t.platformOf('bekostiging').rollen.toekennen({
      persoonId: demoPersoonId('nieuw')!,
      bestuursnummer: '41234',
      role: 'medewerker-opleidingen',
      kenmerk: '41234',
    })
  }, 60_000)
  afterAll(() => t.close())

  it('shows the medewerker opleidingen the bestuur’s aangeboden opleidingen as in RIO', async () => {
    const res = await t.request('GET', '/api/bekostiging/opleidingen', { as: 'nieuw' })
    expect(res.status).toBe(200)
    const { opleidingen } = await res.json()
    expect(
      opleidingen.map(
        (o: { instellingscode: string; naam: string }) => `${o.instellingscode} ${o.naam}`,
      ),
    ).toEqual([
      '12AB Basisonderwijs (PO-BAO)',
      '34CD Basisonderwijs (PO-BAO)',
      '34CD Eerste onderwijs anderstaligen',
    ])
    expect(opleidingen[0].aangebodenOpleidingcode).toMatch(/^[0-9a-f-]{36}$/)
    expect(opleidingen[0].opleidingseenheidcode).toMatch(/^\d{4}O\d{4}$/)
  })

  it('refuses the medewerker bekostiging, the beheerder and DUO staff', async () => {
    expect(
      (
        await weigering(
          await t.request('GET', '/api/bekostiging/opleidingen', { as: 'medewerker-bekostiging' }),
          403,
        )
      ).nl,
    ).toContain('Medewerker opleidingen')
    await weigering(
      await t.request('GET', '/api/bekostiging/opleidingen', { as: 'beheerder-bekostiging' }),
      403,
    )
    await weigering(
      await t.request('GET', '/api/bekostiging/opleidingen', { as: 'behandelaar' }),
      403,
    )
  })
})
