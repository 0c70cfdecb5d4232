import { createDb } from '@duo/server-kit/platform'
import { inTransaction } from '@duo/server-kit'
import { sql } from 'kysely'
import { execSync } from 'node:child_process'
const url = 'postgres://duo@127.0.0.1:54339/duo_s19a'
const { db } = createDb({ databaseUrl: url })
await sql`create table if not exists t (id serial primary key, v text)`.execute(db)
const psql = (s: string) => execSync(`/usr/lib/postgresql/15/bin/psql -h 127.0.0.1 -p 54339 -U postgres -d postgres -qtAc "${s}"`, { encoding: 'utf8' })
const state = new Map<number, { op: string; since: number }>()
let ok = 0, fail = 0
const errs = new Map<string, number>()
let stop = false
async function worker(i: number) {
  while (!stop) {
    state.set(i, { op: 'tx', since: Date.now() })
    try {
      await inTransaction(db, async (trx) => {
        await trx.insertInto('t' as any).values({ v: `a${i}` } as any).execute()
        await new Promise((r) => setTimeout(r, Math.random() * 5))
        await trx.insertInto('t' as any).values({ v: `b${i}` } as any).execute()
      }, { herhaalbaar: true })
      state.set(i, { op: 'auto', since: Date.now() })
      await db.insertInto('t' as any).values({ v: `c${i}` } as any).execute()
      state.set(i, { op: 'select', since: Date.now() })
      await db.selectFrom('t' as any).select('id' as any).limit(1).execute()
      ok++
    } catch (e: any) { fail++; const k = `${e.code ?? ''} ${String(e.message).slice(0, 60)}`; errs.set(k, (errs.get(k) ?? 0) + 1) }
    state.delete(i)
  }
}
const ws = Array.from({ length: 30 }, (_, i) => worker(i))
await new Promise((r) => setTimeout(r, 2000))
for (let c = 0; c < 6; c++) {
  console.log('cut', psql(`ALTER DATABASE duo_s19a WITH ALLOW_CONNECTIONS false; SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'duo_s19a';`).trim())
  await new Promise((r) => setTimeout(r, 3000))
  psql(`ALTER DATABASE duo_s19a WITH ALLOW_CONNECTIONS true;`)
  await new Promise((r) => setTimeout(r, 3000))
}
stop = true
await new Promise((r) => setTimeout(r, 20000))
const now = Date.now()
console.log('ok', ok, 'fail', fail, [...errs])
console.log('stuck', [...state].map(([i, s]) => `${i}:${s.op}:${now - s.since}ms`))
process.exit(0)
