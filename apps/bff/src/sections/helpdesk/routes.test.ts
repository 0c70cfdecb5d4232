import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '../../db/test-db'
import { createTestApp, cookieFrom } from '../../testing/test-app'
import { demoId, demoPersoonId } from '../../demo/seed'
import { folderOf, MAX_BIJLAGE_BYTES } from './files'
import { seedHelpdeskDemo } from './demo'

const NOW = '2022-01-17T10:00:00.000Z'
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
])
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])

const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type })

function meldingForm(fields: Record<string, string>, files: File[] = []): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries({
    onderwerp: 'Vraag over ROD',
    categorie: 'rod',
    omschrijving: 'Hoe werkt het?',
    ...fields,
  }))
    form.append(k, v)
  for (const f of files) form.append('bijlage', f)
  return form
}

describe.each(dialectsUnderTest)('Mijn Helpdesk po API (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  const A_MELDING = demoId('helpdesk:melding:a-1')
  const A_DOCUMENT = demoId('helpdesk:document:a-beschikking-2022')
  const B_DOCUMENT = demoId('helpdesk:document:b-beschikking-2022')
  const LEGACY_MELDING = demoId('helpdesk:melding:legacy-1')
  let aBijlage: { melding: string; bijlage: string }

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW })
    const first = await seedHelpdeskDemo(t.db, t.dataDir)
    expect(first.inserted).toBeGreaterThan(10)
    expect((await seedHelpdeskDemo(t.db, t.dataDir)).inserted).toBe(0)
    // One melding of bestuur A with an attachment, for the access checks below.
    const res = await t.request('POST', '/api/helpdesk/meldingen', {
      as: 'beheerder-po',
      body: meldingForm({ onderwerp: 'Met bijlage' }, [file(PDF, 'brief.pdf')]),
    })
    expect(res.status).toBe(201)
    const { melding } = await res.json()
    const detail = await (
      await t.request('GET', `/api/helpdesk/meldingen/${melding.id}`, { as: 'beheerder-po' })
    ).json()
    aBijlage = { melding: melding.id, bijlage: detail.gesprek[0].bijlagen[0].id }
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
      expect((await fout.json()).error.details[0].veld).toBe('status')
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
        expect((await res.json()).error.nl).toMatch(/Mijn Helpdesk po/)
      }
      expect((await t.request('GET', '/api/helpdesk/meldingen')).status).toBe(401)
    })

    it('creates a melding with attachments checked by content, stored under server-made names', async () => {
      const before = readdirSync(folderOf(t.dataDir, 'bijlagen')).length
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
      const stored = readdirSync(folderOf(t.dataDir, 'bijlagen'))
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
      const before = readdirSync(folderOf(t.dataDir, 'bijlagen')).length
      const exe = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({}, [file(PDF, 'ok.pdf'), file(EXE, 'factuur.pdf')]),
      })
      expect(exe.status).toBe(400)
      const body = await exe.json()
      expect(body.error.code).toBe('ongeldige-bijlage')
      expect(body.error.details).toEqual([
        { veld: 'bijlage', melding: expect.stringContaining('factuur.pdf') },
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
      expect((await teGroot.json()).error.nl).toMatch(/10 MB/)
      expect(readdirSync(folderOf(t.dataDir, 'bijlagen')).length).toBe(before)
    })

    it('names every wrong field and refuses a school of another bestuur', async () => {
      const res = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ onderwerp: ' ', categorie: 'iets', omschrijving: '' }),
      })
      expect(res.status).toBe(400)
      const velden = (await res.json()).error.details.map((d: { veld: string }) => d.veld).sort()
      expect(velden).toEqual(['categorie', 'omschrijving', 'onderwerp'])
      const school = await t.request('POST', '/api/helpdesk/meldingen', {
        as: 'helpdesk',
        body: meldingForm({ instellingscode: '56EF' }),
      })
      expect(school.status).toBe(400)
      expect((await school.json()).error.details[0].veld).toBe('instellingscode')
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
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="brief.pdf"; filename*=UTF-8''brief.pdf`,
      )
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

  describe('meldingen of an old account', () => {
    it('are hidden until the account is linked, but visible to the old account itself', async () => {
      const hidden = await t.request('GET', `/api/helpdesk/meldingen/${LEGACY_MELDING}`, {
        as: 'helpdesk',
      })
      expect(hidden.status).toBe(404)
      // The old account logs in with its password (allowed until 1 April 2022).
      const login = await t.request('POST', '/api/login/wachtwoord', {
        json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
      })
      expect(login.status).toBe(200)
      const legacy = cookieFrom(login)!
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
      expect((await bad.json()).error.details.map((d: { veld: string }) => d.veld).sort()).toEqual([
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
      expect(zoek.documenten.map((d: { kenmerk: string }) => d.kenmerk)).toEqual([
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
        `attachment; filename="Beschikking bekostiging 2022  De Linde.pdf"; filename*=UTF-8''Beschikking%20bekostiging%202022%20%E2%80%93%20De%20Linde.pdf`,
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
