/**
 * Reading the register: the state on a date (one index seek per object in the derived
 * timeline, so the cost does not grow with the length of the history), an object's history,
 * and the log of changes.
 */
import { sql } from 'kysely'
import { lijstInfo, pagineer, telBegrensd, type Positie } from '@duo/server-kit'
import type { Dag } from '../domein/datum'
import type { Soort } from '../domein/soorten'
import type { RioDb } from '../tables'

/** One object as it is on the date asked for. */
export interface Stand {
  id: string
  code: string
  soort: Soort
  ouderId: string | null
  /** The segment (of its timeline) that holds on the date. */
  begindatum: Dag
  einddatum: Dag | null
  versieId: string
  gegevens: Record<string, unknown>
  /** The object's lifetime: first day, and the end of its last segment (null: open). */
  inBedrijf: Dag
  uitBedrijf: Dag | null
}

interface SegmentRij {
  id: string
  code: string
  soort: string
  ouder_id: string | null
  /** `begindatum|einddatum|versie_id` of the segment holding on the date, or null. */
  segment: string | null
  in_bedrijf: string | null
  uit_bedrijf: string | null
}

/**
 * Every object of the bestuur (optionally of one kind) that exists on `dag`, as it is then.
 *
 * Each value is a scalar subquery that seeks the timeline's primary key (object_id, begindatum)
 * once per object: a join would let a planner scan all segments instead, whose number grows
 * with the history. The segment's three columns come back as one string so one seek finds
 * them on both SQLite and PostgreSQL (neither a row-valued subquery nor LATERAL works on both).
 */
export async function standOp(
  db: RioDb,
  bestuursnummer: string,
  dag: Dag,
  soort?: Soort,
): Promise<Stand[]> {
  const perSoort = soort ? sql`AND o.soort = ${soort}` : sql``
  const { rows } = await sql<SegmentRij>`
    SELECT o.id, o.code, o.soort, o.ouder_id,
      (SELECT t.begindatum || '|' || COALESCE(t.einddatum, '') || '|' || t.versie_id
        FROM rio_tijdlijn t WHERE t.object_id = o.id AND t.begindatum <= ${dag}
        ORDER BY t.begindatum DESC LIMIT 1) AS segment,
      (SELECT t.begindatum FROM rio_tijdlijn t WHERE t.object_id = o.id
        ORDER BY t.begindatum LIMIT 1) AS in_bedrijf,
      (SELECT t.einddatum FROM rio_tijdlijn t WHERE t.object_id = o.id
        ORDER BY t.begindatum DESC LIMIT 1) AS uit_bedrijf
    FROM rio_object o
    WHERE o.bestuursnummer = ${bestuursnummer} ${perSoort}
    ORDER BY o.soort, o.code`.execute(db)
  const geldig = rows.flatMap((r) => {
    if (!r.segment) return []
    const [begindatum, einddatum, versieId] = r.segment.split('|') as [string, string, string]
    if (einddatum && einddatum <= dag) return []
    return [{ r, begindatum, einddatum: einddatum || null, versieId }]
  })
  const gegevens = new Map<string, string | null>()
  for (let i = 0; i < geldig.length; i += 500) {
    const ids = geldig.slice(i, i + 500).map((g) => g.versieId)
    for (const v of await db
      .selectFrom('rio_versie')
      .select(['id', 'gegevens'])
      .where('id', 'in', ids)
      .execute())
      gegevens.set(v.id, v.gegevens)
  }
  return geldig.map(({ r, begindatum, einddatum, versieId }) => ({
    id: r.id,
    code: r.code,
    soort: r.soort as Soort,
    ouderId: r.ouder_id,
    begindatum,
    einddatum,
    versieId,
    gegevens: JSON.parse(gegevens.get(versieId) ?? '{}') as Record<string, unknown>,
    inBedrijf: r.in_bedrijf ?? begindatum,
    uitBedrijf: r.uit_bedrijf,
  }))
}

/** The object with this code, in any bestuur (the route checks whose it is). */
export function objectOpCode(db: RioDb, code: string) {
  return db.selectFrom('rio_object').selectAll().where('code', '=', code).executeTakeFirst()
}

/** All versions of an object with the change that registered each, oldest first. */
export function versiesVan(db: RioDb, objectId: string) {
  return db
    .selectFrom('rio_versie as v')
    .innerJoin('rio_wijziging as w', 'w.id', 'v.wijziging_id')
    .select([
      'v.id',
      'v.volgnummer',
      'v.positie',
      'v.begindatum',
      'v.einddatum',
      'v.bestaat',
      'v.gegevens',
      'w.referentie',
      'w.ingediend_door_naam',
      'w.ingediend_op',
      'w.omschrijving',
    ])
    .where('v.object_id', '=', objectId)
    .orderBy('v.volgnummer')
    .orderBy('v.positie')
    .execute()
}

/** The log's order: newest first (volgnummer is unique within a bestuur, and NOT NULL). */
const NIEUWSTE_EERST = [{ kolom: 'volgnummer', richting: 'desc' }] as const

/**
 * The changes of the bestuur, newest first: a keyset page on volgnummer (the unique index
 * (bestuursnummer, volgnummer) is the order) and a count that stops at 1,000, so a log of
 * 100,000 changes answers as fast as one of a hundred.
 */
export async function wijzigingenVan(db: RioDb, bestuursnummer: string, positie: Positie) {
  const q = db.selectFrom('rio_wijziging').where('bestuursnummer', '=', bestuursnummer)
  const [pagina, telling] = await Promise.all([
    pagineer(
      q.select([
        'id',
        'referentie',
        'omschrijving',
        'bron',
        'ingediend_door_naam',
        'ingediend_op',
        'aantal_mutaties',
        'volgnummer',
      ]),
      NIEUWSTE_EERST,
      positie,
    ),
    telBegrensd(db, q),
  ])
  return { rijen: pagina.rijen, ...lijstInfo(pagina, telling) }
}

/** The objects a change touched, with their kind and code. */
export function objectenVanWijziging(db: RioDb, wijzigingId: string) {
  return db
    .selectFrom('rio_versie as v')
    .innerJoin('rio_object as o', 'o.id', 'v.object_id')
    .select([
      'o.code',
      'o.soort',
      'v.begindatum',
      'v.einddatum',
      'v.bestaat',
      'v.gegevens',
      'v.positie',
    ])
    .where('v.wijziging_id', '=', wijzigingId)
    .orderBy('v.positie')
    .execute()
}
