/**
 * Role grants (rol_toekenning). A grant names a role, the kenmerk it applies to (bestuursnummer,
 * RIO code, instellingscode or onderwijsaanbiedercode) and the bestuur it belongs to.
 * Validity is in Dutch calendar days, both ends inclusive ("geldig van … tot en met …"), as in
 * `@duo/authz`: `geldig_vanaf`/`geldig_tot` hold `YYYY-MM-DD` or null. Revocation keeps the row,
 * with who and when.
 */
import { createHash } from 'node:crypto'
import { dutchDate } from '@duo/authz'
import type { Kysely } from 'kysely'
import { newId, toIso } from '../../db/dialect'
import type { Database } from '../db/schema'

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** An active grant, as `@duo/authz` takes it. `from`/`until`: `YYYY-MM-DD`, inclusive, or null. */
export interface Grant {
  id: string
  /** A role id of `@duo/authz`. */
  role: string
  kenmerk: string
  from: string | null
  until: string | null
  bestuursnummer: string
}

/** A grant with its history, for beheer screens. */
export interface GrantRecord extends Grant {
  persoonId: string
  persoonNaam: string
  toegekendDoor: string | null
  toegekendOp: string
  ingetrokkenOp: string | null
  ingetrokkenDoor: string | null
}

export interface NewGrant {
  persoonId: string
  bestuursnummer: string
  role: string
  kenmerk: string
  /** First day, `YYYY-MM-DD`. */
  from?: string | null
  /** Last day (inclusive), `YYYY-MM-DD`. */
  until?: string | null
  /** Persoon id of whoever grants it; null for the system or the seed. */
  toegekendDoor?: string | null
}

type Row = Database['rol_toekenning']

const toGrant = (r: Row): Grant => ({
  id: r.id,
  role: r.rol,
  kenmerk: r.kenmerk,
  from: r.geldig_vanaf,
  until: r.geldig_tot,
  bestuursnummer: r.bestuursnummer,
})

const toRecord = (r: Row & { persoon_naam: string }): GrantRecord => ({
  ...toGrant(r),
  persoonId: r.persoon_id,
  persoonNaam: r.persoon_naam,
  toegekendDoor: r.toegekend_door,
  toegekendOp: r.toegekend_op,
  ingetrokkenOp: r.ingetrokken_op,
  ingetrokkenDoor: r.ingetrokken_door,
})

/** Every change of a person's grants moves their counter, in the same transaction. */
async function bumpRechten(db: Kysely<Database>, persoonId: string): Promise<void> {
  await db
    .updateTable('persoon')
    .set((eb) => ({ rechten_teller: eb('rechten_teller', '+', 1) }))
    .where('id', '=', persoonId)
    .execute()
}

const persoonVan = async (db: Kysely<Database>, grantId: string) =>
  (
    await db
      .selectFrom('rol_toekenning')
      .select('persoon_id')
      .where('id', '=', grantId)
      .executeTakeFirst()
  )?.persoon_id

