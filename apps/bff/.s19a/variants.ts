const { composed, persoonId, database } = await import('./setup')
import * as nieuw from '../../helpdesk/api/meldingen/store'
import { CompiledQuery } from 'kysely'
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId, oudeAccounts: ['x'] }
const exec = (database.db as any).getExecutor()
let log: any[] = []
const orig = exec.executeQuery.bind(exec)
exec.executeQuery = async (q: any, id: any) => { log.push(q); return orig(q, id) }
await nieuw.listMeldingen(p.db as any, viewer, { aantal: 20 }); const q = log[0]; exec.executeQuery = orig
const sql: string = q.sql
// variant: totals via cross join of a one-row derived table
const m = /^select "m"\.\*, "g"\."gelezen_op", (\(select .*?\)) as "totaal_", (\(select .*\)) as "ongelezen_" from "helpdesk_melding" as "m" (left join .*)$/.exec(sql)!
const cross = `select "m".*, "g"."gelezen_op", "t"."totaal_", "t"."ongelezen_" from "helpdesk_melding" as "m" cross join (select ${m[1]} as "totaal_", ${m[2]} as "ongelezen_") as "t" ${m[3]}`
const variants: Record<string, CompiledQuery> = { scalar: q, cross: CompiledQuery.raw(cross, q.parameters) }
const paramsPage = q.parameters
// page only
const page = sql.replace(/, \(select .*\) as "ongelezen_"/, '').replace(/, \(select .*?\) as "totaal_"/, '')
console.error(page.slice(0, 200))
const best: Record<string, number> = {}
for (let r = 0; r < 20; r++) for (const [k, cq] of Object.entries(variants)) {
  const t = process.cpuUsage()
  for (let i = 0; i < 300; i++) await database.db.executeQuery(cq)
  const u = process.cpuUsage(t)
  best[k] = Math.min(best[k] ?? Infinity, (u.user + u.system) / 300)
}
console.error(best)
process.exit(0)
