import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { VOOR_ROD, beheerTestApp, type BeheerTestApp, type Json } from '../test-support'

describe.each(dialectsUnderTest)('beheer API: new roles becoming available (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  })
  afterAll(() => t.close())

  const nieuweRollen = async (as: string) =>
    (await t.request('GET', '/api/beheer/nieuwe-rollen', { as })).json()

  it('tells the beheerder po which roles can now be assigned, until dismissed', async () => {
    const body = await nieuweRollen('beheerder-po')
    expect(body.nieuweRollen.map((r: Json) => r.rol).sort()).toEqual([
      'medewerker-bestuur-rod',
      'medewerker-schooladministratie-rod',
      'medewerker-schoolleiding-rod',
    ])
    expect(
      (
        await t.request('POST', '/api/beheer/nieuwe-rollen/medewerker-bestuur-rod/gezien', {
          as: 'beheerder-po',
        })
      ).status,
    ).toBe(200)
    // Dismissing twice is fine.
    expect(
      (
        await t.request('POST', '/api/beheer/nieuwe-rollen/medewerker-bestuur-rod/gezien', {
          as: 'beheerder-po',
        })
      ).status,
    ).toBe(200)
    const after = await nieuweRollen('beheerder-po')
    expect(after.nieuweRollen.map((r: Json) => r.rol)).not.toContain('medewerker-bestuur-rod')
    expect((await nieuweRollen('raadpleger')).nieuweRollen).toEqual([])
    expect((await nieuweRollen('servicedesk')).nieuweRollen).toEqual([])
    const onzin = await t.request('POST', '/api/beheer/nieuwe-rollen/onzin/gezien', {
      as: 'beheerder-po',
    })
    expect(onzin.status).toBe(400)
    const fout = await onzin.json()
    expect(fout.velden).toEqual([
      { veld: 'rol', nl: '‘onzin’ is geen bekende rol.', en: '‘onzin’ is not a known role.' },
    ])
  })

  it('is gone under its old name (a "melding" is a helpdesk ticket)', async () => {
    expect((await t.request('GET', '/api/beheer/meldingen', { as: 'beheerder-po' })).status).toBe(
      404,
    )
  })
})

describe.each(dialectsUnderTest)(
  'beheer API: new roles before the ROD roles are available (%s)',
  (dialect) => {
    let t: BeheerTestApp
    beforeAll(async () => {
      t = await beheerTestApp(dialect, VOOR_ROD)
    })
    afterAll(() => t.close())

    it('announces the coming roles instead of offering them', async () => {
      const body = await (
        await t.request('GET', '/api/beheer/nieuwe-rollen', { as: 'beheerder-po' })
      ).json()
      expect(body.nieuweRollen).toEqual([])
      expect(body.binnenkort.map((r: Json) => r.vanaf)).toEqual([
        '2022-02-01',
        '2022-02-01',
        '2022-02-01',
      ])
      const list = await (
        await t.request('GET', '/api/beheer/autorisaties', { as: 'beheerder-po' })
      ).json()
      expect(list.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-schoolleiding-rod')
      expect(
        list.nietMogelijk.find((r: Json) => r.rol === 'medewerker-schoolleiding-rod').reden.code,
      ).toBe('nog-niet-beschikbaar')
    })
  },
)
