const { database, composed, rawId, clock } = await import('./setup')
import * as store from '../../helpdesk/api/meldingen/store'
const p = composed.platformOf('helpdesk')
const viewer = { bestuursnummer: '41234', persoonId: (await import('./setup')).persoonId, oudeAccounts: ['x'] }
const db = p.db as any
const N = Number(process.env.N ?? 10000)
const t = process.cpuUsage()
for (let i = 0; i < N; i++) await store.listMeldingen(db, viewer, { aantal: 20 })
const u = process.cpuUsage(t)
console.error('listMeldingen', ((u.user + u.system) / N).toFixed(1), 'µs')
process.exit(0)
