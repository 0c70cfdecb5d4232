import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { helpdeskTestApp, type HelpdeskTestApp } from '../test-support'

describe.each(dialectsUnderTest)('Mijn Helpdesk po API: contact (%s)', (dialect) => {
  let t: HelpdeskTestApp
  beforeAll(async () => {
    t = await helpdeskTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  describe('contactgegevens', () => {
    it('shows the helpdesk’s details from data and the bestuur’s contactpersoon', async () => {
      const res = await t.request('GET', '/api/helpdesk/contact', { as: 'helpdesk' })
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.helpdesk).toMatchObject({
        naam: 'Helpdesk DUO Primair Onderwijs',
        telefoon: expect.stringMatching(/^0\d/),
      })
      expect(body.contactpersoon).toMatchObject({ naam: 'Anouk Jansen' })
      const b = await (
        await t.request('GET', '/api/helpdesk/contact', { as: 'beheerder-po-b' })
      ).json()
      expect(b.contactpersoon).toBeNull()
    })

    it('updates the contactpersoon of the own bestuur only, with validation per field', async () => {
      const bad = await t.request('PUT', '/api/helpdesk/contactpersoon', {
        as: 'beheerder-po-b',
        json: { naam: 'T', email: 'geen-mail', telefoon: '12345' },
      })
      expect(bad.status).toBe(400)
      expect((await bad.json()).velden.map((d: { veld: string }) => d.veld).sort()).toEqual([
        'email',
        'naam',
        'telefoon',
      ])
      const ok = await t.request('PUT', '/api/helpdesk/contactpersoon', {
        as: 'beheerder-po-b',
        json: {
          naam: 'Tom van Leeuwen',
          email: 't.vanleeuwen@hetanker.example.nl',
          telefoon: '+31 33 123 4567',
        },
      })
      expect(ok.status).toBe(200)
      const a = await (await t.request('GET', '/api/helpdesk/contact', { as: 'helpdesk' })).json()
      expect(a.contactpersoon.naam).toBe('Anouk Jansen')
      const b = await (
        await t.request('GET', '/api/helpdesk/contact', { as: 'bekostiging-b' })
      ).json()
      expect(b.contactpersoon.naam).toBe('Tom van Leeuwen')
      const cookie = await t.loginAs('beheerder-po', { machtigingen: ['mijn-duo'] })
      expect(
        (
          await t.request('PUT', '/api/helpdesk/contactpersoon', {
            as: cookie,
            json: { naam: 'X Y', email: 'x@y.nl', telefoon: '0301234567' },
          })
        ).status,
      ).toBe(403)
    })
  })
})
