/**
 * Loads a bestuur's whole register into memory (objects, all versions, erkenningen) to check
 * a change against it. Registers of po besturen are small (a few aanbieders, tens of
 * locaties); the benchmark measures the read path, which does not load everything.
 */
import type { BestuurTree } from '@duo/server-kit'
import { Register, type Erkenning, type RegisterObject } from '../domein/register'
import type { Soort } from '../domein/soorten'
import type { RioDb } from '../tables'

export async function laadRegister(db: RioDb, bestuur: BestuurTree): Promise<Register> {
  const [objecten, versies, erkenningen] = await Promise.all([
    db
      .selectFrom('rio_object')
      .selectAll()
      .where('bestuursnummer', '=', bestuur.bestuursnummer)
      .execute(),
    db
      .selectFrom('rio_versie as v')
      .innerJoin('rio_object as o', 'o.id', 'v.object_id')
      .select([
        'v.id',
        'v.object_id',
        'v.wijziging_id',
        'v.volgnummer',
        'v.positie',
        'v.begindatum',
        'v.einddatum',
        'v.bestaat',
        'v.gegevens',
      ])
      .where('o.bestuursnummer', '=', bestuur.bestuursnummer)
      .orderBy('v.volgnummer')
      .orderBy('v.positie')
      .execute(),
    laadErkenningen(db, bestuur),
  ])
  const register = new Register(bestuur, erkenningen)
  // Parents before children, so each child finds its parent's list.
  for (const o of objecten)
    register.voegObjectToe({
      id: o.id,
      code: o.code,
      soort: o.soort as Soort,
      ouderId: o.ouder_id,
    } satisfies RegisterObject)
  for (const v of versies)
    register.voegVersieToe({
      id: v.id,
      objectId: v.object_id,
      wijzigingId: v.wijziging_id,
      volgnummer: v.volgnummer,
      positie: v.positie,
      begindatum: v.begindatum,
      einddatum: v.einddatum,
      bestaat: v.bestaat === 1,
      gegevens: v.gegevens ? (JSON.parse(v.gegevens) as Record<string, unknown>) : null,
    })
  return register
}

/**
 * The bestuur's instellingserkenningen: those DUO registered (with their dates), and every
 * school the platform knows for the bestuur, without a known date when DUO's register has
 * no row for it yet.
 */
export async function laadErkenningen(
  db: RioDb,
  bestuur: BestuurTree,
): Promise<Map<string, Erkenning>> {
  const rijen = await db
    .selectFrom('rio_erkenning')
    .selectAll()
    .where('bestuursnummer', '=', bestuur.bestuursnummer)
    .orderBy('erkenningscode')
    .execute()
  const uit = new Map<string, Erkenning>()
  for (const s of bestuur.scholen)
    uit.set(s.instellingscode, {
      erkenningscode: s.instellingscode,
      naam: s.naam,
      begindatum: null,
      einddatum: null,
    })
  for (const r of rijen)
    uit.set(r.erkenningscode, {
      erkenningscode: r.erkenningscode,
      naam: r.naam,
      begindatum: r.begindatum,
      einddatum: r.einddatum,
    })
  return uit
}