/** Grants of a person that hold on the Dutch calendar day of `now`: not revoked, within validity. */
export async function listActiveGrants(
  db: Kysely<Database>,
  persoonId: string,
  now: Date = new Date(),
): Promise<Grant[]> {
  const today = dutchDate(now)
  const rows = await db
    .selectFrom('rol_toekenning')
    .selectAll()
    .where('persoon_id', '=', persoonId)
    .where('ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('geldig_vanaf', 'is', null), eb('geldig_vanaf', '<=', today)]))
    .where((eb) => eb.or([eb('geldig_tot', 'is', null), eb('geldig_tot', '>=', today)]))
    .orderBy('toegekend_op')
    .orderBy('id')
    .execute()
  return rows.map(toGrant)
}

/**
 * All grants within a bestuur, with the person's name. By default only those not revoked and not
 * yet expired at `now` (future ones included); `includeInactive` adds revoked and expired ones.
 */
export async function listGrantsOfBestuur(
  db: Kysely<Database>,
  bestuursnummer: string,
  opts: { now?: Date; includeInactive?: boolean } = {},
): Promise<GrantRecord[]> {
  const today = dutchDate(opts.now ?? new Date())
  let q = db
    .selectFrom('rol_toekenning as g')
    .innerJoin('persoon as p', 'p.id', 'g.persoon_id')
    .selectAll('g')
    .select('p.naam as persoon_naam')
    .where('g.bestuursnummer', '=', bestuursnummer)
  if (!opts.includeInactive) {
    q = q
      .where('g.ingetrokken_op', 'is', null)
      .where((eb) => eb.or([eb('g.geldig_tot', 'is', null), eb('g.geldig_tot', '>=', today)]))
  }
  const rows = await q
    .orderBy('p.naam')
    .orderBy('g.rol')
    .orderBy('g.kenmerk')
    .orderBy('g.id')
    .execute()
  return rows.map(toRecord)
}

/** One grant with its history; null if unknown. */
export async function getGrant(db: Kysely<Database>, id: string): Promise<GrantRecord | null> {
  const row = await db
    .selectFrom('rol_toekenning as g')
    .innerJoin('persoon as p', 'p.id', 'g.persoon_id')
    .selectAll('g')
    .select('p.naam as persoon_naam')
    .where('g.id', '=', id)
    .executeTakeFirst()
  return row ? toRecord(row) : null
}

/**
 * Records a grant. Authorisation (may the actor grant this role with this kenmerk?) is the
 * caller's job, with `@duo/authz`; so is the audit entry, ideally in the same transaction.
 */
export async function addGrant(
  db: Kysely<Database>,
  input: NewGrant,
  now: Date = new Date(),
): Promise<GrantRecord> {
  const from = input.from ?? null
  const until = input.until ?? null
  for (const d of [from, until]) {
    if (d !== null && !ISO_DATE.test(d)) throw new RangeError(`Geen datum JJJJ-MM-DD: ${d}`)
  }
  if (from && until && until < from) throw new RangeError('geldig_tot ligt voor geldig_vanaf')
  const id = newId()
  await db
    .insertInto('rol_toekenning')
    .values({
      id,
      persoon_id: input.persoonId,
      bestuursnummer: input.bestuursnummer,
      rol: input.role,
      kenmerk: input.kenmerk,
      geldig_vanaf: from,
      geldig_tot: until,
      toegekend_door: input.toegekendDoor ?? null,
      toegekend_op: toIso(now),
      ingetrokken_op: null,
      ingetrokken_door: null,
    })
    .execute()
  await bumpRechten(db, input.persoonId)
  const record = await getGrant(db, id)
  if (!record) throw new Error('Toegekende rol niet teruggevonden')
  return record
}

/** Revokes a grant, keeping the row. False when unknown or already revoked. */
export async function revokeGrant(
  db: Kysely<Database>,
  grantId: string,
  opts: { door?: string | null; now?: Date } = {},
): Promise<boolean> {
  const result = await db
    .updateTable('rol_toekenning')
    .set({ ingetrokken_op: toIso(opts.now ?? new Date()), ingetrokken_door: opts.door ?? null })
    .where('id', '=', grantId)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst()
  const changed = Number(result.numUpdatedRows) === 1
  const persoonId = changed ? await persoonVan(db, grantId) : undefined
  if (persoonId) await bumpRechten(db, persoonId)
  return changed
}

/** Changes the validity period of a grant that is not revoked; false when unknown or revoked. */
export async function setGrantPeriod(
  db: Kysely<Database>,
  grantId: string,
  periode: { from: string | null; until: string | null },
): Promise<boolean> {
  for (const d of [periode.from, periode.until]) {
    if (d !== null && !ISO_DATE.test(d)) throw new RangeError(`Geen datum JJJJ-MM-DD: ${d}`)
  }
  if (periode.from && periode.until && periode.until < periode.from)
    throw new RangeError('geldig_tot ligt voor geldig_vanaf')
  const result = await db
    .updateTable('rol_toekenning')
    .set({ geldig_vanaf: periode.from, geldig_tot: periode.until })
    .where('id', '=', grantId)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst()
  const changed = Number(result.numUpdatedRows) === 1
  const persoonId = changed ? await persoonVan(db, grantId) : undefined
  if (persoonId) await bumpRechten(db, persoonId)
  return changed
}

/**
 * A stable fingerprint of a set of grants (order-independent, ids ignored): stored in the session
 * at login as `rechten_versie`; when it differs from the current grants, the session is rotated.
 */
export function grantsFingerprint(
  grants: readonly Pick<Grant, 'role' | 'kenmerk' | 'from' | 'until'>[],
): string {
  const lines = grants
    .map((g) => JSON.stringify([g.role, g.kenmerk, g.from ?? null, g.until ?? null]))
    .sort()
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32)
}
