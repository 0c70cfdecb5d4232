/**
 * Aanleveringen: the versions of a jaarverantwoording, each with its uploaded instance, the
 * outcome of its validation, its submission and its status history. Plain rows in, domain
 * shapes out; the routes decide with `@duo/authz` on the loaded row's bestuur before showing it.
 */
import type { Kysely, Selectable, Transaction } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { AanleveringStatus, XbrlDb, XbrlTables } from '../tables'

type Row = Selectable<XbrlTables['xbrl_aanlevering']> & {
  bestuursnummer: string
  verslagjaar: number
}

export interface Aanlevering {
  id: string
  jaarverantwoordingId: string
  bestuursnummer: string
  verslagjaar: number
  versie: number
  status: AanleveringStatus
  referentie: string | null
  bestand: { naam: string; grootte: number; geuploadOp: string; geuploadDoor: string } | null
  /** The stored file's server-made name (never shown). */
  opslagNaam: string | null
  validatieJobId: string | null
  /** The validation is about the file stored now (not an earlier upload). */
  gevalideerd: { op: string; fouten: number; waarschuwingen: number; actueel: boolean } | null
  ingediendOp: string | null
  ingediendDoor: string | null
  createdAt: string
  updatedAt: string
}

export interface StatusWijziging {
  status: AanleveringStatus
  op: string
  door: string
  toelichting: string | null
}

