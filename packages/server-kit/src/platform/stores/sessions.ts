/**
 * Server-side sessions. The cookie carries a random 128-bit id (base64url, 22 characters); the
 * table stores only its sha256, so a leaked table or backup gives no usable cookie. Audit entries
 * carry `ref`, a short hash of that hash, never the id.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { CompiledQuery, InferResult, Kysely } from 'kysely'
import { inTransaction, toIso } from '../../db/dialect'
import type { Database } from '../db/schema'

export type SessieMethode = 'eherkenning' | 'duo' | 'helpdesk-wachtwoord' | 'mijn-duo-token'

export interface NewSession {
  persoonId: string
  methode: SessieMethode
  /** When the session ends whatever the activity. */
  absoluteExpiresAt: Date | string
  actsForKvk?: string | null
  intermediairKvk?: string | null
  /** eHerkenning services (machtigingen) of this login. */
  machtigingen?: string[]
  /** Level of assurance, e.g. 'EH3'. */
  niveau?: string | null
  /** Kept server-side for RP-initiated logout only. */
  idToken?: string | null
  /** `grantsFingerprint` of the grants at login. */
  rechtenVersie: string
}

export interface Session {
  /** Short, non-reversible reference for logs and audit entries. */
  ref: string
  persoonId: string
  methode: SessieMethode
  createdAt: string
  lastSeenAt: string
  absoluteExpiresAt: string
  actsForKvk: string | null
  intermediairKvk: string | null
  machtigingen: string[]
  niveau: string | null
  idToken: string | null
  rechtenVersie: string
  /** True when reached through the old id of a session that was just rotated. */
  viaVoorganger: boolean
}

/** How long an old id still leads to its successor after a rotation. */
export const ROTATION_GRACE_MS = 10_000

const RAW_ID_RE = /^[A-Za-z0-9_-]{22}$/

/** sha256 hex of the cookie value: the primary key of `sessie`. */
export function hashSessionId(rawId: string): string {
  return createHash('sha256').update(rawId).digest('hex')
}

/** The audit/log reference of a session: 16 hex of a hash of the stored hash. */
export function sessionRef(idHash: string): string {
  return createHash('sha256').update(`sessie-ref:${idHash}`).digest('hex').slice(0, 16)
}

type Row = Database['sessie']

const toSession = (r: Row): Session => ({
  ref: sessionRef(r.id_hash),
  persoonId: r.persoon_id,
  methode: r.methode as SessieMethode,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  absoluteExpiresAt: r.absolute_expires_at,
  actsForKvk: r.acts_for_kvk,
  intermediairKvk: r.intermediair_kvk,
  machtigingen: JSON.parse(r.machtigingen) as string[],
  niveau: r.niveau,
  idToken: r.id_token,
  rechtenVersie: r.rechten_versie,
  viaVoorganger: false,
})

const newRawId = () => randomBytes(16).toString('base64url')

/**
 * Stores a new session. The returned `rawId` goes into the cookie and exists nowhere else.
 *
 * @example
 * const { rawId } = await createSession(db, { persoonId, methode: 'eherkenning', absoluteExpiresAt, rechtenVersie })
 * setCookie(c, '__Host-sessie', rawId, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' })
 */
export async function createSession(
  db: Kysely<Database>,
  input: NewSession,
  now: Date = new Date(),
): Promise<{ rawId: string; session: Session }> {
  const rawId = newRawId()
  const at = toIso(now)
  const row: Row = {
    id_hash: hashSessionId(rawId),
    persoon_id: input.persoonId,
    methode: input.methode,
    created_at: at,
    last_seen_at: at,
    absolute_expires_at: toIso(input.absoluteExpiresAt),
    acts_for_kvk: input.actsForKvk ?? null,
    intermediair_kvk: input.intermediairKvk ?? null,
    machtigingen: JSON.stringify(input.machtigingen ?? []),
    niveau: input.niveau ?? null,
    id_token: input.idToken ?? null,
    rechten_versie: input.rechtenVersie,
    opvolger_hash: null,
    vervangen_op: null,
  }
  await db.insertInto('sessie').values(row).execute()
  return { rawId, session: toSession(row) }
}

