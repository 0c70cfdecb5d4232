import type { Kysely } from 'kysely'
import type { OrganisatieService } from '../../services'
import type { Database } from '../db/schema'
import { toIntBool } from '../../db/dialect'
import { getBestuur, getBestuurByKvk, listBesturen } from '../stores/organisations'

export function createOrganisatieService(
  db: Kysely<Database>,
  cache?: { vergeetBestuur(bestuursnummer: string): void },
): OrganisatieService {
  return {
    bestuur: (nr) => getBestuur(db, nr),
    bestuurByKvk: (kvk) => getBestuurByKvk(db, kvk),
    async bestuurVanSchool(instellingscode) {
      const row = await db
        .selectFrom('school')
        .select('bestuursnummer')
        .where('instellingscode', '=', instellingscode)
        .executeTakeFirst()
      return row ? getBestuur(db, row.bestuursnummer) : null
    },
    besturen: () => listBesturen(db),
    async zetOsrOvereenkomst(bestuursnummer, getekend, options) {
      await ((options?.in as Kysely<Database> | undefined) ?? db)
        .updateTable('bestuur')
        .set({ osr_overeenkomst_getekend: toIntBool(getekend) })
        .where('bestuursnummer', '=', bestuursnummer)
        .execute()
      cache?.vergeetBestuur(bestuursnummer)
    },
  }
}