const toAanlevering = (r: Row): Aanlevering => ({
  id: r.id,
  jaarverantwoordingId: r.jaarverantwoording_id,
  bestuursnummer: r.bestuursnummer,
  verslagjaar: Number(r.verslagjaar),
  versie: Number(r.versie),
  status: r.status as AanleveringStatus,
  referentie: r.referentie,
  bestand:
    r.bestandsnaam && r.geupload_op
      ? {
          naam: r.bestandsnaam,
          grootte: Number(r.grootte ?? 0),
          geuploadOp: r.geupload_op,
          geuploadDoor: r.geupload_door_naam ?? '',
        }
      : null,
  opslagNaam: r.opslag_naam,
  validatieJobId: r.validatie_job_id,
  gevalideerd: r.gevalideerd_op
    ? {
        op: r.gevalideerd_op,
        fouten: Number(r.fouten ?? 0),
        waarschuwingen: Number(r.waarschuwingen ?? 0),
        actueel: r.gevalideerd_bestand !== null && r.gevalideerd_bestand === r.opslag_naam,
      }
    : null,
  ingediendOp: r.ingediend_op,
  ingediendDoor: r.ingediend_door_naam,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** Aanleveringen with their jaarverantwoording's bestuur and verslagjaar. */
export const metJaar = (db: Kysely<XbrlTables>) =>
  db
    .selectFrom('xbrl_aanlevering as a')
    .innerJoin('xbrl_jaarverantwoording as j', 'j.id', 'a.jaarverantwoording_id')
    .selectAll('a')
    .select(['j.bestuursnummer', 'j.verslagjaar'])

export async function getAanlevering(db: XbrlDb, id: string): Promise<Aanlevering | null> {
  const row = await metJaar(db).where('a.id', '=', id).executeTakeFirst()
  return row ? toAanlevering(row as Row) : null
}

export { toAanlevering, type Row as AanleveringRow }

export async function versiesVan(db: XbrlDb, jaarverantwoordingId: string): Promise<Aanlevering[]> {
  const rows = await metJaar(db)
    .where('a.jaarverantwoording_id', '=', jaarverantwoordingId)
    .orderBy('a.versie', 'desc')
    .execute()
  return rows.map((r) => toAanlevering(r as Row))
}

export async function geschiedenis(db: XbrlDb, aanleveringId: string): Promise<StatusWijziging[]> {
  const rows = await db
    .selectFrom('xbrl_status_wijziging')
    .selectAll()
    .where('aanlevering_id', '=', aanleveringId)
    .orderBy('volgnummer', 'asc')
    .orderBy('op', 'asc')
    .execute()
  return rows.map((r) => ({
    status: r.status as AanleveringStatus,
    op: r.op,
    door: r.door_naam,
    toelichting: r.toelichting,
  }))
}

/** Appends to the status history (in the caller's transaction). */
export async function legVast(
  db: Kysely<XbrlTables> | Transaction<XbrlTables>,
  aanleveringId: string,
  status: AanleveringStatus,
  door: { naam: string; persoonId: string | null },
  now: Date,
  toelichting: string | null = null,
): Promise<void> {
  const laatste = await db
    .selectFrom('xbrl_status_wijziging')
    .select((eb) => eb.fn.max('volgnummer').as('n'))
    .where('aanlevering_id', '=', aanleveringId)
    .executeTakeFirst()
  await db
    .insertInto('xbrl_status_wijziging')
    .values({
      id: newId(),
      volgnummer: Number(laatste?.n ?? 0) + 1,
      aanlevering_id: aanleveringId,
      status,
      op: toIso(now),
      door_naam: door.naam,
      door_persoon_id: door.persoonId,
      toelichting,
    })
    .execute()
}

/**
 * A new file for a concept: the old findings go, the status is concept again until the new
 * validation is done (and is recorded as such when it was gevalideerd). Only from the row as
 * it was read before the body streamed in (still concept or gevalideerd, still the same file):
 * false when it was submitted or given another file meanwhile, and then nothing changed.
 */
export async function nieuwBestand(
  db: XbrlDb,
  a: Aanlevering,
  bestand: {
    naam: string
    opslagNaam: string
    grootte: number
    jobId: string | null
    door: { naam: string; persoonId: string }
  },
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('xbrl_aanlevering')
      .set({
        status: 'concept',
        bestandsnaam: bestand.naam,
        opslag_naam: bestand.opslagNaam,
        grootte: bestand.grootte,
        geupload_op: toIso(now),
        geupload_door_naam: bestand.door.naam,
        validatie_job_id: bestand.jobId,
        gevalideerd_bestand: null,
        gevalideerd_op: null,
        fouten: null,
        waarschuwingen: null,
        resultaat: null,
        updated_at: toIso(now),
      })
      .where('id', '=', a.id)
      .where('status', '=', a.status)
      .where('status', 'in', ['concept', 'gevalideerd'])
      .where((eb) =>
        a.opslagNaam === null
          ? eb('opslag_naam', 'is', null)
          : eb('opslag_naam', '=', a.opslagNaam),
      )
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) return false
    await trx.deleteFrom('xbrl_bevinding').where('aanlevering_id', '=', a.id).execute()
    if (a.status !== 'concept') await legVast(trx, a.id, 'concept', bestand.door, now)
    return true
  })
}

/** Records the submission; false when the aanlevering was no longer gevalideerd (a race). */
export async function dienIn(
  db: XbrlDb,
  a: Aanlevering,
  indiening: { referentie: string; door: { naam: string; persoonId: string } },
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('xbrl_aanlevering')
      .set({
        status: 'ingediend',
        referentie: indiening.referentie,
        ingediend_op: toIso(now),
        ingediend_door_persoon_id: indiening.door.persoonId,
        ingediend_door_naam: indiening.door.naam,
        updated_at: toIso(now),
      })
      .where('id', '=', a.id)
      .where('status', '=', 'gevalideerd')
      .where('opslag_naam', '=', a.opslagNaam)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) return false
    await legVast(trx, a.id, 'ingediend', indiening.door, now)
    return true
  })
}

/** DUO's assessment: the next status, only from the status it was read in. */
export async function wijzigStatus(
  db: XbrlDb,
  a: Aanlevering,
  status: AanleveringStatus,
  door: { naam: string; persoonId: string },
  toelichting: string | null,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('xbrl_aanlevering')
      .set({ status, updated_at: toIso(now) })
      .where('id', '=', a.id)
      .where('status', '=', a.status)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) return false
    await legVast(trx, a.id, status, door, now, toelichting)
    return true
  })
}
