import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  beheer,
  beheerTestApp,
  expectRefused,
  id,
  snapshot,
  toekennen,
  type BeheerTestApp,
} from '../test-support'

const periode = (t: BeheerTestApp, as: string, grantId: string, json: Record<string, unknown>) =>
  t.request('POST', `/api/beheer/autorisaties/${grantId}/periode`, { as, json })

describe.each(dialectsUnderTest)('beheer API: changing the period of a grant (%s)', (dialect) => {
  let t: BeheerTestApp
  let grantId: string
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
    const res = await toekennen(t, 'beheerder-po', {
      persoonId: id('nieuw'),
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
      vanaf: '2022-03-01',
      tot: '2022-12-31',
    })
    expect(res.status).toBe(201)
    grantId = (await res.json()).grant.id
  })
  afterAll(() => t.close())

  it('changes the period, answers the grant, and logs before and after with a label', async () => {
    const res = await periode(t, 'beheerder-po', grantId, {
      vanaf: '2022-03-01',
      tot: '2022-06-30',
    })
    expect(res.status).toBe(200)
    expect((await res.json()).grant).toMatchObject({
      id: grantId,
      vanaf: '2022-03-01',
      tot: '2022-06-30',
      status: 'geldig',
    })
    const { rollen, audit } = beheer(t)
    expect(await rollen.get(grantId)).toMatchObject({ from: '2022-03-01', until: '2022-06-30' })
    const log = (await audit.list({ actie: 'beheer.rol.periode-gewijzigd' })).entries[0]!
    expect(log).toMatchObject({
      actorPersoonId: id('beheerder-po'),
      onderwerpPersoonId: id('nieuw'),
      bestuursnummer: A,
      actorOmschrijving: 'Anouk Jansen (Beheerder po)',
    })
    expect(log.details).toMatchObject({
      grantId,
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
      vanaf: '2022-03-01',
      tot: '2022-06-30',
      vorigVanaf: '2022-03-01',
      vorigTot: '2022-12-31',
    })
    expect(audit.acties()['beheer.rol.periode-gewijzigd']).toEqual({
      nl: 'Geldigheid van een rol gewijzigd',
      en: 'Validity period of a role changed',
    })
    const lijst = await (
      await t.request('GET', '/api/beheer/logboek?actie=beheer.rol.periode-gewijzigd', {
        as: 'beheerder-po',
      })
    ).json()
    expect(lijst.entries[0].wat.nl).toContain(
      'Geldig: van 1 maart 2022 tot en met 30 juni 2022; Was geldig: van 1 maart 2022 tot en met 31 december 2022',
    )
    // Open at both ends is a period too.
    const open = await periode(t, 'beheerder-po', grantId, { vanaf: null, tot: null })
    expect(open.status).toBe(200)
    expect(await rollen.get(grantId)).toMatchObject({ from: null, until: null })
  })

  it('refuses a period in the past, one that ends before it starts, and no date, per field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ vanaf: '2022-04-01', tot: '2022-03-15' }, 'tot', 'vóór de eerste dag'],
      [{ vanaf: null, tot: '2022-02-01' }, 'tot', 'in het verleden'],
      [{ vanaf: '2022-02-01', tot: null }, 'vanaf', 'in het verleden'],
      [{ vanaf: '2022-02-30', tot: null }, 'vanaf', 'bestaande datum'],
      [{ vanaf: 'morgen', tot: null }, 'vanaf', 'JJJJ-MM-DD'],
    ]
    for (const [json, veld, tekst] of cases) {
      const before = await snapshot(t)
      const body = await expectRefused(
        t,
        await periode(t, 'beheerder-po', grantId, json),
        400,
        'ongeldige-invoer',
        before,
      )
      expect(body.velden[0].veld, JSON.stringify(json)).toBe(veld)
      expect(body.velden[0].nl).toContain(tekst)
      expect(body.velden[0].en).toBeTruthy()
    }
  })

  it('refuses who may not assign the role (403), another bestuur’s grant (404) and staff', async () => {
    const { rollen } = beheer(t)
    const before = await snapshot(t)
    const bek = (await rollen.vanBestuur(A)).find((g) => g.role === 'medewerker-bekostiging')!
    await expectRefused(
      t,
      await periode(t, 'beheerder-po', bek.id, { vanaf: null, tot: '2022-12-31' }),
      403,
      'geen-beheerder-voor-rol',
      before,
    )
    const bGrant = (await rollen.vanBestuur(B)).find((g) => g.role === 'medewerker-bekostiging')!
    await expectRefused(
      t,
      await periode(t, 'beheerder-po', bGrant.id, { vanaf: null, tot: '2022-12-31' }),
      404,
      'niet-gevonden',
      before,
    )
    await expectRefused(
      t,
      await periode(t, 'beheerder-po', 'bestaat-niet', { vanaf: null, tot: null }),
      404,
      'niet-gevonden',
      before,
    )
    const rio = (await rollen.vanBestuur(A)).find((g) => g.role === 'beheerder-rio-algemeen')!
    const auto = await periode(t, 'beheerder-po', rio.id, { vanaf: null, tot: '2022-12-31' })
    expect(auto.status).toBe(403)
    expect(await snapshot(t)).toEqual(before)
    await expectRefused(
      t,
      await periode(t, 'raadpleger', grantId, { vanaf: null, tot: null }),
      403,
      'geen-beheerder-voor-rol',
      before,
    )
    await expectRefused(
      t,
      await periode(t, 'servicedesk', grantId, { vanaf: null, tot: null }),
      403,
      'alleen-bestuur',
      before,
    )
    await expectRefused(
      t,
      await t.request('POST', `/api/beheer/autorisaties/${grantId}/periode`, {
        as: 'beheerder-po',
        csrf: false,
        json: { vanaf: null, tot: null },
      }),
      403,
      'csrf',
      before,
    )
  })

  it('lets the beheerder po of bestuur B change a grant of B, and not one that was revoked', async () => {
    const res = await toekennen(t, 'beheerder-po-b', {
      persoonId: id('bekostiging-b'),
      rol: 'po-informatiediensten',
      kenmerk: B,
    })
    expect(res.status).toBe(201)
    const bId = (await res.json()).grant.id
    const ok = await periode(t, 'beheerder-po-b', bId, { vanaf: null, tot: '2023-07-31' })
    expect(ok.status).toBe(200)
    expect((await ok.json()).grant.tot).toBe('2023-07-31')
    // Bestuur A's beheerder cannot reach it.
    expect((await periode(t, 'beheerder-po', bId, { vanaf: null, tot: null })).status).toBe(404)

    const weg = await t.request('POST', `/api/beheer/autorisaties/${bId}/intrekken`, {
      as: 'beheerder-po-b',
    })
    expect(weg.status).toBe(200)
    const before = await snapshot(t)
    await expectRefused(
      t,
      await periode(t, 'beheerder-po-b', bId, { vanaf: null, tot: null }),
      409,
      'niet-actief',
      before,
    )
  })

  it('marks in the overview which periods the beheerder may change', async () => {
    const body = await (
      await t.request('GET', '/api/beheer/autorisaties', { as: 'beheerder-po' })
    ).json()
    const grants = body.personen.flatMap((p: { grants: unknown[] }) => p.grants) as Array<{
      id: string
      rol: string
      periodeWijzigbaar: boolean
    }>
    expect(grants.find((g) => g.id === grantId)?.periodeWijzigbaar).toBe(true)
    expect(grants.find((g) => g.rol === 'medewerker-bekostiging')?.periodeWijzigbaar).toBe(false)
    expect(grants.find((g) => g.rol === 'beheerder-rio-algemeen')?.periodeWijzigbaar).toBe(false)
  })
})
