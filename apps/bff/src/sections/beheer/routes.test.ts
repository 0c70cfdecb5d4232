import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '../../db/test-db'
import { createTestApp } from '../../testing/test-app'
import { demoPersoonId } from '../../demo/seed'
import { addGrant, listActiveGrants, listGrantsOfBestuur } from '../../stores/grants'
import { listAudit } from '../../stores/audit'
import { newId } from '../../db/dialect'
import { MAX_BIJLAGE_BYTES } from './routes'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by expect(), not by types
type Json = any

const A = '41234'
const B = '40567'
const id = (persona: string) => demoPersoonId(persona)!
const json = async (res: Response): Promise<Json> => res.json()

/** Everything the beheer API can change, to assert that a refused call changed nothing. */
async function snapshot(t: TestApp) {
  const grants = await t.db.selectFrom('rol_toekenning').selectAll().orderBy('id').execute()
  const audit = await t.db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  const aanmeldingen = await t.db
    .withTables<{ beheer_aanmelding: { id: string } }>()
    .selectFrom('beheer_aanmelding')
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  const dir = join(t.dataDir, 'beheer', 'aanmeldingen')
  const files = existsSync(dir) ? readdirSync(dir).length : 0
  return { grants, audit: Number(audit.n), aanmeldingen: Number(aanmeldingen.n), files }
}

async function expectRefused(
  t: TestApp,
  res: Response,
  status: number,
  code: string,
  before: Awaited<ReturnType<typeof snapshot>>,
) {
  const body = await json(res)
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code })
  expect(body.error.nl).toBeTruthy()
  expect(body.error.en).toBeTruthy()
  expect(await snapshot(t)).toEqual(before)
  return body
}

const toekennen = (t: TestApp, as: string, body: Record<string, unknown>) =>
  t.request('POST', '/api/beheer/autorisaties', { as, json: body })

function pdf(extra = ''): Blob {
  return new Blob([`%PDF-1.7\n% ondertekend formulier ${extra}\n%%EOF\n`], {
    type: 'application/pdf',
  })
}

function aanmeldForm(
  fields: Record<string, string>,
  file: Blob | null = pdf(),
  name = 'aanmelding.pdf',
): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  if (file) form.set('bijlage', file, name)
  return form
}

