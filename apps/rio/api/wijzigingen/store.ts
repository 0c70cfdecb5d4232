/**
 * Writing a change: the bestuur's counter (a row lock that puts concurrent changes of one
 * bestuur in line), then the change, its new objects and versions (append-only), and the
 * rewritten timelines of the objects it touched. All inside the caller's transaction.
 */
import type { Register, RegisterObject, RegisterVersie } from '../domein/register'
import type { RioDb } from '../tables'

/** The next number of the bestuur's changes; waits for any other change of this bestuur. */
export async function volgendVolgnummer(
  db: RioDb,
  bestuursnummer: string,
  nu: string,
): Promise<number> {
  await db
    .insertInto('rio_register')
    .values({ bestuursnummer, volgnummer: 0, aangemaakt_op: nu })
    .onConflict((oc) => oc.column('bestuursnummer').doNothing())
    .execute()
  const r = await db
    .updateTable('rio_register')
    .set((eb) => ({ volgnummer: eb('volgnummer', '+', 1) }))
    .where('bestuursnummer', '=', bestuursnummer)
    .returning('volgnummer')
    .executeTakeFirstOrThrow()
  return Number(r.volgnummer)
}

/** The number the next change would get, without claiming it (for a check only). */
export async function huidigVolgnummer(db: RioDb, bestuursnummer: string): Promise<number> {
  const r = await db
    .selectFrom('rio_register')
    .select('volgnummer')
    .where('bestuursnummer', '=', bestuursnummer)
    .executeTakeFirst()
  return Number(r?.volgnummer ?? 0)
}

/** Codes already given out that start like this bestuur's (for the code maker). */
export async function bezetteCodes(db: RioDb, onderwijsbestuurcode: string): Promise<string[]> {
  const voor = onderwijsbestuurcode.slice(0, 3)
  const rijen = await db
    .selectFrom('rio_object')
    .select('code')
    .where((eb) => eb.or([eb('code', 'like', `${voor}A%`), eb('code', 'like', `${voor}X%`)]))
    .execute()
  return rijen.map((r) => r.code)
}

export interface NieuweWijziging {
  id: string
  bestuursnummer: string
  volgnummer: number
  referentie: string
  omschrijving: string | null
  bron: 'portaal' | 'stappenplan' | 'demo'
  door: { persoonId: string | null; naam: string }
  op: string
}

/** The reference people see: `RIO-<bestuursnummer>-<volgnummer>`. */
export const referentieVan = (bestuursnummer: string, volgnummer: number) =>
  `RIO-${bestuursnummer}-${String(volgnummer).padStart(6, '0')}`

export async function schrijfWijziging(
  db: RioDb,
  register: Register,
  w: NieuweWijziging,
  nieuweObjecten: readonly RegisterObject[],
  versies: readonly RegisterVersie[],
  geraakt: ReadonlySet<string>,
): Promise<void> {
  await db
    .insertInto('rio_wijziging')
    .values({
      id: w.id,
      bestuursnummer: w.bestuursnummer,
      volgnummer: w.volgnummer,
      referentie: w.referentie,
      omschrijving: w.omschrijving,
      bron: w.bron,
      ingediend_door_persoon_id: w.door.persoonId,
      ingediend_door_naam: w.door.naam,
      ingediend_op: w.op,
      aantal_mutaties: versies.length,
    })
    .execute()
  // Parents first: the foreign key of a child names its parent.
  const volgorde = [...nieuweObjecten].sort((a, b) => diepte(register, a) - diepte(register, b))
  for (const o of volgorde)
    await db
      .insertInto('rio_object')
      .values({
        id: o.id,
        bestuursnummer: w.bestuursnummer,
        soort: o.soort,
        code: o.code,
        ouder_id: o.ouderId,
        wijziging_id: w.id,
      })
      .execute()
  if (versies.length)
    await db
      .insertInto('rio_versie')
      .values(
        versies.map((v) => ({
          id: v.id,
          object_id: v.objectId,
          wijziging_id: w.id,
          volgnummer: v.volgnummer,
          positie: v.positie,
          begindatum: v.begindatum,
          einddatum: v.einddatum,
          bestaat: v.bestaat ? 1 : 0,
          gegevens: v.gegevens ? JSON.stringify(v.gegevens) : null,
        })),
      )
      .execute()
  await herschrijfTijdlijnen(db, register, w.bestuursnummer, [...geraakt])
}

/** Replaces the derived timeline of these objects with the one the versions now give. */
async function herschrijfTijdlijnen(
  db: RioDb,
  register: Register,
  bestuursnummer: string,
  objectIds: string[],
) {
  if (!objectIds.length) return
  await db.deleteFrom('rio_tijdlijn').where('object_id', 'in', objectIds).execute()
  const rijen = objectIds.flatMap((id) =>
    register.segmenten(id).map((s) => ({
      object_id: id,
      bestuursnummer,
      begindatum: s.begindatum,
      einddatum: s.einddatum,
      versie_id: s.versie.id,
    })),
  )
  for (let i = 0; i < rijen.length; i += 500)
    await db
      .insertInto('rio_tijdlijn')
      .values(rijen.slice(i, i + 500))
      .execute()
}

function diepte(register: Register, o: RegisterObject): number {
  let d = 0
  let ouder = o.ouderId
  while (ouder && d < 5) {
    d++
    ouder = register.objecten.get(ouder)?.ouderId ?? null
  }
  return d
}