/**
 * The session for a cookie value, or null when unknown, past its absolute expiry, or idle for
 * longer than `idleTimeoutMs`. An expired session is deleted on the way.
 */
export async function getSession(
  db: Kysely<Database>,
  rawId: string,
  opts: { now?: Date; idleTimeoutMs?: number } = {},
): Promise<Session | null> {
  if (!RAW_ID_RE.test(rawId)) return null
  const idHash = hashSessionId(rawId)
  const row = await db
    .selectFrom('sessie')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst()
  if (!row) return null
  const now = opts.now ?? new Date()
  if (row.opvolger_hash) {
    // A rotated id: for a moment it still leads to its successor, then it is gone.
    const inGrace =
      row.vervangen_op !== null && Date.parse(row.vervangen_op) + ROTATION_GRACE_MS > now.getTime()
    const successor = inGrace
      ? await db
          .selectFrom('sessie')
          .selectAll()
          .where('id_hash', '=', row.opvolger_hash)
          .executeTakeFirst()
      : undefined
    if (!successor || successor.absolute_expires_at <= toIso(now)) {
      await db.deleteFrom('sessie').where('id_hash', '=', idHash).execute()
      return null
    }
    return { ...toSession(successor), viaVoorganger: true }
  }
  const idleExpired =
    opts.idleTimeoutMs !== undefined &&
    Date.parse(row.last_seen_at) + opts.idleTimeoutMs <= now.getTime()
  if (row.absolute_expires_at <= toIso(now) || idleExpired) {
    await db.deleteFrom('sessie').where('id_hash', '=', idHash).execute()
    return null
  }
  return toSession(row)
}

function bouwSessieMetPersoon(db: Kysely<Database>) {
  return db
    .selectFrom('sessie as s')
    .innerJoin('persoon as p', 'p.id', 's.persoon_id')
    .selectAll('s')
    .select([
      'p.naam as p_naam',
      'p.email as p_email',
      'p.created_at as p_created_at',
      'p.rechten_teller as p_teller',
    ])
    .where('s.id_hash', '=', '')
}

// Every request runs this query first; building it with Kysely costs about as much as running
// it, so it is compiled once per database and only its one parameter changes.
type SessieMetPersoonRij = InferResult<ReturnType<typeof bouwSessieMetPersoon>>[number]
const sessieMetPersoon = new WeakMap<Kysely<Database>, CompiledQuery<SessieMetPersoonRij>>()
function sessieMetPersoonQuery(db: Kysely<Database>) {
  let q = sessieMetPersoon.get(db)
  if (!q) {
    q = bouwSessieMetPersoon(db).compile()
    sessieMetPersoon.set(db, q)
  }
  return q
}

/**
 * The session with its person and the person's grants counter, in one query: what every request
 * needs first. Null as `getSession` (and for a session whose person is gone).
 */
export async function getSessionMetPersoon(
  db: Kysely<Database>,
  rawId: string,
  opts: { now?: Date; idleTimeoutMs?: number } = {},
): Promise<{
  session: Session
  persoon: { id: string; naam: string; email: string | null; createdAt: string }
  rechtenTeller: number
} | null> {
  if (!RAW_ID_RE.test(rawId)) return null
  const { rows } = await db.executeQuery<SessieMetPersoonRij>({
    ...sessieMetPersoonQuery(db),
    parameters: [hashSessionId(rawId)],
  })
  const row = rows[0]
  const now = opts.now ?? new Date()
  // The rare cases (a rotated id, an expired session) take the full path with its clean-up.
  const gewoon =
    row &&
    !row.opvolger_hash &&
    row.absolute_expires_at > toIso(now) &&
    (opts.idleTimeoutMs === undefined ||
      Date.parse(row.last_seen_at) + opts.idleTimeoutMs > now.getTime())
  if (row && gewoon) {
    return {
      session: toSession(row),
      persoon: {
        id: row.persoon_id,
        naam: row.p_naam,
        email: row.p_email,
        createdAt: row.p_created_at,
      },
      rechtenTeller: Number(row.p_teller),
    }
  }
  const session = await getSession(db, rawId, opts)
  if (!session) return null
  const p = await db
    .selectFrom('persoon')
    .select(['id', 'naam', 'email', 'created_at', 'rechten_teller'])
    .where('id', '=', session.persoonId)
    .executeTakeFirst()
  return p
    ? {
        session,
        persoon: { id: p.id, naam: p.naam, email: p.email, createdAt: p.created_at },
        rechtenTeller: Number(p.rechten_teller),
      }
    : null
}

