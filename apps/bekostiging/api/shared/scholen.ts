/**
 * The bestuur's schools with their kind: a school is an sbo (speciale school voor
 * basisonderwijs) when RIO registers an aangeboden opleiding with doelgroep SBO for it. This
 * section keeps RIO's aangeboden opleidingen as a read-only copy (see the README): the platform's
 * school tree has no kind of school.
 */
import type { BestuurTree } from '@duo/server-kit'
import type { Schoolsoort } from '../../regels/categorieen'
import type { BekostigingDb } from '../tables'

export interface SchoolMetSoort {
  instellingscode: string
  naam: string
  soort: Schoolsoort
}

export async function scholenMetSoort(
  db: BekostigingDb,
  bestuur: BestuurTree,
): Promise<SchoolMetSoort[]> {
  const sbo = await db
    .selectFrom('bekostiging_aangeboden_opleiding')
    .select('instellingscode')
    .where('bestuursnummer', '=', bestuur.bestuursnummer)
    .where('doelgroep', '=', 'SBO')
    .execute()
  const sboCodes = new Set(sbo.map((r) => r.instellingscode))
  return bestuur.scholen.map((s) => ({
    instellingscode: s.instellingscode,
    naam: s.naam,
    soort: sboCodes.has(s.instellingscode) ? 'sbo' : 'bao',
  }))
}

/** The school's name in its bestuur, or its code when unknown. */
export const schoolNaam = (bestuur: BestuurTree | null, code: string | null) =>
  (code && bestuur?.scholen.find((s) => s.instellingscode === code)?.naam) ?? code ?? ''
