import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  helpdeskTestApp,
  type HelpdeskTestApp,
  meldingMetBijlage,
  A_MELDING,
  A_DOCUMENT,
  B_DOCUMENT,
  LEGACY_MELDING,
  NOW,
  PDF,
  PNG,
  EXE,
  file,
  meldingForm,
  bijlagenMap,
} from '../test-support'
import { demoId, demoPersoonId } from '@duo/server-kit/testing'
import { MAX_BIJLAGE_BYTES } from '../shared/bijlagen'
import { readdirSync } from 'node:fs'
import type { HelpdeskDb } from '../tables'

describe.each(dialectsUnderTest)('Mijn Helpdesk po API: meldingen (%s)', (dialect) => {
  let t: HelpdeskTestApp
  let aBijlage: { melding: string; bijlage: string }
  beforeAll(async () => {
    t = await helpdeskTestApp(dialect)
    aBijlage = await meldingMetBijlage(t)
  }, 60_000)
  afterAll(() => t.close())

  describe('meldingen of the bestuur', () => {
    it('lists the bestuur’s own meldingen, newest first, without those of bestuur B or an unlinked old account', async () => {
      const res = await t.request('GET', '/api/helpdesk/meldingen', { as: 'helpdesk' })
      expect(res.status).toBe(200)
      const body = await res.json()
      const onderwerpen = body.meldingen.map((m: { onderwerp: string }) => m.onderwerp)
      expect(onderwerpen).toContain('Leerling staat dubbel ingeschreven in ROD')
      expect(onderwerpen).not.toContain('Schooladvies niet zichtbaar in ROD')
      expect(onderwerpen).not.toContain('Telling 1 oktober klopt niet')
      expect(
        body.meldingen.every((m: { bestuursnummer: string }) => m.bestuursnummer === '41234'),
      ).toBe(true)
      const updated = body.meldingen.map((m: { updatedAt: string }) => m.updatedAt)
      expect(updated).toEqual([...updated].sort().reverse())
    })

    it('filters on status, searches, sorts and pages with a cap on the page size', async () => {
      const wacht = await (
        await t.request('GET', '/api/helpdesk/meldingen?status=wacht-op-reactie', {
          as: 'helpdesk',
        })
      ).json()
      expect(wacht.meldingen.map((m: { status: string }) => m.status)).toEqual(['wacht-op-reactie'])
      const zoek = await (
        await t.request('GET', '/api/helpdesk/meldingen?zoek=ESHERK', { as: 'helpdesk' })
      ).json()
      expect(zoek.totaal).toBe(0)
      const zoek2 = await (
        await t.request('GET', '/api/helpdesk/meldingen?zoek=eherkenning', { as: 'helpdesk' })
      ).json()
      expect(zoek2.meldingen.map((m: { onderwerp: string }) => m.onderwerp)).toEqual([
        'Inloggen met eHerkenning lukt niet',
      ])
      const oud = await (
        await t.request('GET', '/api/helpdesk/meldingen?sorteer=aangemaakt&richting=asc&aantal=2', {
          as: 'helpdesk',
        })
      ).json()
      expect(oud.meldingen).toHaveLength(2)
      expect(oud.meldingen[0].onderwerp).toBe('Inloggen met eHerkenning lukt niet')
      const page2 = await (
        await t.request(
          'GET',
          '/api/helpdesk/meldingen?sorteer=aangemaakt&richting=asc&aantal=2&pagina=2',
          { as: 'helpdesk' },
        )
      ).json()
      expect(page2.meldingen[0].id).not.toBe(oud.meldingen[0].id)
      const groot = await (
        await t.request('GET', '/api/helpdesk/meldingen?aantal=5000', { as: 'helpdesk' })
      ).json()
      expect(groot.aantal).toBe(100)
      const fout = await t.request('GET', '/api/helpdesk/meldingen?status=weg', { as: 'helpdesk' })
      expect(fout.status).toBe(400)
      expect((await fout.json()).velden[0].veld).toBe('status')
    })

    it('refuses without the machtiging Mijn Helpdesk po, with the reason', async () => {
      const cookie = await t.loginAs('helpdesk', { machtigingen: ['mijn-duo'] })
      for (const path of [
        '/api/helpdesk/meldingen',
        '/api/helpdesk/overzicht',
        '/api/helpdesk/archief',
        '/api/helpdesk/contact',
        `/api/helpdesk/meldingen/${A_MELDING}`,
      ]) {
        const res = await t.request('GET', path, { as: cookie })
        expect(res.status, path).toBe(403)
        expect((await res.json()).nl).toMatch(/Mijn Helpdesk po/)
      }
      expect((await t.request('GET', '/api/helpdesk/meldingen')).status).toBe(401)
    })

    it('creates a melding with attachments checked by content, stored under server-made names', async () => {
      const before = readdirSync(bijlagenMap(t)).length
      const res = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ instellingscode: '12ab', categorie: 'storing' }, [
          file(PDF, '../../etc/verslag.pdf'),
          file(PNG, 'scherm.png'),
          file(new TextEncoder().encode('a;b\n1;2\n'), 'lijst.csv'),
        ]),
      })
      expect(res.status).toBe(201)
      const { melding } = await res.json()
      expect(melding).toMatchObject({
        status: 'nieuw',
        instellingscode: '12AB',
        categorie: 'storing',
        ingediendDoor: 'Karin Peters',
      })
      expect(melding.referentie).toMatch(/^HD-2022-[0-9A-F]{8}$/)
      const stored = readdirSync(bijlagenMap(t))
      expect(stored.length).toBe(before + 3)
      expect(stored.every((n) => /^[0-9a-f-]{36}$/.test(n))).toBe(true)
      const detail = await (
        await t.request('GET', `/api/helpdesk/meldingen/${melding.id}`, { as: 'helpdesk' })
      ).json()
      expect(detail.melding.schoolNaam).toBe('OBS De Regenboog')
      expect(
        detail.gesprek[0].bijlagen.map((b: { bestandsnaam: string; contentType: string }) => [
          b.bestandsnaam,
          b.contentType,
        ]),
      ).toEqual([
        ['lijst.csv', 'text/csv'],
        ['scherm.png', 'image/png'],
        ['verslag.pdf', 'application/pdf'],
      ])
    })

    it('refuses wrong files and keeps nothing of the upload', async () => {
      const before = readdirSync(bijlagenMap(t)).length
      const exe = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}, [file(PDF, 'ok.pdf'), file(EXE, 'factuur.pdf')]),
      })
      expect(exe.status).toBe(400)
      const body = await exe.json()
      expect(body.code).toBe('ongeldige-invoer')
      expect(body.velden).toEqual([
        {
          veld: 'bijlage',
          nl: expect.stringContaining('factuur.pdf'),
          en: expect.stringContaining('factuur.pdf'),
        },
      ])
      const html = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}, [file(new TextEncoder().encode('<html>'), 'pagina.html')]),
      })
      expect(html.status).toBe(400)
      const pngAsTxt = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}, [file(PNG, 'notitie.txt')]),
      })
      expect(pngAsTxt.status).toBe(400)
      const zes = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm(
          {},
          Array.from({ length: 6 }, (_, i) => file(PDF, `d${i}.pdf`)),
        ),
      })
      expect(zes.status).toBe(400)
      const groot = new Uint8Array(MAX_BIJLAGE_BYTES + 1)
      groot.set(PDF)
      const teGroot = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}, [file(groot, 'groot.pdf')]),
      })
      expect(teGroot.status).toBe(400)
      expect((await teGroot.json()).nl).toMatch(/10 MB/)
      expect(readdirSync(bijlagenMap(t)).length).toBe(before)
    })

    it('names every wrong field and refuses a school of another bestuur', async () => {
      const res = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ onderwerp: ' ', categorie: 'iets', omschrijving: '' }),
      })
      expect(res.status).toBe(400)
      const velden = (await res.json()).velden.map((d: { veld: string }) => d.veld).sort()
      expect(velden).toEqual(['categorie', 'omschrijving', 'onderwerp'])
      const school = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ instellingscode: '56EF' }),
      })
      expect(school.status).toBe(400)
      expect((await school.json()).velden[0].veld).toBe('instellingscode')
    })

    it('needs the CSRF header to create', async () => {
      const res = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}),
        csrf: false,
      })
      expect(res.status).toBe(403)
    })

    it('downloads an attachment safely', async () => {
      const res = await t.request(
        'GET',
        `/api/helpdesk/meldingen/${aBijlage.melding}/bijlagen/${aBijlage.bijlage}`,
        { as: 'helpdesk' },
      )
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="brief.pdf"')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF)
    })

    it('lets the bestuur reply, and refuses a reply on a closed melding', async () => {
      const res = await t.request('POST', `/api/helpdesk/meldingen/${A_MELDING}/reacties`, {
        as: 'helpdesk',
        body: (() => {
          const f = new FormData()
          f.append('tekst', 'De laatste cijfers zijn 4821.')
          return f
        })(),
      })
      expect(res.status).toBe(201)
      const body = await res.json()
      expect(body.melding.status).toBe('in-behandeling')
      expect(body.gesprek.at(-1)).toMatchObject({
        van: 'bestuur',
        auteur: 'Karin Peters',
        tekst: 'De laatste cijfers zijn 4821.',
      })
      const closed = demoId('helpdesk:melding:a-3')
      const f = new FormData()
      f.append('tekst', 'Nog een vraag')
      const refused = await t.request('POST', `/api/helpdesk/meldingen/${closed}/reacties`, {
        as: 'helpdesk',
        body: f,
      })
      expect(refused.status).toBe(409)
    })

    it('writes the read marker only when opening it changes what is unread', async () => {
      const db = t.platformOf('helpdesk').db as HelpdeskDb
      const res = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ onderwerp: 'Gelezen of niet' }),
      })
      const { melding } = await res.json()
      const persoon = demoPersoonId('beheerder-po')
      const marker = async () =>
        (
          await db
            .selectFrom('helpdesk_gelezen')
            .select('gelezen_op')
            .where('melding_id', '=', melding.id)
            .where('persoon_id', '=', persoon)
            .executeTakeFirst()
        )?.gelezen_op ?? null
      const open = async () =>
        expect(
          (await t.request('GET', `/api/helpdesk/meldingen/${melding.id}`, { as: 'beheerder-po' }))
            .status,
        ).toBe(200)
      // No answer from the helpdesk: nothing to mark, nothing written.
      await open()
      expect(await marker()).toBeNull()
      // An answer: the first opening marks it read ...
      await db
        .updateTable('helpdesk_melding')
        .set({ laatste_antwoord_helpdesk_at: '2022-01-10T09:00:00.000Z' })
        .where('id', '=', melding.id)
        .execute()
      await open()
      const eerst = await marker()
      expect(eerst).not.toBeNull()
      // ... and opening it again later writes nothing.
      t.clock.set('2022-01-20T09:00:00.000Z')
      await open()
      expect(await marker()).toBe(eerst)
      t.clock.set(NOW)
    })
  })

  describe('object-level access: bestuur B never reaches bestuur A', () => {
    for (const persona of ['bekostiging-b', 'beheerder-po-b']) {
      it(`${persona} gets 403/404 on every melding, attachment and document of A`, async () => {
        const reply = new FormData()
        reply.append('tekst', 'Ik ben van B')
        const checks: Array<[string, string, FormData | undefined]> = [
          ['GET', `/api/helpdesk/meldingen/${A_MELDING}`, undefined],
          ['POST', `/api/helpdesk/meldingen/${A_MELDING}/reacties`, reply],
          [
            'GET',
            `/api/helpdesk/meldingen/${aBijlage.melding}/bijlagen/${aBijlage.bijlage}`,
            undefined,
          ],
          ['GET', `/api/helpdesk/meldingen/${LEGACY_MELDING}`, undefined],
          ['GET', `/api/helpdesk/archief/${A_DOCUMENT}/download`, undefined],
          ['GET', `/api/helpdesk/werkvoorraad/${A_MELDING}`, undefined],
          [
            'GET',
            `/api/helpdesk/werkvoorraad/${aBijlage.melding}/bijlagen/${aBijlage.bijlage}`,
            undefined,
          ],
        ]
        for (const [method, path, body] of checks) {
          const res = await t.request(method, path, { as: persona, body })
          expect([403, 404], `${method} ${path}`).toContain(res.status)
        }
        // An A attachment id under a B melding of their own is not found either.
        const own = (
          await (await t.request('GET', '/api/helpdesk/meldingen', { as: persona })).json()
        ).meldingen[0]
        expect(own.bestuursnummer).toBe('40567')
        expect(
          (
            await t.request(
              'GET',
              `/api/helpdesk/meldingen/${own.id}/bijlagen/${aBijlage.bijlage}`,
              { as: persona },
            )
          ).status,
        ).toBe(404)
        const list = await (await t.request('GET', '/api/helpdesk/archief', { as: persona })).json()
        expect(
          list.documenten.every((d: { bestuursnummer: string }) => d.bestuursnummer === '40567'),
        ).toBe(true)
        expect(
          (await t.request('GET', `/api/helpdesk/archief/${B_DOCUMENT}/download`, { as: persona }))
            .status,
        ).toBe(200)
      })
    }

    it('leaves A’s melding unchanged after B’s attempts', async () => {
      const detail = await (
        await t.request('GET', `/api/helpdesk/meldingen/${A_MELDING}`, { as: 'beheerder-po' })
      ).json()
      expect(detail.gesprek.some((r: { tekst: string }) => r.tekst === 'Ik ben van B')).toBe(false)
    })
  })

  describe('meldingen of an old account', () => {
    it('are hidden until the account is linked, but visible to the old account itself', async () => {
      const hidden = await t.request('GET', `/api/helpdesk/meldingen/${LEGACY_MELDING}`, {
        as: 'helpdesk',
      })
      expect(hidden.status).toBe(404)
      // The old account logs in with its password (allowed until 1 April 2022).
      const legacy = await t.loginAsOudAccount('jdevries')
      const eigen = await (await t.request('GET', '/api/helpdesk/meldingen', { as: legacy })).json()
      expect(eigen.meldingen.map((m: { id: string }) => m.id)).toContain(LEGACY_MELDING)
      // A melding it makes now belongs to the old account too: still hidden from the others.
      const nieuw = await (
        await t.request('POST', '/api/helpdesk/meldingen', {
          as: legacy,
          body: meldingForm({ onderwerp: 'Via oud account' }),
        })
      ).json()
      expect(
        (await t.request('GET', `/api/helpdesk/meldingen/${nieuw.melding.id}`, { as: 'helpdesk' }))
          .status,
      ).toBe(404)

      await t.db
        .updateTable('legacy_account')
        .set({ gekoppeld_aan_persoon_id: demoPersoonId('helpdesk'), gekoppeld_op: NOW })
        .where('gebruikersnaam', '=', 'jdevries')
        .execute()
      expect(
        (await t.request('GET', `/api/helpdesk/meldingen/${LEGACY_MELDING}`, { as: 'helpdesk' }))
          .status,
      ).toBe(200)
      const lijst = await (
        await t.request('GET', '/api/helpdesk/meldingen?aantal=100', { as: 'beheerder-po' })
      ).json()
      expect(lijst.meldingen.map((m: { onderwerp: string }) => m.onderwerp)).toEqual(
        expect.arrayContaining(['Telling 1 oktober klopt niet', 'Via oud account']),
      )
      await t.db
        .updateTable('legacy_account')
        .set({ gekoppeld_aan_persoon_id: null, gekoppeld_op: null })
        .where('gebruikersnaam', '=', 'jdevries')
        .execute()
    })
  })
})
