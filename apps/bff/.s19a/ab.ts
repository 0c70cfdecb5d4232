const { composed, persoonId } = await import('./setup')
import * as nieuw from '../../helpdesk/api/meldingen/store'
import * as oud from './store-oud'
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId, oudeAccounts: ['x'] }
const db = p.db as any
const N = Number(process.env.N ?? 300), R = Number(process.env.R ?? 15)
const best: Record<string, number> = {}
const filters: any[] = [{ aantal: 20 }, { aantal: 20, status: 'nieuw' }]
for (const f of filters) {
  const a = await oud.listMeldingen(db, viewer, f), b = await nieuw.listMeldingen(db, viewer, f)
  console.error(JSON.stringify(f), a.totaal, b.totaal, a.ongelezen, b.ongelezen, a.meldingen.length === b.meldingen.length)
}
for (let r = 0; r < R; r++) for (const [k, m] of Object.entries({ oud, nieuw })) for (const f of filters) {
  const key = k + JSON.stringify(f)
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) await m.listMeldingen(db, viewer, f)
  const u = process.cpuUsage(t)
  best[key] = Math.min(best[key] ?? Infinity, (u.user + u.system) / N)
}
for (const [k, v] of Object.entries(best)) console.error(k.padEnd(40), v.toFixed(0), 'µs')
process.exit(0)
