/**
 * The audit log: append-only. This module has no update or delete, and the table refuses both
 * with a trigger. Entries are ordered by `seq`; lists run newest first with `seq` as cursor.
 */
import { sql, type Kysely, type Selectable } from 'kysely'
import { newId, toIso } from '../../db/dialect'
import type { Database } from '../db/schema'

/** `<section>.<object>.<verb>`, e.g. `portaal.login.gelukt`, `beheer.rol.toegekend`. */
export type AuditActie = string

export interface NewAuditEntry {
  actie: AuditActie
  /** Persoon id of the actor; null for the system or an unknown user (failed login). */
  actorPersoonId?: string | null
  /** Readable description of the actor, kept even if the person changes, e.g. "A. Jansen (beheerder po)". */
  actorOmschrijving: string
  /** `Session.ref`, never the session id. */
  sessieRef?: string | null
  onderwerpPersoonId?: string | null
  bestuursnummer?: string | null
  details?: Record<string, unknown>
}

export interface AuditEntry {
  seq: number
  id: string
  at: string
  actie: string
  actorPersoonId: string | null
  actorOmschrijving: string
  sessieRef: string | null
  onderwerpPersoonId: string | null
  bestuursnummer: string | null
  details: Record<string, unknown>
}

export interface AuditFilter {
  bestuursnummer?: string
  /** One action, or any of several (e.g. an action and its old names). */
  actie?: string | readonly string[]
  /** Actions to leave out (e.g. logins, which crowd out the rest). */
  nietActie?: readonly string[]
  onderwerpPersoonId?: string
  /** Inclusive. */
  from?: Date | string
  /** Exclusive. */
  to?: Date | string
  /** Default 50, at most 500. */
  limit?: number
  /** `nextCursor` of the previous page. */
  cursor?: number | null
}

type Row = Selectable<Database['audit_log']>

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  id: r.id,
  at: r.at,
  actie: r.actie,
  actorPersoonId: r.actor_persoon_id,
  actorOmschrijving: r.actor_omschrijving,
  sessieRef: r.sessie_ref,
  onderwerpPersoonId: r.onderwerp_persoon_id,
  bestuursnummer: r.bestuursnummer,
  details: JSON.parse(r.details) as Record<string, unknown>,
})

/**
 * Appends an entry. Pass the transaction of the change it records, so both land or neither.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const grant = await addGrant(trx, { … })
 *   await appendAudit(trx, { actie: 'rol.toegekend', actorPersoonId, actorOmschrijving, bestuursnummer, details: { grantId: grant.id } })
 * })
 */
export async function appendAudit(
  db: Kysely<Database>,
  entry: NewAuditEntry,
  now: Date = new Date(),
): Promise<AuditEntry> {
  const row = await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: toIso(now),
      actie: entry.actie,
      actor_persoon_id: entry.actorPersoonId ?? null,
      actor_omschrijving: entry.actorOmschrijving,
      sessie_ref: entry.sessieRef ?? null,
      onderwerp_persoon_id: entry.onderwerpPersoonId ?? null,
      bestuursnummer: entry.bestuursnummer ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toEntry(row)
}

/** Entries newest first, filtered; `nextCursor` is null on the last page. */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter = {},
): Promise<{ entries: AuditEntry[]; nextCursor: number | null }> {
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 500)
  let q = db.selectFrom('audit_log').selectAll()
  if (filter.bestuursnummer !== undefined) q = q.where('bestuursnummer', '=', filter.bestuursnummer)
  if (typeof filter.actie === 'string') q = q.where('actie', '=', filter.actie)
  else if (filter.actie !== undefined)
    q = filter.actie.length
      ? q.where('actie', 'in', [...filter.actie])
      : q.where(sql<boolean>`1 = 0`)
  if (filter.nietActie?.length) q = q.where('actie', 'not in', [...filter.nietActie])
  if (filter.onderwerpPersoonId !== undefined)
    q = q.where('onderwerp_persoon_id', '=', filter.onderwerpPersoonId)
  if (filter.from !== undefined) q = q.where('at', '>=', toIso(filter.from))
  if (filter.to !== undefined) q = q.where('at', '<', toIso(filter.to))
  if (filter.cursor != null) q = q.where('seq', '<', filter.cursor)
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute()
  const page = rows.slice(0, limit).map(toEntry)
  const last = page[page.length - 1]
  return { entries: page, nextCursor: rows.length > limit && last ? last.seq : null }
}
