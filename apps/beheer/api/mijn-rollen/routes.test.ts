import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { beheerTestApp, type BeheerTestApp, type Json } from '../test-support'

describe.each(dialectsUnderTest)('beheer API: mijn rollen (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  })
  afterAll(() => t.close())

  it('shows a person their grants, what each lets them do and who their beheerders are', async () => {
    const res = await t.request('GET', '/api/beheer/mijn-rollen', { as: 'schoolleiding-12ab' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    expect(body.rollen).toHaveLength(1)
    expect(body.rollen[0]).toMatchObject({
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
      organisatie: 'OBS De Regenboog',
      status: 'geldig',
      toegekendDoorRol: ['beheerder-po'],
    })
    expect(body.rollen[0].permissies.map((p: Json) => p.id)).toContain(
      'rod.dashboard-school.raadplegen',
    )
    expect(body.rollen[0].permissies[0].nl).toBeTruthy()
    const po = body.beheerders.find((b: Json) => b.rol === 'beheerder-po')
    expect(po.personen.map((p: Json) => p.naam)).toEqual(['Anouk Jansen'])
  })

  it('works for someone without roles and for DUO staff', async () => {
    expect(
      (await (await t.request('GET', '/api/beheer/mijn-rollen', { as: 'nieuw' })).json()).rollen,
    ).toEqual([])
    const desk = await (
      await t.request('GET', '/api/beheer/mijn-rollen', { as: 'servicedesk' })
    ).json()
    expect(desk.rollen.map((r: Json) => r.rol)).toEqual(['duo-security-servicedesk'])
    expect(desk.beheerders).toEqual([])
  })

  it('needs a login', async () => {
    const res = await t.request('GET', '/api/beheer/mijn-rollen')
    expect(res.status).toBe(401)
    expect((await res.json()).code).toBe('niet-ingelogd')
  })
})
