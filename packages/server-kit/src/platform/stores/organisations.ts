/**
 * Besturen with their schools and vestigingen. `getBestuur` returns the tree `@duo/authz` reasons
 * on (kenmerken on bestuur, RIO code, school or onderwijsaanbieder level).
 */
import type { Kysely } from 'kysely'
import { fromIntBool } from '../../db/dialect'
import type { Database } from '../db/schema'

export interface SchoolNode {
  instellingscode: string
  naam: string
  vestigingscodes: string[]
  onderwijsaanbiedercode: string
}

export interface BestuurTree {
  bestuursnummer: string
  kvk: string
  onderwijsbestuurcode: string
  naam: string
  osrOvereenkomstGetekend: boolean
  scholen: SchoolNode[]
}

export interface BestuurSummary {
  bestuursnummer: string
  kvk: string
  onderwijsbestuurcode: string
  naam: string
}

/** The bestuur with its schools (by instellingscode) and their vestigingscodes; null if unknown. */
export async function getBestuur(
  db: Kysely<Database>,
  bestuursnummer: string,
): Promise<BestuurTree | null> {
  const bestuur = await db
    .selectFrom('bestuur')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .executeTakeFirst()
  if (!bestuur) return null

  const scholen = await db
    .selectFrom('school')
    .select(['instellingscode', 'naam', 'onderwijsaanbiedercode'])
    .where('bestuursnummer', '=', bestuursnummer)
    .orderBy('instellingscode')
    .execute()
  const vestigingen = scholen.length
    ? await db
        .selectFrom('vestiging')
        .select(['vestigingscode', 'instellingscode'])
        .where(
          'instellingscode',
          'in',
          scholen.map((s) => s.instellingscode),
        )
        .orderBy('vestigingscode')
        .execute()
    : []

  return {
    bestuursnummer: bestuur.bestuursnummer,
    kvk: bestuur.kvk,
    onderwijsbestuurcode: bestuur.onderwijsbestuurcode,
    naam: bestuur.naam,
    osrOvereenkomstGetekend: fromIntBool(bestuur.osr_overeenkomst_getekend),
    scholen: scholen.map((s) => ({
      instellingscode: s.instellingscode,
      naam: s.naam,
      vestigingscodes: vestigingen
        .filter((v) => v.instellingscode === s.instellingscode)
        .map((v) => v.vestigingscode),
      onderwijsaanbiedercode: s.onderwijsaanbiedercode,
    })),
  }
}

/** The bestuur registered under this KvK-nummer (eHerkenning's LegalSubjectID); null if unknown. */
export async function getBestuurByKvk(
  db: Kysely<Database>,
  kvk: string,
): Promise<BestuurTree | null> {
  const row = await db
    .selectFrom('bestuur')
    .select('bestuursnummer')
    .where('kvk', '=', kvk)
    .executeTakeFirst()
  return row ? getBestuur(db, row.bestuursnummer) : null
}

/** All besturen, by name: for DUO staff screens. */
export async function listBesturen(db: Kysely<Database>): Promise<BestuurSummary[]> {
  return db
    .selectFrom('bestuur')
    .select(['bestuursnummer', 'kvk', 'onderwijsbestuurcode', 'naam'])
    .orderBy('naam')
    .execute()
}
