import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  aanmeldForm,
  aanmeldingenMap,
  beheer,
  beheerTestApp,
  expectRefused,
  id,
  pdf,
  snapshot,
  toekennen,
  type BeheerTestApp,
  type Json,
} from '../test-support'
import { MAX_BIJLAGE_BYTES } from './schemas'

describe.each(dialectsUnderTest)('beheer API: aanmelding beheerders (%s)', (dialect) => {
  let t: BeheerTestApp
  let aanmeldingId: string
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  })
  afterAll(() => t.close())

  const actief = async (persona: string) => beheer(t).rollen.actief(id(persona), t.clock.now())

  it('offers the people of the bestuur (not via ketenmachtiging) and the current beheerders', async () => {
    const body = await (
      await t.request('GET', '/api/beheer/aanmeldingen/kandidaten', { as: 'beheerder-po' })
    ).json()
    const names = body.personen.map((p: Json) => p.naam)
    expect(names).toContain('Lars Hendriks')
    expect(names).not.toContain('Ruud Vermeulen')
    expect(body.beheerders.find((b: Json) => b.rol === 'beheerder-po').personen[0].naam).toBe(
      'Anouk Jansen',
    )
    const kantoor = await t.request('GET', '/api/beheer/aanmeldingen/kandidaten', {
      as: 'administratiekantoor',
    })
    expect(kantoor.status).toBe(403)
    expect((await kantoor.json()).code).toBe('ketenmachtiging')
  })

  const bad: Array<[string, () => FormData, string]> = [
    [
      'a file that is not a PDF (by content, whatever its name)',
      () =>
        aanmeldForm(
          { beheerderPo: id('nieuw') },
          new Blob(['<html>not a pdf</html>'], { type: 'application/pdf' }),
          'formulier.pdf',
        ),
      'bijlage',
    ],
    [
      'an oversized PDF',
      () =>
        aanmeldForm(
          { beheerderPo: id('nieuw') },
          new Blob([new Uint8Array(MAX_BIJLAGE_BYTES + 10).fill(0x25)]),
          'groot.pdf',
        ),
      'bijlage',
    ],
    ['no attachment', () => aanmeldForm({ beheerderPo: id('nieuw') }, null), 'bijlage'],
    ['no beheerder named', () => aanmeldForm({}), 'beheerderPo'],
    [
      'a person of another bestuur',
      () => aanmeldForm({ beheerderPo: id('beheerder-po-b') }),
      'beheerderPo',
    ],
    [
      'the same person twice',
      () => aanmeldForm({ beheerderPo: id('nieuw'), beheerderBekostiging: id('nieuw') }),
      'beheerderBekostiging',
    ],
    [
      'an explanation that is too long',
      () => aanmeldForm({ beheerderPo: id('nieuw'), toelichting: 'x'.repeat(2001) }),
      'toelichting',
    ],
  ]
  it.each(bad)('refuses %s with 400 per field and stores nothing', async (_what, form, veld) => {
    const before = await snapshot(t)
    const res = await t.request('POST', '/api/beheer/aanmeldingen', {
      as: 'beheerder-po',
      body: form(),
    })
    const refused = await expectRefused(t, res, 400, 'ongeldige-invoer', before)
    const field = refused.velden.find((d: Json) => d.veld === veld)
    expect(field?.nl).toBeTruthy()
    expect(field?.en).toBeTruthy()
  })

  it('refuses a body far too large on the field, before reading it', async () => {
    const before = await snapshot(t)
    const res = await t.request('POST', '/api/beheer/aanmeldingen', {
      as: 'beheerder-po',
      body: aanmeldForm(
        { beheerderPo: id('nieuw') },
        new Blob([new Uint8Array(MAX_BIJLAGE_BYTES + 100 * 1024).fill(0x25)]),
        'groot.pdf',
      ),
    })
    const refused = await expectRefused(t, res, 400, 'ongeldige-invoer', before)
    expect(refused.velden.map((v: Json) => v.veld)).toEqual(['bijlage'])
  })

  it('stores a valid aanmelding with its PDF outside the web root under a generated name', async () => {
    const res = await t.request('POST', '/api/beheer/aanmeldingen', {
      as: 'beheerder-po',
      body: aanmeldForm(
        {
          beheerderPo: id('nieuw'),
          beheerderBekostiging: id('raadpleger'),
          toelichting: 'Wijziging: Lars wordt beheerder po.',
        },
        pdf(),
        '../../etc/passwd.pdf',
      ),
    })
    expect(res.status).toBe(201)
    const { aanmelding } = await res.json()
    aanmeldingId = aanmelding.id
    expect(aanmelding).toMatchObject({
      status: 'ingediend',
      bestuurNaam: expect.stringContaining('De Linde'),
      ingediendDoor: { naam: 'Anouk Jansen' },
      beheerderPo: { naam: 'Lars Hendriks' },
      beheerderBekostiging: { naam: 'Daan Smit' },
      bijlage: { naam: 'passwd.pdf' },
    })
    expect(aanmelding.bijlageBestand).toBeUndefined()
    const files = readdirSync(aanmeldingenMap(t))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(aanmelding)).not.toContain(files[0])
    const list = await (await t.request('GET', '/api/beheer/aanmeldingen', { as: 'nieuw' })).json()
    expect(list.aanmeldingen.map((a: Json) => a.id)).toEqual([aanmeldingId])
    expect(
      (await (await t.request('GET', '/api/beheer/aanmeldingen', { as: 'beheerder-po-b' })).json())
        .aanmeldingen,
    ).toEqual([])
    const download = await t.request('GET', `/api/beheer/aanmeldingen/${aanmeldingId}/bijlage`, {
      as: 'servicedesk',
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[A-Za-z0-9._ -]+\.pdf"$/,
    )
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await download.text()).startsWith('%PDF-')).toBe(true)
    expect(
      (
        await t.request('GET', `/api/beheer/aanmeldingen/${aanmeldingId}/bijlage`, {
          as: 'beheerder-po-b',
        })
      ).status,
    ).toBe(404)
  })

  it('still serves a signed form stored before the platform kept the files (`<uuid>.pdf`)', async () => {
    const oud = `${randomUUID()}.pdf`
    mkdirSync(aanmeldingenMap(t), { recursive: true })
    writeFileSync(join(aanmeldingenMap(t), oud), '%PDF-1.4\n% oud formulier\n%%EOF\n')
    const rij = randomUUID()
    await beheer(t)
      .db.insertInto('beheer_aanmelding')
      .values({
        id: rij,
        bestuursnummer: B,
        ingediend_door: id('beheerder-po-b'),
        ingediend_op: '2021-12-01T09:00:00.000Z',
        beheerder_po_persoon_id: id('beheerder-po-b'),
        beheerder_bekostiging_persoon_id: null,
        toelichting: null,
        bijlage_naam: 'formulier oud.pdf',
        bijlage_bestand: oud,
        bijlage_grootte: 30,
        bijlage_sha256: '0'.repeat(64),
        status: 'afgewezen',
        beoordeeld_door: id('servicedesk'),
        beoordeeld_op: '2021-12-02T09:00:00.000Z',
        reden: 'Oud',
      })
      .execute()
    const res = await t.request('GET', `/api/beheer/aanmeldingen/${rij}/bijlage`, {
      as: 'beheerder-po-b',
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('oud formulier')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="formulier oud.pdf"')
  })

  it('refuses approval by anyone but the servicedesk', async () => {
    for (const as of ['beheerder-po', 'beheerder-bekostiging', 'helpdeskmedewerker']) {
      const before = await snapshot(t)
      const res = await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
        as,
      })
      const body = await res.json()
      expect(res.status).toBe(403)
      expect(body.nl).toBeTruthy()
      expect(await snapshot(t)).toEqual(before)
    }
  })

  it('lets the servicedesk see the queue and approve: grants, automatic RIO grants, predecessors revoked, all logged', async () => {
    const queue = await (
      await t.request('GET', '/api/beheer/aanmeldingen?status=ingediend', { as: 'servicedesk' })
    ).json()
    expect(queue.werkvoorraad).toBe(true)
    expect(queue.aanmeldingen.map((a: Json) => a.id)).toContain(aanmeldingId)
    expect(
      (await t.request('GET', '/api/beheer/aanmeldingen?status=weg', { as: 'servicedesk' })).status,
    ).toBe(400)
    expect(
      (await t.request('GET', '/api/beheer/aanmeldingen', { as: 'helpdeskmedewerker' })).status,
    ).toBe(403)

    const res = await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
      as: 'servicedesk',
    })
    expect(res.status).toBe(200)
    expect((await res.json()).aanmelding).toMatchObject({
      status: 'goedgekeurd',
      beoordeeldDoor: { naam: 'Ursula Koster' },
    })
    const lars = (await actief('nieuw')).map((g) => `${g.role}:${g.kenmerk}`).sort()
    expect(lars).toEqual([
      'beheerder-po:41234',
      'beheerder-rio-algemeen:101B234',
      'beheerder-rio-selfservice:101B234',
    ])
    const daan = (await actief('raadpleger')).map((g) => g.role).sort()
    expect(daan).toContain('beheerder-bekostiging-opleidingen')
    expect(await actief('beheerder-po')).toEqual([])
    expect((await actief('beheerder-bekostiging')).map((g) => g.role)).toEqual([])
    const { audit } = beheer(t)
    const approved = (await audit.list({ actie: 'beheer.aanmelding.goedgekeurd' })).entries[0]!
    expect(approved).toMatchObject({ actorPersoonId: id('servicedesk'), bestuursnummer: A })
    expect(approved.sessieRef).toMatch(/^[0-9a-f]{16}$/)
    expect(
      (await audit.list({ actie: 'beheer.rol.toegekend', onderwerpPersoonId: id('nieuw') })).entries
        .length,
    ).toBeGreaterThanOrEqual(3)
    expect(
      (
        await audit.list({
          actie: 'beheer.rol.ingetrokken',
          onderwerpPersoonId: id('beheerder-po'),
        })
      ).entries,
    ).toHaveLength(3)
    const again = await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
      as: 'servicedesk',
    })
    expect(again.status).toBe(409)
    expect((await again.json()).code).toBe('al-beoordeeld')

    // The new beheerder po can now assign the ROD roles.
    const assign = await toekennen(t, 'nieuw', {
      persoonId: id('helpdesk'),
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
    })
    expect(assign.status).toBe(201)
  })

  it('lets the servicedesk reject with a reason the requester sees', async () => {
    const res = await t.request('POST', '/api/beheer/aanmeldingen', {
      as: 'beheerder-po-b',
      body: aanmeldForm({ beheerderBekostiging: id('bekostiging-b') }),
    })
    expect(res.status).toBe(201)
    const { aanmelding } = await res.json()
    const before = await snapshot(t)
    const leeg = await expectRefused(
      t,
      await t.request('POST', `/api/beheer/aanmeldingen/${aanmelding.id}/afwijzen`, {
        as: 'servicedesk',
        json: { reden: ' ' },
      }),
      400,
      'ongeldige-invoer',
      before,
    )
    expect(leeg.velden.map((v: Json) => v.veld)).toEqual(['reden'])
    expect(leeg.velden[0].nl).toBe('Geef de reden van de afwijzing; de aanvrager ziet die.')
    // Too short is not "empty": the message says which it is.
    const kort = await expectRefused(
      t,
      await t.request('POST', `/api/beheer/aanmeldingen/${aanmelding.id}/afwijzen`, {
        as: 'servicedesk',
        json: { reden: 'nee' },
      }),
      400,
      'ongeldige-invoer',
      before,
    )
    expect(kort.velden).toEqual([
      {
        veld: 'reden',
        nl: 'De reden is te kort: gebruik ten minste 5 tekens.',
        en: 'The reason is too short: use at least 5 characters.',
      },
    ])
    await expectRefused(
      t,
      await t.request('POST', `/api/beheer/aanmeldingen/${aanmelding.id}/afwijzen`, {
        as: 'beheerder-po-b',
        json: { reden: 'Zelf afwijzen' },
      }),
      403,
      'alleen-duo',
      before,
    )
    const ok = await t.request('POST', `/api/beheer/aanmeldingen/${aanmelding.id}/afwijzen`, {
      as: 'servicedesk',
      json: { reden: 'Handtekening ontbreekt op het formulier.' },
    })
    expect(ok.status).toBe(200)
    const seen = await (
      await t.request('GET', `/api/beheer/aanmeldingen/${aanmelding.id}`, {
        as: 'beheerder-po-b',
      })
    ).json()
    expect(seen.aanmelding).toMatchObject({
      status: 'afgewezen',
      reden: 'Handtekening ontbreekt op het formulier.',
    })
    expect(
      (await beheer(t).audit.list({ actie: 'beheer.aanmelding.afgewezen' })).entries[0],
    ).toMatchObject({
      bestuursnummer: B,
      details: { reden: 'Handtekening ontbreekt op het formulier.' },
    })
    expect((await actief('bekostiging-b')).map((g) => g.role)).toEqual(['medewerker-bekostiging'])
  })

  it('tells who handed it in by e-mail when DUO decides, and a named beheerder of the new role', async () => {
    await t.db
      .updateTable('persoon')
      .set({ email: 'b.visser@de-eik.example' })
      .where('id', '=', id('beheerder-po-b'))
      .execute()
    await t.db
      .updateTable('persoon')
      .set({ email: 'r.smit@de-eik.example' })
      .where('id', '=', id('bekostiging-b'))
      .execute()
    const onderwerpen = async (aan: string) =>
      (await t.db.selectFrom('platform_mail').select('onderwerp').where('aan', '=', aan).execute())
        .map((m) => m.onderwerp)
        .sort()

    const afgewezen = await (
      await t.request('POST', '/api/beheer/aanmeldingen', {
        as: 'beheerder-po-b',
        body: aanmeldForm({ beheerderBekostiging: id('bekostiging-b') }),
      })
    ).json()
    await t.request('POST', `/api/beheer/aanmeldingen/${afgewezen.aanmelding.id}/afwijzen`, {
      as: 'servicedesk',
      json: { reden: 'Handtekening ontbreekt.' },
    })
    expect(await onderwerpen('b.visser@de-eik.example')).toEqual([
      'Mijn DUO: Uw aanmelding van beheerders is afgewezen / Your registration of administrators was rejected',
    ])

    const goed = await (
      await t.request('POST', '/api/beheer/aanmeldingen', {
        as: 'beheerder-po-b',
        body: aanmeldForm({ beheerderBekostiging: id('bekostiging-b') }),
      })
    ).json()
    const ok = await t.request(
      'POST',
      `/api/beheer/aanmeldingen/${goed.aanmelding.id}/goedkeuren`,
      { as: 'servicedesk' },
    )
    expect(ok.status).toBe(200)
    expect(await onderwerpen('b.visser@de-eik.example')).toEqual([
      'Mijn DUO: Uw aanmelding van beheerders is afgewezen / Your registration of administrators was rejected',
      'Mijn DUO: Uw aanmelding van beheerders is goedgekeurd / Your registration of administrators was approved',
    ])
    expect(await onderwerpen('r.smit@de-eik.example')).toEqual([
      'Mijn DUO: U heeft een nieuwe rol / You have a new role',
    ])
  })
})
