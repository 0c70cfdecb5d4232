/**
 * Overeenkomsten OSR and the requests for one: a bestuur asks, Kennisnet records the signature
 * (or refuses the request with a reason). The platform's flag on the bestuur, which `@duo/authz`
 * decides on, is set in the same transaction as the record here.
 */
import type { Selectable } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { AanvraagStatus, OsrDb, OsrTables } from '../tables'

type AanvraagRow = Selectable<OsrTables['osr_overeenkomst_aanvraag']>
type OvereenkomstRow = Selectable<OsrTables['osr_overeenkomst']>

export interface Overeenkomst {
  bestuursnummer: string
  getekendOp: string
  ondertekenaar: { naam: string; functie: string }
  vastgelegdDoor: string
  vastgelegdOp: string
  aanvraagId: string | null
}

export interface Aanvraag {
  id: string
  referentie: string
  bestuursnummer: string
  status: AanvraagStatus
  aangevraagdDoor: string
  aangevraagdOp: string
  ondertekenaar: { naam: string; functie: string; email: string }
  toelichting: string | null
  behandeldDoor: string | null
  behandeldOp: string | null
  redenAfwijzing: string | null
}

const toOvereenkomst = (r: OvereenkomstRow): Overeenkomst => ({
  bestuursnummer: r.bestuursnummer,
  getekendOp: r.getekend_op,
  ondertekenaar: { naam: r.ondertekenaar_naam, functie: r.ondertekenaar_functie },
  vastgelegdDoor: r.vastgelegd_door_naam,
  vastgelegdOp: r.vastgelegd_op,
  aanvraagId: r.aanvraag_id,
})

const toAanvraag = (r: AanvraagRow): Aanvraag => ({
  id: r.id,
  referentie: r.referentie,
  bestuursnummer: r.bestuursnummer,
  status: r.status as AanvraagStatus,
  aangevraagdDoor: r.aangevraagd_door_naam,
  aangevraagdOp: r.aangevraagd_op,
  ondertekenaar: {
    naam: r.ondertekenaar_naam,
    functie: r.ondertekenaar_functie,
    email: r.ondertekenaar_email,
  },
  toelichting: r.toelichting,
  behandeldDoor: r.behandeld_door_naam,
  behandeldOp: r.behandeld_op,
  redenAfwijzing: r.reden_afwijzing,
})

export async function getOvereenkomst(
  db: OsrDb,
  bestuursnummer: string,
): Promise<Overeenkomst | null> {
  const r = await db
    .selectFrom('osr_overeenkomst')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .executeTakeFirst()
  return r ? toOvereenkomst(r) : null
}

/** The bestuur's requests, newest first. */
export async function aanvragenVan(db: OsrDb, bestuursnummer: string): Promise<Aanvraag[]> {
  const rows = await db
    .selectFrom('osr_overeenkomst_aanvraag')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .orderBy('aangevraagd_op', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toAanvraag)
}

export async function getAanvraag(db: OsrDb, id: string): Promise<Aanvraag | null> {
  const r = await db
    .selectFrom('osr_overeenkomst_aanvraag')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return r ? toAanvraag(r) : null
}

/** Kennisnet's queue: by status (default all), open ones first, oldest first. */
export async function listAanvragen(db: OsrDb, status?: AanvraagStatus): Promise<Aanvraag[]> {
  let q = db.selectFrom('osr_overeenkomst_aanvraag').selectAll()
  if (status) q = q.where('status', '=', status)
  const rows = await q
    .orderBy((eb) => eb.case().when('status', '=', 'ingediend').then(0).else(1).end())
    .orderBy('aangevraagd_op')
    .orderBy('id')
    .limit(500)
    .execute()
  return rows.map(toAanvraag)
}

/** A readable, unique reference such as `OSR-2022-4F7A2C1B`. */
const referentieVoor = (id: string, now: Date) =>
  `OSR-${now.getUTCFullYear()}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`

export interface NieuweAanvraag {
  bestuursnummer: string
  door: { persoonId: string | null; naam: string }
  ondertekenaarNaam: string
  ondertekenaarFunctie: string
  ondertekenaarEmail: string
  toelichting: string | null
  id?: string
}

export async function createAanvraag(db: OsrDb, input: NieuweAanvraag, now: Date) {
  const id = input.id ?? newId()
  const row: AanvraagRow = {
    id,
    referentie: referentieVoor(id, now),
    bestuursnummer: input.bestuursnummer,
    status: 'ingediend',
    aangevraagd_door_persoon_id: input.door.persoonId,
    aangevraagd_door_naam: input.door.naam,
    aangevraagd_op: toIso(now),
    ondertekenaar_naam: input.ondertekenaarNaam,
    ondertekenaar_functie: input.ondertekenaarFunctie,
    ondertekenaar_email: input.ondertekenaarEmail,
    toelichting: input.toelichting,
    behandeld_door_persoon_id: null,
    behandeld_door_naam: null,
    behandeld_op: null,
    reden_afwijzing: null,
  }
  await db.insertInto('osr_overeenkomst_aanvraag').values(row).execute()
  return toAanvraag(row)
}

/**
 * Records the signature: the overeenkomst, and the request as handled. Returns false when the
 * request was no longer open (someone else handled it first).
 */
export async function legVast(
  trx: OsrDb,
  aanvraag: Aanvraag,
  input: {
    getekendOp: string
    ondertekenaarNaam: string
    ondertekenaarFunctie: string
    door: { persoonId: string | null; naam: string }
  },
  now: Date,
): Promise<boolean> {
  const at = toIso(now)
  const updated = await trx
    .updateTable('osr_overeenkomst_aanvraag')
    .set({
      status: 'getekend',
      behandeld_door_persoon_id: input.door.persoonId,
      behandeld_door_naam: input.door.naam,
      behandeld_op: at,
    })
    .where('id', '=', aanvraag.id)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) return false
  await trx
    .insertInto('osr_overeenkomst')
    .values({
      bestuursnummer: aanvraag.bestuursnummer,
      getekend_op: input.getekendOp,
      ondertekenaar_naam: input.ondertekenaarNaam,
      ondertekenaar_functie: input.ondertekenaarFunctie,
      vastgelegd_door_persoon_id: input.door.persoonId,
      vastgelegd_door_naam: input.door.naam,
      vastgelegd_op: at,
      aanvraag_id: aanvraag.id,
    })
    .execute()
  return true
}

/** Refuses an open request with a reason; false when it was no longer open. */
export async function wijsAf(
  db: OsrDb,
  aanvraag: Aanvraag,
  input: { reden: string; door: { persoonId: string | null; naam: string } },
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable('osr_overeenkomst_aanvraag')
    .set({
      status: 'afgewezen',
      reden_afwijzing: input.reden,
      behandeld_door_persoon_id: input.door.persoonId,
      behandeld_door_naam: input.door.naam,
      behandeld_op: toIso(now),
    })
    .where('id', '=', aanvraag.id)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}
