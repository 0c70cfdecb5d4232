import type { Kysely } from 'kysely'
import type { BestuurPersoon, PersonenService } from '../../services'
import type { Database } from '../db/schema'

/** Linked old accounts of the bestuur, and the viewer's own unlinked one. */
const zichtbareOudeAccounts = (
  db: Kysely<Database>,
  viewer: { bestuursnummer: string; persoonId: string },
) =>
  db
    .selectFrom('legacy_account')
    .select('id')
    .where('bestuursnummer', '=', viewer.bestuursnummer)
    .where((eb) =>
      eb.or([
        eb('gekoppeld_aan_persoon_id', 'is not', null),
        eb('eigen_persoon_id', '=', viewer.persoonId),
      ]),
    )

export function createPersonenService(db: Kysely<Database>): PersonenService {
  return {
    async namen(ids) {
      const unique = [...new Set(ids)]
      if (!unique.length) return new Map()
      const rows = await db
        .selectFrom('persoon')
        .select(['id', 'naam'])
        .where('id', 'in', unique)
        .execute()
      return new Map(rows.map((r) => [r.id, r.naam]))
    },

    async vanBestuur(bestuur) {
      const identities = await db
        .selectFrom('eherkenning_identiteit as i')
        .innerJoin('persoon as p', 'p.id', 'i.persoon_id')
        .select(['p.id', 'p.naam', 'i.intermediair_kvk'])
        .where('i.legal_subject_kvk', '=', bestuur.kvk)
        .execute()
      const holders = await db
        .selectFrom('rol_toekenning as g')
        .innerJoin('persoon as p', 'p.id', 'g.persoon_id')
        .select(['p.id', 'p.naam'])
        .where('g.bestuursnummer', '=', bestuur.bestuursnummer)
        .distinct()
        .execute()
      const byId = new Map<string, BestuurPersoon>()
      for (const r of identities) {
        const known = byId.get(r.id)
        // A direct login counts over an intermediary one for the same person.
        if (!known || (known.intermediairKvk && !r.intermediair_kvk)) {
          byId.set(r.id, { id: r.id, naam: r.naam, intermediairKvk: r.intermediair_kvk })
        }
      }
      for (const r of holders) {
        if (!byId.has(r.id)) byId.set(r.id, { id: r.id, naam: r.naam, intermediairKvk: null })
      }
      return [...byId.values()].sort(
        (a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id),
      )
    },

    async zichtbareOudeAccounts(viewer) {
      const rows = await zichtbareOudeAccounts(db, viewer).execute()
      return rows.map((r) => r.id)
    },

    zichtbareOudeAccountsSelectie: (viewer) => zichtbareOudeAccounts(db, viewer),

    async eigenOudAccount(persoonId, bestuursnummer) {
      const row = await db
        .selectFrom('legacy_account')
        .select('id')
        .where('eigen_persoon_id', '=', persoonId)
        .where('bestuursnummer', '=', bestuursnummer)
        .where('gekoppeld_aan_persoon_id', 'is', null)
        .executeTakeFirst()
      return row?.id ?? null
    },
  }
}
