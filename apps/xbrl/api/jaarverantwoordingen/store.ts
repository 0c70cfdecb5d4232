/**
 * Jaarverantwoordingen: one per bestuur and verslagjaar, started as version 1 of an aanlevering
 * (a concept); a correction after submission is the next version.
 */
import { isUniqueViolation, newId, toIso } from '@duo/server-kit'
import {
  getAanlevering,
  legVast,
  metJaar,
  toAanlevering,
  type Aanlevering,
  type AanleveringRow,
} from '../aanleveringen/store'
import type { XbrlDb } from '../tables'

export interface Jaarverantwoording {
  id: string
  bestuursnummer: string
  verslagjaar: number
  /** Newest version first. */
  versies: Aanlevering[]
}

export async function getJaarverantwoording(db: XbrlDb, id: string) {
  const row = await db
    .selectFrom('xbrl_jaarverantwoording')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row
    ? { id: row.id, bestuursnummer: row.bestuursnummer, verslagjaar: Number(row.verslagjaar) }
    : null
}

/** The bestuur's jaarverantwoordingen with all their versions, newest year first. */
export async function vanBestuur(
  db: XbrlDb,
  bestuursnummer: string,
): Promise<Jaarverantwoording[]> {
  const rows = await metJaar(db)
    .where('j.bestuursnummer', '=', bestuursnummer)
    .orderBy('j.verslagjaar', 'desc')
    .orderBy('a.versie', 'desc')
    .execute()
  const per = new Map<string, Jaarverantwoording>()
  for (const r of rows) {
    const a = toAanlevering(r as AanleveringRow)
    const jv = per.get(a.jaarverantwoordingId) ?? {
      id: a.jaarverantwoordingId,
      bestuursnummer: a.bestuursnummer,
      verslagjaar: a.verslagjaar,
      versies: [],
    }
    jv.versies.push(a)
    per.set(jv.id, jv)
  }
  return [...per.values()]
}

interface Door {
  naam: string
  persoonId: string
}

/**
 * Starts the jaarverantwoording of a year, or returns its newest version when it exists
 * ("verder gaan"): two people starting the same year at once end up on the same one.
 */
export async function begin(
  db: XbrlDb,
  bestuursnummer: string,
  verslagjaar: number,
  door: Door,
  now: Date,
): Promise<{ aanlevering: Aanlevering; nieuw: boolean }> {
  const bestaand = async () => {
    const jv = await db
      .selectFrom('xbrl_jaarverantwoording')
      .select('id')
      .where('bestuursnummer', '=', bestuursnummer)
      .where('verslagjaar', '=', verslagjaar)
      .executeTakeFirst()
    if (!jv) return null
    const laatste = await metJaar(db)
      .where('a.jaarverantwoording_id', '=', jv.id)
      .orderBy('a.versie', 'desc')
      .limit(1)
      .executeTakeFirst()
    return laatste ? toAanlevering(laatste as AanleveringRow) : null
  }
  const eerder = await bestaand()
  if (eerder) return { aanlevering: eerder, nieuw: false }
  const jvId = newId()
  const id = newId()
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('xbrl_jaarverantwoording')
        .values({ id: jvId, bestuursnummer, verslagjaar, created_at: toIso(now) })
        .execute()
      await trx
        .insertInto('xbrl_aanlevering')
        .values(nieuweVersie(id, { id: jvId, bestuursnummer, verslagjaar }, 1, now))
        .execute()
      await legVast(trx, id, 'concept', door, now)
    })
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    const ander = await bestaand()
    if (ander) return { aanlevering: ander, nieuw: false }
    throw err
  }
  return { aanlevering: (await getAanlevering(db, id))!, nieuw: true }
}

/** The next version of a submitted jaarverantwoording, as a concept. */
export async function correctie(
  db: XbrlDb,
  jaarverantwoordingId: string,
  vorigeVersie: number,
  door: Door,
  now: Date,
): Promise<Aanlevering | null> {
  const id = newId()
  try {
    await db.transaction().execute(async (trx) => {
      const jv = await trx
        .selectFrom('xbrl_jaarverantwoording')
        .select(['id', 'bestuursnummer', 'verslagjaar'])
        .where('id', '=', jaarverantwoordingId)
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('xbrl_aanlevering')
        .values(nieuweVersie(id, jv, vorigeVersie + 1, now))
        .execute()
      await legVast(trx, id, 'concept', door, now)
    })
  } catch (err) {
    // Someone else made this version a moment ago.
    if (isUniqueViolation(err)) return null
    throw err
  }
  return getAanlevering(db, id)
}

function nieuweVersie(
  id: string,
  jv: { id: string; bestuursnummer: string; verslagjaar: number },
  versie: number,
  now: Date,
) {
  return {
    id,
    jaarverantwoording_id: jv.id,
    bestuursnummer: jv.bestuursnummer,
    verslagjaar: Number(jv.verslagjaar),
    versie,
    status: 'concept',
    referentie: null,
    bestandsnaam: null,
    opslag_naam: null,
    grootte: null,
    geupload_op: null,
    geupload_door_naam: null,
    validatie_job_id: null,
    gevalideerd_bestand: null,
    gevalideerd_op: null,
    fouten: null,
    waarschuwingen: null,
    resultaat: null,
    ingediend_op: null,
    ingediend_door_persoon_id: null,
    ingediend_door_naam: null,
    created_at: toIso(now),
    updated_at: toIso(now),
  }
}