describe.each(dialectsUnderTest)('beheer API (%s)', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: '2022-03-01T10:00:00+01:00' })
  })
  afterAll(() => t.close())

  describe('Mijn rollen', () => {
    it('shows a person their grants, what each lets them do and who their beheerders are', async () => {
      const res = await t.request('GET', '/api/beheer/mijn-rollen', { as: 'schoolleiding-12ab' })
      expect(res.status).toBe(200)
      const body = await json(res)
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
        (await json(await t.request('GET', '/api/beheer/mijn-rollen', { as: 'nieuw' }))).rollen,
      ).toEqual([])
      const desk = await json(
        await t.request('GET', '/api/beheer/mijn-rollen', { as: 'servicedesk' }),
      )
      expect(desk.rollen.map((r: Json) => r.rol)).toEqual(['duo-security-servicedesk'])
      expect(desk.beheerders).toEqual([])
    })

    it('needs a login', async () => {
      expect((await t.request('GET', '/api/beheer/mijn-rollen')).status).toBe(401)
    })
  })

  describe('Autorisatiebeheer', () => {
    it('lists the people of the bestuur, including a ketenmachtiging, with what may be assigned and what not', async () => {
      const res = await t.request('GET', '/api/beheer/autorisaties', { as: 'beheerder-po' })
      expect(res.status).toBe(200)
      const body = await json(res)
      const names = body.personen.map((p: Json) => p.naam)
      expect(names).toContain('Lars Hendriks')
      expect(names).not.toContain('Tom van Leeuwen')
      const kantoor = body.personen.find((p: Json) => p.naam === 'Ruud Vermeulen')
      expect(kantoor.intermediairKvk).toBe('30999999')
      expect(body.toekenbaar).toContainEqual({
        role: 'medewerker-schoolleiding-rod',
        kenmerken: ['12AB', '34CD'],
      })
      expect(body.toekenbaar.map((r: Json) => r.role)).toContain('osr-toegang')
      expect(body.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-bekostiging')
      const bek = body.nietMogelijk.find((r: Json) => r.rol === 'medewerker-bekostiging')
      expect(bek.reden.code).toBe('geen-beheerder-voor-rol')
      const self = body.personen.find((p: Json) => p.ikZelf)
      expect(self.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-schoolleiding-rod')
      expect(
        self.nietVoorDezePersoon.find((r: Json) => r.rol === 'medewerker-schoolleiding-rod').reden
          .code,
      ).toBe('geen-data-toegang')
    })

    it('refuses the list to someone who administers nothing', async () => {
      const res = await t.request('GET', '/api/beheer/autorisaties', { as: 'raadpleger' })
      expect(res.status).toBe(403)
      expect((await json(res)).error.code).toBe('rol-ontbreekt')
      expect(
        (await t.request('GET', '/api/beheer/autorisaties', { as: 'servicedesk' })).status,
      ).toBe(403)
    })

    it('assigns a role with kenmerk and a period, records it, and revokes it', async () => {
      const res = await toekennen(t, 'beheerder-po', {
        persoonId: id('nieuw'),
        rol: 'medewerker-schoolleiding-rod',
        kenmerk: ' 34cd ',
        vanaf: '2022-03-01',
        tot: '2022-12-31',
      })
      expect(res.status).toBe(201)
      const { grant } = await json(res)
      expect(grant).toMatchObject({
        rol: 'medewerker-schoolleiding-rod',
        kenmerk: '34CD',
        vanaf: '2022-03-01',
        tot: '2022-12-31',
        status: 'geldig',
      })
      const active = await listActiveGrants(t.db, id('nieuw'), t.clock.now())
      expect(active.map((g) => `${g.role}:${g.kenmerk}`)).toEqual([
        'medewerker-schoolleiding-rod:34CD',
      ])
      const log = (
        await listAudit(t.db, { actie: 'rol.toegekend', onderwerpPersoonId: id('nieuw') })
      ).entries[0]!
      expect(log).toMatchObject({
        actorPersoonId: id('beheerder-po'),
        bestuursnummer: A,
        actorOmschrijving: 'Anouk Jansen (Beheerder po)',
      })
      expect(log.sessieRef).toMatch(/^[0-9a-f]{16}$/)
      expect(log.details).toMatchObject({
        grantId: grant.id,
        rol: 'medewerker-schoolleiding-rod',
        kenmerk: '34CD',
      })

      // The same again is a conflict, not a second grant.
      const before = await snapshot(t)
      await expectRefused(
        t,
        await toekennen(t, 'beheerder-po', {
          persoonId: id('nieuw'),
          rol: 'medewerker-schoolleiding-rod',
          kenmerk: '34CD',
        }),
        409,
        'bestaat-al',
        before,
      )

      const revoke = await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
        as: 'beheerder-po',
      })
      expect(revoke.status).toBe(200)
      expect(await listActiveGrants(t.db, id('nieuw'), t.clock.now())).toEqual([])
      const revoked = (
        await listAudit(t.db, { actie: 'rol.ingetrokken', onderwerpPersoonId: id('nieuw') })
      ).entries[0]!
      expect(revoked.details).toMatchObject({ grantId: grant.id })
      expect(
        (
          await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
            as: 'beheerder-po',
          })
        ).status,
      ).toBe(409)
    })

    it('takes a revoked role away on the very next request', async () => {
      const cookie = await t.loginAs('nieuw')
      const res = await toekennen(t, 'beheerder-po', {
        persoonId: id('nieuw'),
        rol: 'medewerker-schoolleiding-rod',
        kenmerk: '12AB',
      })
      const { grant } = await json(res)
      const me = await json(await t.request('GET', '/api/me', { as: cookie }))
      expect(me.grants.map((g: Json) => g.role)).toEqual(['medewerker-schoolleiding-rod'])
      await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
        as: 'beheerder-po',
      })
      const rotated = await t.request('GET', '/api/me', { as: cookie })
      // The grants changed: the session was rotated, so the old cookie is no longer valid.
      expect([200, 401]).toContain(rotated.status)
      if (rotated.status === 200) expect((await json(rotated)).grants).toEqual([])
    })

    it('lets a beheerder not revoke what another beheerder administers, nor a grant of another bestuur', async () => {
      const bekGrant = (await listGrantsOfBestuur(t.db, A)).find(
        (g) => g.role === 'medewerker-bekostiging',
      )!
      const before = await snapshot(t)
      await expectRefused(
        t,
        await t.request('POST', `/api/beheer/autorisaties/${bekGrant.id}/intrekken`, {
          as: 'beheerder-po',
        }),
        403,
        'geen-beheerder-voor-rol',
        before,
      )
      const bGrant = (await listGrantsOfBestuur(t.db, B)).find(
        (g) => g.role === 'medewerker-bekostiging',
      )!
      await expectRefused(
        t,
        await t.request('POST', `/api/beheer/autorisaties/${bGrant.id}/intrekken`, {
          as: 'beheerder-po',
        }),
        404,
        'niet-gevonden',
        before,
      )
      const rio = (await listGrantsOfBestuur(t.db, A)).find(
        (g) => g.role === 'beheerder-rio-algemeen',
      )!
      await expectRefused(
        t,
        await t.request('POST', `/api/beheer/autorisaties/${rio.id}/intrekken`, {
          as: 'beheerder-po',
        }),
        403,
        'automatisch-toegekend',
        before,
      )
    })

    it('refuses a state-changing call without the CSRF header', async () => {
      const before = await snapshot(t)
      const res = await t.request('POST', '/api/beheer/autorisaties', {
        as: 'beheerder-po',
        csrf: false,
        json: { persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: A },
      })
      await expectRefused(t, res, 403, 'csrf', before)
    })
  })

  describe('every refusal of the rules, through the API', () => {
    const cases: Array<[string, string, () => Record<string, unknown>, string]> = [
      [
        'a kenmerk of another bestuur',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '56EF' }),
        'kenmerk-buiten-bestuur',
      ],
      [
        'a bestuursnummer of another bestuur',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: B }),
        'kenmerk-buiten-bestuur',
      ],
      [
        'a role of another domain (beheerder po → bekostiging)',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-bekostiging', kenmerk: A }),
        'geen-beheerder-voor-rol',
      ],
      [
        'a role of another domain (beheerder bekostiging → ROD)',
        'beheerder-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '12AB' }),
        'geen-beheerder-voor-rol',
      ],
      [
        'the beheerder bekostiging giving himself data access',
        'beheerder-bekostiging',
        () => ({
          persoonId: id('beheerder-bekostiging'),
          rol: 'medewerker-bekostiging',
          kenmerk: A,
        }),
        'geen-data-toegang',
      ],
      [
        'the beheerder po giving himself a data role',
        'beheerder-po',
        () => ({ persoonId: id('beheerder-po'), rol: 'medewerker-bestuur-rod', kenmerk: A }),
        'geen-data-toegang',
      ],
      [
        'OSR-toegang without the overeenkomst OSR',
        'beheerder-po-b',
        () => ({ persoonId: id('bekostiging-b'), rol: 'osr-toegang', kenmerk: B }),
        'osr-overeenkomst-ontbreekt',
      ],
      [
        'a beheerder role by a beheerder',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-po', kenmerk: A }),
        'alleen-servicedesk',
      ],
      [
        'a beheerder bekostiging role by a beheerder',
        'beheerder-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-bekostiging-opleidingen', kenmerk: A }),
        'alleen-servicedesk',
      ],
      [
        'an automatic RIO beheer role',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-rio-algemeen', kenmerk: '101B234' }),
        'automatisch-toegekend',
      ],
      [
        'a DUO-internal role',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'duo-security-servicedesk', kenmerk: 'DUO' }),
        'niet-toekenbaar',
      ],
      [
        'anything by someone without a beheerder role',
        'medewerker-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-bekostiging', kenmerk: A }),
        'geen-beheerder-voor-rol',
      ],
      [
        'a role by DUO staff through the beheerder form',
        'servicedesk',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-po', kenmerk: A }),
        'alleen-bestuur',
      ],
    ]
    it.each(cases)(
      'refuses %s with 403 and the reason, changing nothing',
      async (_what, as, body, code) => {
        const before = await snapshot(t)
        const refused = await expectRefused(t, await toekennen(t, as, body()), 403, code, before)
        expect(refused.error.nl.length).toBeGreaterThan(20)
      },
    )

    it('refuses a data role to a beheerder bekostiging, given by a colleague beheerder', async () => {
      const other = await addGrant(
        t.db,
        {
          persoonId: id('helpdesk'),
          bestuursnummer: A,
          role: 'beheerder-bekostiging-opleidingen',
          kenmerk: A,
        },
        t.clock.now(),
      )
      try {
        const before = await snapshot(t)
        await expectRefused(
          t,
          await toekennen(t, 'beheerder-bekostiging', {
            persoonId: id('helpdesk'),
            rol: 'raadpleger-zaakdossier',
            kenmerk: A,
          }),
          403,
          'geen-data-toegang',
          before,
        )
      } finally {
        await t.db
          .updateTable('rol_toekenning')
          .set({ ingetrokken_op: new Date().toISOString() })
          .where('id', '=', other.id)
          .execute()
      }
    })

    it('refuses a beheerder without the machtiging Mijn DUO', async () => {
      const cookie = await t.loginAs('beheerder-po', { machtigingen: ['mijn-helpdesk-po'] })
      const before = await snapshot(t)
      await expectRefused(
        t,
        await toekennen(t, cookie, {
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
        }),
        403,
        'geen-machtiging',
        before,
      )
    })
  })

  describe('bad input: 400 with a Dutch and English message per field, nothing changed', () => {
    const cases: Array<[string, () => Record<string, unknown>, string]> = [
      [
        'an unknown role',
        () => ({ persoonId: id('nieuw'), rol: 'super-admin', kenmerk: A }),
        'rol',
      ],
      [
        'a malformed kenmerk',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '2AZ1' }),
        'kenmerk',
      ],
      [
        'a kenmerk of the wrong kind',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: A }),
        'kenmerk',
      ],
      [
        'an empty kenmerk',
        () => ({ persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: '' }),
        'kenmerk',
      ],
      [
        'a date that does not exist',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          vanaf: '2022-02-30',
        }),
        'vanaf',
      ],
      [
        'a period ending before it starts',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          vanaf: '2022-06-01',
          tot: '2022-05-01',
        }),
        'tot',
      ],
      [
        'a period already over',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          tot: '2022-01-01',
        }),
        'tot',
      ],
      [
        'a person of another bestuur',
        () => ({ persoonId: id('bekostiging-b'), rol: 'po-informatiediensten', kenmerk: A }),
        'persoonId',
      ],
      ['a missing person', () => ({ rol: 'po-informatiediensten', kenmerk: A }), 'persoonId'],
    ]
    it.each(cases)('%s', async (_what, body, veld) => {
      const before = await snapshot(t)
      const refused = await expectRefused(
        t,
        await toekennen(t, 'beheerder-po', body()),
        400,
        'ongeldige-invoer',
        before,
      )
      const field = refused.error.details.find((d: Json) => d.veld === veld)
      expect(field).toBeTruthy()
      expect(field.nl).toBeTruthy()
      expect(field.en).toBeTruthy()
      expect(field.nl).not.toBe(field.en)
    })
  })

  describe('aanmelding beheerders', () => {
    let aanmeldingId: string

    it('offers the people of the bestuur (not via ketenmachtiging) and the current beheerders', async () => {
      const body = await json(
        await t.request('GET', '/api/beheer/aanmeldingen/kandidaten', { as: 'beheerder-po' }),
      )
      const names = body.personen.map((p: Json) => p.naam)
      expect(names).toContain('Lars Hendriks')
      expect(names).not.toContain('Ruud Vermeulen')
      expect(body.beheerders.find((b: Json) => b.rol === 'beheerder-po').personen[0].naam).toBe(
        'Anouk Jansen',
      )
      expect(
        (
          await t.request('GET', '/api/beheer/aanmeldingen/kandidaten', {
            as: 'administratiekantoor',
          })
        ).status,
      ).toBe(403)
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
    ]
    it.each(bad)('refuses %s with 400 per field and stores nothing', async (_what, form, veld) => {
      const before = await snapshot(t)
      const res = await t.request('POST', '/api/beheer/aanmeldingen', {
        as: 'beheerder-po',
        body: form(),
      })
      const refused = await expectRefused(t, res, 400, 'ongeldige-invoer', before)
      const field = refused.error.details.find((d: Json) => d.veld === veld)
      expect(field?.nl).toBeTruthy()
      expect(field?.en).toBeTruthy()
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
      const { aanmelding } = await json(res)
      aanmeldingId = aanmelding.id
      expect(aanmelding).toMatchObject({
        status: 'ingediend',
        beheerderPo: { naam: 'Lars Hendriks' },
        beheerderBekostiging: { naam: 'Daan Smit' },
      })
      expect(aanmelding.bijlageBestand).toBeUndefined()
      const files = readdirSync(join(t.dataDir, 'beheer', 'aanmeldingen'))
      expect(files).toHaveLength(1)
      expect(files[0]).toMatch(/^[0-9a-f-]{36}\.pdf$/)
      const list = await json(await t.request('GET', '/api/beheer/aanmeldingen', { as: 'nieuw' }))
      expect(list.aanmeldingen.map((a: Json) => a.id)).toEqual([aanmeldingId])
      expect(
        (await json(await t.request('GET', '/api/beheer/aanmeldingen', { as: 'beheerder-po-b' })))
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
      expect((await download.text()).startsWith('%PDF-')).toBe(true)
      expect(
        (
          await t.request('GET', `/api/beheer/aanmeldingen/${aanmeldingId}/bijlage`, {
            as: 'beheerder-po-b',
          })
        ).status,
      ).toBe(404)
    })

    it('refuses approval by anyone but the servicedesk', async () => {
      for (const as of ['beheerder-po', 'beheerder-bekostiging', 'helpdeskmedewerker']) {
        const before = await snapshot(t)
        const res = await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
          as,
        })
        const body = await json(res)
        expect(res.status).toBe(403)
        expect(body.error.nl).toBeTruthy()
        expect(await snapshot(t)).toEqual(before)
      }
    })

    it('lets the servicedesk see the queue and approve: grants, automatic RIO grants, predecessors revoked, all logged', async () => {
      const queue = await json(
        await t.request('GET', '/api/beheer/aanmeldingen?status=ingediend', { as: 'servicedesk' }),
      )
      expect(queue.aanmeldingen.map((a: Json) => a.id)).toContain(aanmeldingId)
      expect(
        (await t.request('GET', '/api/beheer/aanmeldingen', { as: 'helpdeskmedewerker' })).status,
      ).toBe(403)

      const res = await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
        as: 'servicedesk',
      })
      expect(res.status).toBe(200)
      expect((await json(res)).aanmelding).toMatchObject({
        status: 'goedgekeurd',
        beoordeeldDoor: { naam: 'Ursula Koster' },
      })
      const lars = (await listActiveGrants(t.db, id('nieuw'), t.clock.now()))
        .map((g) => `${g.role}:${g.kenmerk}`)
        .sort()
      expect(lars).toEqual([
        'beheerder-po:41234',
        'beheerder-rio-algemeen:101B234',
        'beheerder-rio-selfservice:101B234',
      ])
      const daan = (await listActiveGrants(t.db, id('raadpleger'), t.clock.now()))
        .map((g) => g.role)
        .sort()
      expect(daan).toContain('beheerder-bekostiging-opleidingen')
      expect(await listActiveGrants(t.db, id('beheerder-po'), t.clock.now())).toEqual([])
      expect(
        (await listActiveGrants(t.db, id('beheerder-bekostiging'), t.clock.now())).map(
          (g) => g.role,
        ),
      ).toEqual([])
      const approved = (await listAudit(t.db, { actie: 'aanmelding.goedgekeurd' })).entries[0]!
      expect(approved).toMatchObject({ actorPersoonId: id('servicedesk'), bestuursnummer: A })
      expect(approved.sessieRef).toMatch(/^[0-9a-f]{16}$/)
      expect(
        (await listAudit(t.db, { actie: 'rol.toegekend', onderwerpPersoonId: id('nieuw') })).entries
          .length,
      ).toBeGreaterThanOrEqual(3)
      expect(
        (
          await listAudit(t.db, {
            actie: 'rol.ingetrokken',
            onderwerpPersoonId: id('beheerder-po'),
          })
        ).entries,
      ).toHaveLength(3)
      expect(
        (
          await t.request('POST', `/api/beheer/aanmeldingen/${aanmeldingId}/goedkeuren`, {
            as: 'servicedesk',
          })
        ).status,
      ).toBe(409)

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
      const { aanmelding } = await json(res)
      const before = await snapshot(t)
      await expectRefused(
        t,
        await t.request('POST', `/api/beheer/aanmeldingen/${aanmelding.id}/afwijzen`, {
          as: 'servicedesk',
          json: { reden: ' ' },
        }),
        400,
        'ongeldige-invoer',
        before,
      )
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
      const seen = await json(
        await t.request('GET', `/api/beheer/aanmeldingen/${aanmelding.id}`, {
          as: 'beheerder-po-b',
        }),
      )
      expect(seen.aanmelding).toMatchObject({
        status: 'afgewezen',
        reden: 'Handtekening ontbreekt op het formulier.',
      })
      expect((await listAudit(t.db, { actie: 'aanmelding.afgewezen' })).entries[0]).toMatchObject({
        bestuursnummer: B,
        details: { reden: 'Handtekening ontbreekt op het formulier.' },
      })
      expect(
        (await listActiveGrants(t.db, id('bekostiging-b'), t.clock.now())).map((g) => g.role),
      ).toEqual(['medewerker-bekostiging'])
    })
  })

  describe('logboek', () => {
    it('shows a beheerder the log of his own bestuur only, filtered', async () => {
      const body = await json(
        await t.request('GET', '/api/beheer/logboek?actie=rol.toegekend', { as: 'beheerder-po-b' }),
      )
      expect(body.entries.every((e: Json) => e.bestuursnummer === B)).toBe(true)
      const a = await json(
        await t.request('GET', '/api/beheer/logboek?actie=rol.toegekend', { as: 'nieuw' }),
      )
      expect(a.entries.length).toBeGreaterThan(0)
      expect(
        a.entries.every((e: Json) => e.bestuursnummer === A && e.actie === 'rol.toegekend'),
      ).toBe(true)
      expect(a.entries[0].onderwerpNaam).toBeTruthy()
      const none = await json(
        await t.request('GET', '/api/beheer/logboek?van=2030-01-01', { as: 'nieuw' }),
      )
      expect(none.entries).toEqual([])
    })

    it('refuses the log to someone without a beheerder role and checks the filter', async () => {
      expect(
        (await t.request('GET', '/api/beheer/logboek', { as: 'medewerker-bekostiging' })).status,
      ).toBe(403)
      const bad = await t.request('GET', '/api/beheer/logboek?van=gisteren', { as: 'nieuw' })
      expect(bad.status).toBe(400)
      expect((await json(bad)).error.details[0].veld).toBe('van')
    })

    it('lets the servicedesk see all besturen', async () => {
      const body = await json(await t.request('GET', '/api/beheer/logboek', { as: 'servicedesk' }))
      const besturen = new Set(body.entries.map((e: Json) => e.bestuursnummer))
      expect(besturen.has(A) && besturen.has(B)).toBe(true)
    })

    it('exports CSV with escaping and without formula injection', async () => {
      const evil = newId()
      await t.db
        .insertInto('persoon')
        .values({
          id: evil,
          naam: '=HYPERLINK("http://x","klik"), "quoted"',
          email: null,
          created_at: new Date().toISOString(),
        })
        .execute()
      await t.db
        .insertInto('eherkenning_identiteit')
        .values({
          id: newId(),
          persoon_id: evil,
          legal_subject_kvk: '30123456',
          acting_subject_id: 'EH-EVIL',
          intermediair_kvk: null,
          first_seen_at: new Date().toISOString(),
          last_seen_at: new Date().toISOString(),
        })
        .execute()
      expect(
        (await toekennen(t, 'nieuw', { persoonId: evil, rol: 'po-informatiediensten', kenmerk: A }))
          .status,
      ).toBe(201)
      const res = await t.request('GET', '/api/beheer/logboek.csv', { as: 'nieuw' })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/csv')
      expect(res.headers.get('content-disposition')).toContain('attachment')
      const text = await res.text()
      const lines = text.replace(/^\uFEFF/, '').split('\r\n')
      expect(lines[0]).toBe(
        '"tijdstip","actie","door","sessie","persoon","bestuursnummer","rol","kenmerk","vanaf","tot","reden","details"',
      )
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik""), ""quoted"""`)
      expect(text).not.toMatch(/(^|,)"=/m)
      expect(lines.filter((l) => l).every((l) => l.startsWith('"'))).toBe(true)
      expect(lines.some((l) => l.includes('"40567"'))).toBe(false)
    })
  })

  describe('new roles becoming available', () => {
    it('tells the beheerder po which roles can now be assigned, until dismissed', async () => {
      const body = await json(await t.request('GET', '/api/beheer/meldingen', { as: 'nieuw' }))
      expect(body.nieuweRollen.map((r: Json) => r.rol).sort()).toEqual([
        'medewerker-bestuur-rod',
        'medewerker-schooladministratie-rod',
        'medewerker-schoolleiding-rod',
      ])
      expect(
        (
          await t.request('POST', '/api/beheer/meldingen/medewerker-bestuur-rod/gezien', {
            as: 'nieuw',
          })
        ).status,
      ).toBe(200)
      const after = await json(await t.request('GET', '/api/beheer/meldingen', { as: 'nieuw' }))
      expect(after.nieuweRollen.map((r: Json) => r.rol)).not.toContain('medewerker-bestuur-rod')
      expect(
        (await json(await t.request('GET', '/api/beheer/meldingen', { as: 'raadpleger' })))
          .nieuweRollen,
      ).toEqual([])
      expect(
        (await t.request('POST', '/api/beheer/meldingen/onzin/gezien', { as: 'nieuw' })).status,
      ).toBe(400)
    })
  })
})

describe.each(dialectsUnderTest)(
  'beheer API before the ROD roles are available (%s)',
  (dialect) => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect, { now: '2022-01-15T10:00:00+01:00' })
    })
    afterAll(() => t.close())

    it('refuses a role not yet available with 403 and the date, changing nothing', async () => {
      const before = await snapshot(t)
      const body = await expectRefused(
        t,
        await toekennen(t, 'beheerder-po', {
          persoonId: id('nieuw'),
          rol: 'medewerker-schoolleiding-rod',
          kenmerk: '12AB',
        }),
        403,
        'nog-niet-beschikbaar',
        before,
      )
      expect(body.error.nl).toContain('1 februari 2022')
    })

    it('announces the coming roles instead of offering them', async () => {
      const body = await json(
        await t.request('GET', '/api/beheer/meldingen', { as: 'beheerder-po' }),
      )
      expect(body.nieuweRollen).toEqual([])
      expect(body.binnenkort.map((r: Json) => r.vanaf)).toEqual([
        '2022-02-01',
        '2022-02-01',
        '2022-02-01',
      ])
      const list = await json(
        await t.request('GET', '/api/beheer/autorisaties', { as: 'beheerder-po' }),
      )
      expect(list.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-schoolleiding-rod')
      expect(
        list.nietMogelijk.find((r: Json) => r.rol === 'medewerker-schoolleiding-rod').reden.code,
      ).toBe('nog-niet-beschikbaar')
    })
  },
)
