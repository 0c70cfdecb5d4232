/** Small helpers for the store tests: a bestuur with schools, and people. */
import type { Kysely } from 'kysely'
import { newId } from '../../db/dialect'
import type { Database } from '../db/schema'
import { createPersoon } from './people'

let counter = 0

/** A bestuur with unique codes (so tests in one database do not collide) and two schools. */
export async function makeBestuur(db: Kysely<Database>, opts: { osr?: boolean } = {}) {
  counter += 1
  const n = String(20000 + counter)
  const bestuursnummer = n
  const kvk = `7${n}00`
  const obc = `${n.slice(0, 3)}B${n.slice(2, 5)}`
  await db
    .insertInto('bestuur')
    .values({
      bestuursnummer,
      kvk,
      onderwijsbestuurcode: obc,
      naam: `Bestuur ${n}`,
      osr_overeenkomst_getekend: opts.osr ? 1 : 0,
      created_at: new Date().toISOString(),
    })
    .execute()
  return { bestuursnummer, kvk, onderwijsbestuurcode: obc }
}

export async function makePersoon(db: Kysely<Database>, naam = 'Test Persoon') {
  return createPersoon(db, { naam: `${naam} ${newId().slice(0, 4)}` })
}
