/**
 * People and how they log in. An eHerkenning user is always keyed on the pair
 * (LegalSubjectID = KvK of the organisation, ActingSubjectID = pseudonym of the person): the same
 * person logging in for two organisations is two identities, and a ketenmachtiging
 * (intermediary) does not change the pair.
 */
import type { Kysely } from 'kysely'
import { inTransaction, newId, toIso } from '../../db/dialect'
import type { Database } from '../db/schema'

export interface Persoon {
  id: string
  naam: string
  email: string | null
  createdAt: string
}

export interface EherkenningLogin {
  kvk: string
  actingSubjectId: string
  intermediairKvk?: string | null | undefined
  /** Used only when the person is new; eHerkenning often carries no name. */
  naam: string
}

export interface DuoMedewerker {
  id: string
  subject: string
  rol: string
  persoon: Persoon
}

type PersoonRow = Pick<Database['persoon'], 'id' | 'naam' | 'email' | 'created_at'>
const toPersoon = (r: PersoonRow): Persoon => ({
  id: r.id,
  naam: r.naam,
  email: r.email,
  createdAt: r.created_at,
})

export async function getPersoon(db: Kysely<Database>, id: string): Promise<Persoon | null> {
  const row = await db.selectFrom('persoon').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toPersoon(row) : null
}

/** Creates a person without any login (e.g. for a legacy account being linked). */
export async function createPersoon(
  db: Kysely<Database>,
  input: { naam: string; email?: string | null; id?: string },
  now: Date = new Date(),
): Promise<Persoon> {
  const row: PersoonRow = {
    id: input.id ?? newId(),
    naam: input.naam,
    email: input.email ?? null,
    created_at: toIso(now),
  }
  await db.insertInto('persoon').values(row).execute()
  return toPersoon(row)
}

/**
 * The person behind an eHerkenning login, created on first sight. Updates `last_seen_at` and the
 * intermediary of the latest login. Safe against two simultaneous first logins of the same pair.
 *
 * @example
 * const { persoon, isNew } = await findOrCreateByEherkenning(db, {
 *   kvk: claims.legalSubject, actingSubjectId: claims.actingSubject, intermediairKvk: null, naam: 'Onbekend',
 * })
 */
export async function findOrCreateByEherkenning(
  db: Kysely<Database>,
  login: EherkenningLogin,
  now: Date = new Date(),
): Promise<{ persoon: Persoon; isNew: boolean }> {
  const at = toIso(now)
  const intermediairKvk = login.intermediairKvk ?? null
  const existing = await findByEherkenning(db, login.kvk, login.actingSubjectId)
  if (existing) {
    await db
      .updateTable('eherkenning_identiteit')
      .set({ last_seen_at: at, intermediair_kvk: intermediairKvk })
      .where('legal_subject_kvk', '=', login.kvk)
      .where('acting_subject_id', '=', login.actingSubjectId)
      .execute()
    return { persoon: existing, isNew: false }
  }
  const created = await inTransaction(db, async (trx) => {
    const p = await createPersoon(trx, { naam: login.naam }, now)
    const inserted = await trx
      .insertInto('eherkenning_identiteit')
      .values({
        id: newId(),
        persoon_id: p.id,
        legal_subject_kvk: login.kvk,
        acting_subject_id: login.actingSubjectId,
        intermediair_kvk: intermediairKvk,
        first_seen_at: at,
        last_seen_at: at,
      })
      .onConflict((oc) => oc.columns(['legal_subject_kvk', 'acting_subject_id']).doNothing())
      .executeTakeFirst()
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return p
    // Another request created the same pair first: drop ours and use theirs.
    await trx.deleteFrom('persoon').where('id', '=', p.id).execute()
    return null
  })
  if (created) return { persoon: created, isNew: true }
  const winner = await findByEherkenning(db, login.kvk, login.actingSubjectId)
  if (!winner) throw new Error('eHerkenning-identiteit verdween tijdens het aanmaken')
  return { persoon: winner, isNew: false }
}

/** The person for an eHerkenning pair, without creating or touching anything. */
export async function findByEherkenning(
  db: Kysely<Database>,
  kvk: string,
  actingSubjectId: string,
): Promise<Persoon | null> {
  const row = await db
    .selectFrom('eherkenning_identiteit as i')
    .innerJoin('persoon as p', 'p.id', 'i.persoon_id')
    .selectAll('p')
    .where('i.legal_subject_kvk', '=', kvk)
    .where('i.acting_subject_id', '=', actingSubjectId)
    .executeTakeFirst()
  return row ? toPersoon(row) : null
}

/** A DUO employee by the `sub` of DUO's identity provider; null if not registered. */
export async function findDuoMedewerker(
  db: Kysely<Database>,
  subject: string,
): Promise<DuoMedewerker | null> {
  const row = await db
    .selectFrom('duo_medewerker as m')
    .innerJoin('persoon as p', 'p.id', 'm.persoon_id')
    .select([
      'm.id as medewerker_id',
      'm.subject',
      'm.rol',
      'p.id',
      'p.naam',
      'p.email',
      'p.created_at',
    ])
    .where('m.subject', '=', subject)
    .executeTakeFirst()
  if (!row) return null
  return { id: row.medewerker_id, subject: row.subject, rol: row.rol, persoon: toPersoon(row) }
}

/** Registers a DUO employee (a person plus subject and role). */
export async function addDuoMedewerker(
  db: Kysely<Database>,
  input: { subject: string; rol: string; naam: string; email?: string | null },
  now: Date = new Date(),
): Promise<DuoMedewerker> {
  return inTransaction(db, async (trx) => {
    const persoon = await createPersoon(trx, { naam: input.naam, email: input.email ?? null }, now)
    const id = newId()
    await trx
      .insertInto('duo_medewerker')
      .values({ id, persoon_id: persoon.id, subject: input.subject, rol: input.rol })
      .execute()
    return { id, subject: input.subject, rol: input.rol, persoon }
  })
}
