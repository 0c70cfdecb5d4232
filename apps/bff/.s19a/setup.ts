import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { buildAuthContext, composeSections, createClock, createDb, createLogger, createSession, getBestuurByKvk, getSessionMetPersoon, grantsVersion, migrateToLatest, seedDemo, sessionGrants, demoPersoonId, BESTUUR_A } from '@duo/server-kit/platform'
import { createApp } from '../src/app'
import { loadConfig } from '../src/config'
import { loadAuthConfig } from '../src/auth/config'
import { createSectionRegistry } from '../src/platform/section-registry'
import helpdeskSectie from '@duo/helpdesk/api'
const apiSections = { helpdesk: helpdeskSectie }
export const logged: { sql: string; ms: number }[] = []
const config = loadConfig({ ...process.env, DUO_SECTIONS: '[]' })
const auth = loadAuthConfig(process.env)
const logger = createLogger(process.env.LOG_LEVEL ?? 'info')
const clock = createClock(null)
const dataDir = mkdtempSync(join(tmpdir(), 'duo-bench-'))
const database = createDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir })
const db = database.db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result }) as typeof database.db
;(db as any).getExecutor()
const exec = (database.db as any).getExecutor()
const orig = exec.executeQuery.bind(exec)
exec.executeQuery = async (q: any, id: any) => { const t = performance.now(); try { return await orig(q, id) } finally { logged.push({ sql: q.sql, params: q.parameters, ms: performance.now() - t } as any) } }
const composed = composeSections({ db: database.db, dialect: database.dialect, clock, logger, dataDir }, Object.values(apiSections))
await migrateToLatest(database.db, composed.migrations)
await seedDemo(database.db)
await composed.seedDemo()
const hdb = database.db as unknown as Kysely<any>
const persoonId = demoPersoonId('beheerder-po')!
for (const bestuursnummer of ['41234', '40567']) {
  const rows = Array.from({ length: 200 }, (_, i) => { const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(); return { id: `bench-${bestuursnummer}-${i}`, referentie: `HD-BENCH-${bestuursnummer}-${i}`, bestuursnummer, instellingscode: null, onderwerp: `Vraag nummer ${i}`, categorie: 'vraag', status: ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgehandeld'][i % 4], ingediend_door_persoon_id: persoonId, ingediend_door_naam: 'Bench', legacy_account_id: null, created_at: at, updated_at: at, laatste_antwoord_helpdesk_at: i % 3 === 0 ? at : null } })
  await hdb.insertInto('helpdesk_melding').values(rows).execute()
}
const bestuur = (await getBestuurByKvk(database.db, BESTUUR_A.kvk))!
const grants = await sessionGrants(database.db, persoonId, 'eherkenning', bestuur.bestuursnummer, clock.now())
const { rawId } = await createSession(database.db, { persoonId, methode: 'eherkenning', absoluteExpiresAt: new Date(Date.now() + 8 * 3600_000), actsForKvk: BESTUUR_A.kvk, machtigingen: ['mijn-duo', 'mijn-helpdesk-po'], niveau: 'EH3', rechtenVersie: grantsVersion(grants) })
export const cookie = `__Host-duo-sessie=${rawId}`
export const portal = createApp({ config, clock, logger, sections: createSectionRegistry([], { logger }), db: database.db, dialect: database.dialect, composed, auth, oidc: { portaal: null, intern: null }, dataDir })
export { dataDir }
export { database, composed, persoonId, bestuur, rawId, clock }
