import type { Kysely } from 'kysely'
import type { Clock } from '../../clock'
import type { RollenService } from '../../services'
import type { Database } from '../db/schema'
import {
  addGrant,
  getGrant,
  listActiveGrants,
  listGrantsOfBestuur,
  revokeGrant,
  setGrantPeriod,
} from '../stores/grants'

export function createRollenService(db: Kysely<Database>, clock: Clock): RollenService {
  const handle = (o?: { in?: unknown }) => (o?.in as Kysely<Database> | undefined) ?? db
  return {
    vanBestuur: (nr, opts) =>
      listGrantsOfBestuur(handle(opts), nr, {
        now: clock.now(),
        includeInactive: opts?.includeInactive,
      }),
    actief: (persoonId, now) => listActiveGrants(db, persoonId, now),
    get: (id) => getGrant(db, id),
    toekennen: (grant, o) => addGrant(handle(o), grant, clock.now()),
    intrekken: (id, door, o) => revokeGrant(handle(o), id, { door, now: clock.now() }),
    wijzigPeriode: (id, periode, o) => setGrantPeriod(handle(o), id, periode),
  }
}
