/**
 * The servers of the request-path benchmark (`request-path.ts` starts this in a child process
 * so the load generator does not share its event loop). On one database, four targets:
 *
 *   portal   the real BFF app (createApp: request id, request log, security headers, session,
 *            body limits, CSRF, the helpdesk's routes) with a real session cookie
 *   section  the helpdesk's own routes on a bare Hono app, the authorisation context set once
 *            (what the section costs without the platform's middleware)
 *   query    a bare Hono route running the list's statements, the same SQL (page, bounded total
 *            and unread count, each with the old-accounts rule; same database, same driver)
 *   json     a bare Hono route answering a small JSON object
 *
 * It reports its ports and the cookie over IPC, then serves until it is killed.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { sql, type Kysely } from 'kysely'
import type { AppEnv } from '@duo/server-kit'
import {
  buildAuthContext,
  composeSections,
  createClock,
  createDb,
  createLogger,
  createSession,
  getBestuurByKvk,
  getSessionMetPersoon,
  grantsVersion,
  migrateToLatest,
  seedDemo,
  sessionGrants,
  demoPersoonId,
  BESTUUR_A,
  BESTUUR_B,
} from '@duo/server-kit/platform'
import helpdesk from '@duo/helpdesk/api'
import { createApp } from '../src/app'
import { loadConfig } from '../src/config'
import { loadAuthConfig } from '../src/auth/config'
import { createSectionRegistry } from '../src/platform/section-registry'
import * as apiSections from '../src/sections'

const PERSONA = 'beheerder-po'
const MELDINGEN = Number(process.env.BENCH_MELDINGEN ?? 200)

const config = loadConfig({ ...process.env, DUO_SECTIONS: '[]' })
const auth = loadAuthConfig(process.env)
const logger = createLogger(config.logLevel)
const clock = createClock(null)
const dataDir = mkdtempSync(join(tmpdir(), 'duo-bench-'))
const database = createDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir,
})
const db = database.db
const composed = composeSections(
  { db, dialect: database.dialect, clock, logger, dataDir },
  Object.values(apiSections),
)
await migrateToLatest(db, composed.migrations)
await seedDemo(db)
// Only the helpdesk's demo data: the list needs nothing else, and a section whose seed is broken
// in the middle of its team's work then cannot stop the benchmark.
await helpdesk.demoData?.(composed.platformOf('helpdesk') as never)

// A list worth paging: MELDINGEN for the persona's bestuur, as many for another bestuur.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the helpdesk's tables, untyped here
const hdb = db as unknown as Kysely<any>
const persoonId = demoPersoonId(PERSONA)!
for (const bestuursnummer of [BESTUUR_A.bestuursnummer, BESTUUR_B.bestuursnummer]) {
  const rows = Array.from({ length: MELDINGEN }, (_, i) => {
    const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString()
    return {
      id: `bench-${bestuursnummer}-${i}`,
      referentie: `HD-BENCH-${bestuursnummer}-${i}`,
      bestuursnummer,
      instellingscode: null,
      onderwerp: `Vraag nummer ${i}`,
      categorie: 'vraag',
      status: ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgehandeld'][i % 4],
      ingediend_door_persoon_id: persoonId,
      ingediend_door_naam: 'Bench',
      legacy_account_id: null,
      created_at: at,
      updated_at: at,
      laatste_antwoord_helpdesk_at: i % 3 === 0 ? at : null,
    }
  })
  for (let i = 0; i < rows.length; i += 200)
    await hdb
      .insertInto('helpdesk_melding')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
}

// A real session, as the login makes it.
const bestuur = (await getBestuurByKvk(db, BESTUUR_A.kvk))!
const grants = await sessionGrants(
  db,
  persoonId,
  'eherkenning',
  bestuur.bestuursnummer,
  clock.now(),
)
const { rawId } = await createSession(db, {
  persoonId,
  methode: 'eherkenning',
  absoluteExpiresAt: new Date(Date.now() + 8 * 3600_000),
  actsForKvk: BESTUUR_A.kvk,
  machtigingen: ['mijn-duo', 'mijn-helpdesk-po'],
  niveau: 'EH3',
  rechtenVersie: grantsVersion(grants),
})
const found = (await getSessionMetPersoon(db, rawId))!
const authContext = {
  ...(await buildAuthContext(db, rawId, found.session, found.persoon, clock.now())),
  rawSessionId: rawId,
}

// (portal) The BFF as main.ts builds it, without a broker (no login needed: the cookie exists).
const portal = createApp({
  config,
  clock,
  logger,
  sections: createSectionRegistry([], { logger }),
  db,
  dialect: database.dialect,
  composed,
  auth,
  oidc: { portaal: null, intern: null },
  dataDir,
})

// (section) The helpdesk's routes alone: the authorisation context is set, nothing else runs.
const section = new Hono<AppEnv>()
section.use(async (c, next) => {
  c.set('auth', authContext)
  await next()
})
section.route('/api/helpdesk', helpdesk.routes(composed.platformOf('helpdesk') as never))

// (query) The list's statements, the same SQL the helpdesk runs since its lists page by keyset:
// the page (one row more than asked: is there a next?), the total and the unread count, both
// counted no further than 1,000, each with the rule of who sees which melding (the bestuur's,
// but an unlinked old account's only for that account: the platform's subquery). No session,
// no authorisation, no validation.
const { personen } = composed.platformOf('helpdesk')
const zichtbaar = () =>
  hdb
    .selectFrom('helpdesk_melding as m')
    .where('m.bestuursnummer', '=', bestuur.bestuursnummer)
    .where((eb) =>
      eb.or([
        eb('m.legacy_account_id', 'is', null),
        eb(
          'm.legacy_account_id',
          'in',
          personen.zichtbareOudeAccountsSelectie({
            bestuursnummer: bestuur.bestuursnummer,
            persoonId,
          }),
        ),
      ]),
    )
const begrensd = async (q: ReturnType<typeof zichtbaar>) => {
  const { n } = await hdb
    .selectFrom(
      q
        .select(sql`1`.as('een'))
        .limit(1001)
        .as('t'),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}
const query = new Hono().get('/api/helpdesk/meldingen', async (c) => {
  const gelezen = (q: ReturnType<typeof zichtbaar>) =>
    q.leftJoin('helpdesk_gelezen as g', (j) =>
      j.onRef('g.melding_id', '=', 'm.id').on('g.persoon_id', '=', persoonId),
    )
  const [rows, totaal, ongelezen] = await Promise.all([
    gelezen(zichtbaar())
      .selectAll('m')
      .select('g.gelezen_op')
      .orderBy('m.updated_at', 'desc')
      .orderBy('m.id', 'desc')
      .limit(21)
      .execute(),
    begrensd(zichtbaar()),
    begrensd(
      gelezen(zichtbaar())
        .where('m.laatste_antwoord_helpdesk_at', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('g.gelezen_op', 'is', null),
            eb('g.gelezen_op', '<', eb.ref('m.laatste_antwoord_helpdesk_at')),
          ]),
        ) as never,
    ),
  ])
  return c.json({ meldingen: rows.slice(0, 20), totaal, ongelezen })
})

// (json) Hono and the node server alone.
const json = new Hono().get('/api/helpdesk/meldingen', (c) =>
  c.json({ meldingen: [], totaal: 0, ongelezen: 0, pagina: 1, aantal: 20 }),
)

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })

const ports = {
  portal: await listen(portal.fetch),
  section: await listen(section.fetch),
  query: await listen(query.fetch),
  json: await listen(json.fetch),
}
process.send?.({
  ready: true,
  dialect: database.dialect,
  ports,
  cookie: `__Host-duo-sessie=${rawId}`,
})
// CPU time of this process on request: per request it is steadier than req/s on a busy machine.
process.on('message', (m: { cpu?: boolean }) => {
  if (m.cpu) {
    const u = process.cpuUsage()
    process.send?.({ cpuMicros: u.user + u.system })
  }
})
process.on('SIGTERM', () => {
  void database.close().finally(() => process.exit(0))
})
