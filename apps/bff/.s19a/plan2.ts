const { composed, persoonId, database } = await import('./setup')
import * as nieuw from '../../helpdesk/api/meldingen/store'
import { CompiledQuery } from 'kysely'
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId, oudeAccounts: ['x'] }
const db = p.db as any
const exec = (database.db as any).getExecutor()
let last: any
const orig = exec.executeQuery.bind(exec)
exec.executeQuery = async (q: any, id: any) => { last = q; return orig(q, id) }
await nieuw.listMeldingen(db, viewer, { aantal: 20 })
console.error(last.sql)
const r = await database.db.executeQuery(CompiledQuery.raw((database.dialect === 'sqlite' ? 'explain query plan ' : 'explain analyze ') + last.sql, last.parameters))
console.error(r.rows.map((x: any) => x.detail ?? x['QUERY PLAN']).join('\n'))
process.exit(0)
