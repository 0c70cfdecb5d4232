import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { helpdeskTestApp, type HelpdeskTestApp, NOW, PDF, file } from '../test-support'
import { demoId, demoPersoonId } from '@duo/server-kit/testing'

describe.each(dialectsUnderTest)('Mijn Helpdesk po API: werkvoorraad (%s)', (dialect) => {
  let t: HelpdeskTestApp
  beforeAll(async () => {
    t = await helpdeskTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  describe('the helpdesk’s queue', () => {
    it('shows all besturen to helpdesk staff and no one else', async () => {
      const res = await t.request('GET', '/api/helpdesk/werkvoorraad?aantal=100', {
        as: 'helpdeskmedewerker',
      })
      expect(res.status).toBe(200)
      const besturen = new Set(
        (await res.json()).meldingen.map((m: { bestuursnummer: string }) => m.bestuursnummer),
      )
      expect([...besturen].sort()).toEqual(['40567', '41234'])
      expect(
        (await t.request('GET', '/api/helpdesk/werkvoorraad', { as: 'beheerder-po' })).status,
      ).toBe(403)
      expect(
        (await t.request('GET', '/api/helpdesk/werkvoorraad', { as: 'servicedesk' })).status,
      ).toBe(403)
      expect(
        (await t.request('GET', '/api/helpdesk/meldingen', { as: 'helpdeskmedewerker' })).status,
      ).toBe(403)
    })

    it('a reply of the helpdesk shows as unread to the bestuur until opened', async () => {
      const melding = demoId('helpdesk:melding:a-2')
      await t.request('GET', `/api/helpdesk/meldingen/${melding}`, { as: 'beheerder-po' })
      const voor = await (
        await t.request('GET', '/api/helpdesk/overzicht', { as: 'beheerder-po' })
      ).json()
      t.clock.set('2022-01-17T11:00:00.000Z')
      const f = new FormData()
      f.append('tekst', 'Het bedrag is berekend per leerling op de teldatum.')
      f.append('status', 'wacht-op-reactie')
      f.append('bijlage', file(PDF, 'berekening.pdf'))
      const res = await t.request('POST', `/api/helpdesk/werkvoorraad/${melding}/reacties`, {
        as: 'helpdeskmedewerker',
        body: f,
      })
      expect(res.status).toBe(201)
      expect((await res.json()).melding.status).toBe('wacht-op-reactie')
      const na = await (
        await t.request('GET', '/api/helpdesk/overzicht', { as: 'beheerder-po' })
      ).json()
      expect(na.ongelezen).toBe(voor.ongelezen + 1)
      const lijst = await (
        await t.request('GET', '/api/helpdesk/meldingen', { as: 'beheerder-po' })
      ).json()
      expect(lijst.meldingen.find((m: { id: string }) => m.id === melding).ongelezen).toBe(true)
      t.clock.set('2022-01-17T11:05:00.000Z')
      const detail = await (
        await t.request('GET', `/api/helpdesk/meldingen/${melding}`, { as: 'beheerder-po' })
      ).json()
      expect(detail.gesprek.at(-1)).toMatchObject({ van: 'helpdesk', auteur: 'Vincent Prins' })
      expect(detail.gesprek.at(-1).bijlagen[0].bestandsnaam).toBe('berekening.pdf')
      expect(
        (await (await t.request('GET', '/api/helpdesk/overzicht', { as: 'beheerder-po' })).json())
          .ongelezen,
      ).toBe(voor.ongelezen)
      // Another person of the bestuur still has it unread: the marker is per person.
      expect(
        (
          await (await t.request('GET', '/api/helpdesk/meldingen', { as: 'helpdesk' })).json()
        ).meldingen.find((m: { id: string }) => m.id === melding).ongelezen,
      ).toBe(true)
      t.clock.set(NOW)
    })

    it('tells the one who made the melding by e-mail, in the transaction of the reply', async () => {
      await t.db
        .updateTable('persoon')
        .set({ email: 'a.jansen@delinde.example' })
        .where('id', '=', demoPersoonId('beheerder-po')!)
        .execute()
      const melding = demoId('helpdesk:melding:a-1')
      const f = new FormData()
      f.append('tekst', 'De dubbele inschrijving is verwijderd.')
      const res = await t.request('POST', `/api/helpdesk/werkvoorraad/${melding}/reacties`, {
        as: 'helpdeskmedewerker',
        body: f,
      })
      expect(res.status).toBe(201)
      const mails = await t.db.selectFrom('platform_mail').selectAll().execute()
      expect(mails).toHaveLength(1)
      expect(mails[0]).toMatchObject({
        aan: 'a.jansen@delinde.example',
        soort: 'notificatie',
        status: 'wachtend',
      })
      expect(mails[0]!.tekst).toContain(`/helpdesk/meldingen/${melding}`)
      // What the melding is about stays behind the login.
      expect(mails[0]!.tekst).not.toContain('dubbel ingeschreven')
      expect(mails[0]!.tekst).not.toContain('De dubbele inschrijving is verwijderd.')
    })

    it('changes the status and closes; staff may not use the bestuur’s reply route', async () => {
      const melding = demoId('helpdesk:melding:b-1')
      const res = await t.request('PUT', `/api/helpdesk/werkvoorraad/${melding}/status`, {
        as: 'helpdeskmedewerker',
        json: { status: 'afgehandeld' },
      })
      expect(res.status).toBe(200)
      expect((await res.json()).melding.status).toBe('afgehandeld')
      const bad = await t.request('PUT', `/api/helpdesk/werkvoorraad/${melding}/status`, {
        as: 'helpdeskmedewerker',
        json: { status: 'weg' },
      })
      expect(bad.status).toBe(400)
      const f = new FormData()
      f.append('tekst', 'x')
      expect(
        (
          await t.request('POST', `/api/helpdesk/meldingen/${melding}/reacties`, {
            as: 'helpdeskmedewerker',
            body: f,
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await t.request('PUT', `/api/helpdesk/werkvoorraad/${melding}/status`, {
            as: 'beheerder-po-b',
            json: { status: 'nieuw' },
          })
        ).status,
      ).toBe(403)
    })
  })
})