/** Marks activity (sliding idle timeout). */
export async function touchSession(
  db: Kysely<Database>,
  rawId: string,
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable('sessie')
    .set({ last_seen_at: toIso(now) })
    .where('id_hash', '=', hashSessionId(rawId))
    .execute()
}

/** Ends one session (logout), also when named by the old id of a rotation. True when it existed. */
export async function deleteSession(db: Kysely<Database>, rawId: string): Promise<boolean> {
  const idHash = hashSessionId(rawId)
  const row = await db
    .selectFrom('sessie')
    .select('opvolger_hash')
    .where('id_hash', '=', idHash)
    .executeTakeFirst()
  const hashes = row?.opvolger_hash ? [idHash, row.opvolger_hash] : [idHash]
  const r = await db
    .deleteFrom('sessie')
    .where((eb) => eb.or([eb('id_hash', 'in', hashes), eb('opvolger_hash', 'in', hashes)]))
    .executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}

/** Ends every session of a person (e.g. after a revoked grant or a security incident). */
export async function deleteSessionsOfPersoon(
  db: Kysely<Database>,
  persoonId: string,
): Promise<number> {
  const r = await db.deleteFrom('sessie').where('persoon_id', '=', persoonId).executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** Removes sessions past their absolute expiry; run now and then. */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<number> {
  const r = await db
    .deleteFrom('sessie')
    .where((eb) =>
      eb.or([
        eb('absolute_expires_at', '<=', toIso(now)),
        eb('vervangen_op', '<=', toIso(now.getTime() - ROTATION_GRACE_MS)),
      ]),
    )
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}

/**
 * Replaces a session's id, keeping its data (and its absolute expiry): after a privilege change
 * or when the grants' fingerprint moved. `changes` may set a new `rechtenVersie` on the way.
 * Returns the new cookie value, or null when the old session does not exist.
 */
export async function rotateSession(
  db: Kysely<Database>,
  oldRawId: string,
  changes: { rechtenVersie?: string } = {},
  now: Date = new Date(),
): Promise<string | null> {
  if (!RAW_ID_RE.test(oldRawId)) return null
  const oldHash = hashSessionId(oldRawId)
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('sessie')
      .selectAll()
      .where('id_hash', '=', oldHash)
      .executeTakeFirst()
    if (!row || row.opvolger_hash) return null
    const rawId = newRawId()
    const newHash = hashSessionId(rawId)
    await trx
      .insertInto('sessie')
      .values({
        ...row,
        id_hash: newHash,
        last_seen_at: toIso(now),
        rechten_versie: changes.rechtenVersie ?? row.rechten_versie,
        opvolger_hash: null,
        vervangen_op: null,
      })
      .execute()
    // The old id now only leads to the new one, for ROTATION_GRACE_MS. Two concurrent
    // rotations: only the one that marked the old row may hand out its new id.
    const marked = await trx
      .updateTable('sessie')
      .set({ opvolger_hash: newHash, vervangen_op: toIso(now) })
      .where('id_hash', '=', oldHash)
      .where('opvolger_hash', 'is', null)
      .executeTakeFirst()
    if (Number(marked.numUpdatedRows) !== 1) {
      await trx.deleteFrom('sessie').where('id_hash', '=', newHash).execute()
      return null
    }
    return rawId
  })
}
