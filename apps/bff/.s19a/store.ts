const { database, composed, rawId, clock } = await import('./setup')
import { buildAuthContext, getSessionMetPersoon } from '@duo/server-kit/platform'
import * as store from '../../helpdesk/api/meldingen/store'
import { lijstQuery } from '../../helpdesk/api/meldingen/routes'
import { authorize } from '@duo/server-kit'
const found = (await getSessionMetPersoon(database.db, rawId))!
const auth = { ...(await buildAuthContext(database.db, rawId, found.session, found.persoon, clock.now())), rawSessionId: rawId }
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId: auth.persoon.id, oudeAccounts: await p.personen.zichtbareOudeAccounts({ bestuursnummer: '41234', persoonId: auth.persoon.id }) }
const db = p.db as any
const N = Number(process.env.N ?? 2000)
async function time(name: string, fn: () => unknown) {
  for (let i = 0; i < 200; i++) await fn()
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) await fn()
  const u = process.cpuUsage(t)
  console.error(name.padEnd(28), ((u.user + u.system) / N).toFixed(1), 'µs')
}
await time('listMeldingen', () => store.listMeldingen(db, viewer, { aantal: 20 }))
await time('zichtbareOudeAccounts', () => p.personen.zichtbareOudeAccounts({ bestuursnummer: '41234', persoonId: auth.persoon.id }))
await time('zod lijstQuery', () => lijstQuery.safeParse({ aantal: '20' }))
await time('authorize', () => authorize(auth as any, 'helpdesk.melding.lezen', { bestuur: auth.bestuur! }, clock.now()))
await time('JSON 20 rows', async () => JSON.stringify(await store.listMeldingen(db, viewer, { aantal: 20 })))
await time('getSessionMetPersoon', () => getSessionMetPersoon(database.db, rawId, { now: new Date(), idleTimeoutMs: 900000 }))
await time('buildAuthContext cached', () => buildAuthContext(database.db, rawId, found.session, found.persoon, clock.now(), { cache: composed.authCache, rechtenTeller: found.rechtenTeller }))
await time('kysely build+compile page', () => db.selectFrom('helpdesk_melding as m').leftJoin('helpdesk_gelezen as g', (j: any) => j.onRef('g.melding_id', '=', 'm.id').on('g.persoon_id', '=', 'x')).where('m.bestuursnummer', '=', '41234').where('m.legacy_account_id', 'is', null).selectAll('m').select('g.gelezen_op').orderBy('m.updated_at', 'desc').orderBy('m.id', 'desc').limit(20).offset(0).compile())
process.exit(0)
