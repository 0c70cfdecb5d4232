const { composed, persoonId, database } = await import('./setup')
import * as nieuw from '../../helpdesk/api/meldingen/store'
import * as oud from './store-oud'
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId, oudeAccounts: ['x'] }
const db = p.db as any
const exec = (database.db as any).getExecutor()
let log: any[] = []
const orig = exec.executeQuery.bind(exec)
exec.executeQuery = async (q: any, id: any) => { log.push(q); return orig(q, id) }
await nieuw.listMeldingen(db, viewer, { aantal: 20 }); const qn = log; log = []
await oud.listMeldingen(db, viewer, { aantal: 20 }); const qo = log; log = []
exec.executeQuery = orig
const best: Record<string, number> = {}
for (let r = 0; r < 20; r++) for (const [k, qs] of Object.entries({ oud: qo, nieuw: qn })) {
  const t = process.cpuUsage()
  for (let i = 0; i < 300; i++) for (const q of qs) await database.db.executeQuery(q)
  const u = process.cpuUsage(t)
  best[k] = Math.min(best[k] ?? Infinity, (u.user + u.system) / 300)
}
console.error(best)
process.exit(0)
