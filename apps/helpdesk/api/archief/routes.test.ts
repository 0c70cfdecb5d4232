import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { helpdeskTestApp, type HelpdeskTestApp, A_DOCUMENT } from '../test-support'
import { demoId } from '@duo/server-kit/testing'

describe.each(dialectsUnderTest)('Mijn Helpdesk po API: archief (%s)', (dialect) => {
  let t: HelpdeskTestApp
  beforeAll(async () => {
    t = await helpdeskTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  describe('digitaal archief', () => {
    it('lists the bestuur’s documents by date, filtered and searched', async () => {
      const res = await t.request('GET', '/api/helpdesk/archief', { as: 'helpdesk' })
      const body = await res.json()
      expect(body.documenten.map((d: { datum: string }) => d.datum)).toEqual([
        '2022-01-07',
        '2021-12-15',
        '2021-11-01',
      ])
      const beschikkingen = await (
        await t.request('GET', '/api/helpdesk/archief?soort=beschikking', { as: 'helpdesk' })
      ).json()
      expect(beschikkingen.totaal).toBe(2)
      const zoek = await (
        await t.request('GET', '/api/helpdesk/archief?zoek=asielzoekers', { as: 'helpdesk' })
      ).json()
      expect(zoek.documenten.map((d: { referentie: string }) => d.referentie)).toEqual([
        'BB-2022-41234-017',
      ])
    })

    it('downloads a real PDF as an attachment with a safely encoded name', async () => {
      const res = await t.request('GET', `/api/helpdesk/archief/${A_DOCUMENT}/download`, {
        as: 'helpdesk',
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="Beschikking bekostiging 2022 ? De Linde.pdf"; filename*=UTF-8''Beschikking%20bekostiging%202022%20%E2%80%93%20De%20Linde.pdf`,
      )
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
      expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength)
      expect(
        (
          await t.request('GET', `/api/helpdesk/archief/${demoId('nope')}/download`, {
            as: 'helpdesk',
          })
        ).status,
      ).toBe(404)
    })
  })
})
