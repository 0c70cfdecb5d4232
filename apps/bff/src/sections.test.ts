/**
 * Adding a section is one line in `sections.ts`: this test plugs a throw-away section in next
 * to the real ones, exactly as its team would write it in `apps/<id>/api/index.ts`, and shows
 * its table, demo data, routes, validation, authorisation and audit working without any other
 * platform change.
 */
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  authOf,
  authorize,
  authorizeLoaded,
  defineApiSection,
  newId,
  nietGevonden,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B } from '@duo/server-kit/demo'
import { createTestApp, dialectsUnderTest, type TestApp } from '@duo/server-kit/testing'
import * as apiSections from './sections'

interface WegwerpTables {
  wegwerp_notitie: { id: string; bestuursnummer: string; tekst: string }
}

const wegwerp = defineApiSection({
  id: 'wegwerp',
  migrations: {
    '0001_wegwerp_tables': {
      up: async (db) => {
        await db.schema
          .createTable('wegwerp_notitie')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('bestuursnummer', 'text', (c) => c.notNull())
          .addColumn('tekst', 'text', (c) => c.notNull())
          .execute()
      },
    },
  },
  demoData: async ({ db }: SectionPlatform<WegwerpTables>) => {
    for (const [id, nr] of [
      ['a', BESTUUR_A.bestuursnummer],
      ['b', BESTUUR_B.bestuursnummer],
    ] as const)
      await db
        .insertInto('wegwerp_notitie')
        .values({ id, bestuursnummer: nr, tekst: `Notitie van ${nr}` })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
  },
  auditActies: { 'wegwerp.notitie.gemaakt': { nl: 'Notitie gemaakt', en: 'Note made' } },
  routes: ({ db, clock, organisaties, audit }: SectionPlatform<WegwerpTables>) =>
    new Hono<AppEnv>()
      .use(requireLogin())
      .get('/notities/:id', async (c) => {
        const notitie = await db
          .selectFrom('wegwerp_notitie')
          .selectAll()
          .where('id', '=', c.req.param('id'))
          .executeTakeFirst()
        const bestuur = notitie && (await organisaties.bestuur(notitie.bestuursnummer))
        if (!notitie || !bestuur) throw nietGevonden()
        authorizeLoaded(authOf(c), 'helpdesk.melding.lezen', { bestuur }, clock.now())
        return c.json({ notitie })
      })
      .post(
        '/notities',
        valideer('json', z.object({ tekst: z.string().min(3, tekst('Te kort', 'Too short')) })),
        async (c) => {
          const auth = authOf(c)
          const bestuur = requireBestuur(auth)
          authorize(auth, 'helpdesk.melding.indienen', { bestuur }, clock.now())
          const notitie = {
            id: newId(),
            bestuursnummer: bestuur.bestuursnummer,
            ...c.req.valid('json'),
          }
          await db.insertInto('wegwerp_notitie').values(notitie).execute()
          await audit.append({
            actie: 'wegwerp.notitie.gemaakt',
            auth,
            bestuursnummer: bestuur.bestuursnummer,
          })
          return c.json({ notitie }, 201)
        },
      ),
})

describe('the one list of sections', () => {
  it('has one line per section: its id, from its own package, a dependency of the BFF', () => {
    const src = readFileSync(new URL('./sections.ts', import.meta.url), 'utf8')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const lines = src.split('\n').filter((l) => l.startsWith('export'))
    expect(lines.length).toBe(Object.keys(apiSections).length)
    for (const line of lines) {
      const [, name, pakket] =
        line.match(/^export \{ default as (\w+) \} from '(@duo\/[a-z-]+)\/api'$/) ?? []
      expect(name, line).toBeTruthy()
      // The export is named after the section's id; its package is usually `@duo/<id>`.
      expect(apiSections[name as keyof typeof apiSections].id).toBe(name)
      expect(pkg.dependencies[pakket!]).toBe('workspace:*')
    }
  })
})

describe.each(dialectsUnderTest)(
  'a throw-away section plugged in next to the others (%s)',
  (dialect) => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect, { sections: [...Object.values(apiSections), wegwerp] })
    }, 60_000)
    afterAll(() => t.close())

    it('gets its table, its demo data and its routes under /api/wegwerp', async () => {
      const res = await t.request('GET', '/api/wegwerp/notities/a', { as: 'beheerder-po' })
      expect(res.status).toBe(200)
      expect((await res.json()).notitie.tekst).toBe(`Notitie van ${BESTUUR_A.bestuursnummer}`)
    })

    it("answers another bestuur's object like one that does not exist", async () => {
      const b = await t.request('GET', '/api/wegwerp/notities/b', { as: 'beheerder-po' })
      const onbekend = await t.request('GET', '/api/wegwerp/notities/x', { as: 'beheerder-po' })
      expect(b.status).toBe(404)
      expect(await b.json()).toEqual(await onbekend.json())
    })

    it('needs a login, validates in both languages, and audits with its declared label', async () => {
      expect((await t.request('GET', '/api/wegwerp/notities/a')).status).toBe(401)
      const fout = await t.request('POST', '/api/wegwerp/notities', {
        as: 'beheerder-po',
        json: { tekst: 'x' },
      })
      expect(fout.status).toBe(400)
      expect((await fout.json()).velden).toEqual([
        { veld: 'tekst', nl: 'Te kort', en: 'Too short' },
      ])
      const ok = await t.request('POST', '/api/wegwerp/notities', {
        as: 'beheerder-po',
        json: { tekst: 'Een notitie' },
      })
      expect(ok.status).toBe(201)
      const audit = t.platformOf('wegwerp').audit
      const { entries } = await audit.list({ actie: 'wegwerp.notitie.gemaakt' })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ bestuursnummer: BESTUUR_A.bestuursnummer })
      expect(audit.acties()['wegwerp.notitie.gemaakt']).toEqual({
        nl: 'Notitie gemaakt',
        en: 'Note made',
      })
    })

    it('leaves the other sections working', async () => {
      expect(
        (await t.request('GET', '/api/helpdesk/overzicht', { as: 'beheerder-po' })).status,
      ).toBe(200)
    })
  },
)
