/**
 * Accounts from before eHerkenning: Mijn Helpdesk po username + password, and Mijn DUO token
 * users. After 5 failed attempts an account is locked for 15 minutes. On the first eHerkenning
 * login a helpdesk account is linked to the person once (`linkLegacyAccount`).
 */
import type { Kysely } from 'kysely'
import { newId, toIso } from '../../db/dialect'
import type { Database } from '../db/schema'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCKOUT_MS = 15 * 60 * 1000

export type LegacySoort = 'helpdesk-wachtwoord' | 'mijn-duo-token'

export interface LegacyAccount {
  id: string
  soort: LegacySoort
  gebruikersnaam: string
  passwordHash: string | null
  totpSecret: string | null
  totpLaatsteStap: number | null
  bestuursnummer: string
  naam: string
  failedAttempts: number
  lockedUntil: string | null
  gekoppeldAanPersoonId: string | null
  gekoppeldOp: string | null
  createdAt: string
  /** The person this account signs in as before linking (made on its first old-style login). */
  eigenPersoonId: string | null
}

type Row = Database['legacy_account']

const toAccount = (r: Row): LegacyAccount => ({
  id: r.id,
  soort: r.soort,
  gebruikersnaam: r.gebruikersnaam,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpLaatsteStap: r.totp_laatste_stap,
  bestuursnummer: r.bestuursnummer,
  naam: r.naam,
  failedAttempts: r.failed_attempts,
  lockedUntil: r.locked_until,
  gekoppeldAanPersoonId: r.gekoppeld_aan_persoon_id,
  gekoppeldOp: r.gekoppeld_op,
  createdAt: r.created_at,
  eigenPersoonId: r.eigen_persoon_id ?? null,
})

/** Usernames are matched without regard to case or surrounding spaces. */
export const normaliseGebruikersnaam = (naam: string) => naam.trim().toLowerCase()

export async function findByGebruikersnaam(
  db: Kysely<Database>,
  gebruikersnaam: string,
): Promise<LegacyAccount | null> {
  const row = await db
    .selectFrom('legacy_account')
    .selectAll()
    .where('gebruikersnaam', '=', normaliseGebruikersnaam(gebruikersnaam))
    .executeTakeFirst()
  return row ? toAccount(row) : null
}

export async function getLegacyAccount(
  db: Kysely<Database>,
  id: string,
): Promise<LegacyAccount | null> {
  const row = await db
    .selectFrom('legacy_account')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toAccount(row) : null
}

/** Legacy accounts linked to a person. */
export async function findLinkedTo(
  db: Kysely<Database>,
  persoonId: string,
): Promise<LegacyAccount[]> {
  const rows = await db
    .selectFrom('legacy_account')
    .selectAll()
    .where('gekoppeld_aan_persoon_id', '=', persoonId)
    .orderBy('created_at')
    .execute()
  return rows.map(toAccount)
}

export async function createLegacyAccount(
  db: Kysely<Database>,
  input: {
    id?: string
    soort: LegacySoort
    gebruikersnaam: string
    passwordHash?: string | null
    totpSecret?: string | null
    bestuursnummer: string
    naam: string
    gekoppeldAanPersoonId?: string | null
  },
  now: Date = new Date(),
): Promise<LegacyAccount> {
  const at = toIso(now)
  const row: Row = {
    id: input.id ?? newId(),
    soort: input.soort,
    gebruikersnaam: normaliseGebruikersnaam(input.gebruikersnaam),
    password_hash: input.passwordHash ?? null,
    totp_secret: input.totpSecret ?? null,
    totp_laatste_stap: null,
    bestuursnummer: input.bestuursnummer,
    naam: input.naam,
    failed_attempts: 0,
    locked_until: null,
    gekoppeld_aan_persoon_id: input.gekoppeldAanPersoonId ?? null,
    gekoppeld_op: input.gekoppeldAanPersoonId ? at : null,
    created_at: at,
    eigen_persoon_id: null,
  }
  await db.insertInto('legacy_account').values(row).execute()
  return toAccount(row)
}

/** True while the account is locked out. */
export function isLocked(
  account: Pick<LegacyAccount, 'lockedUntil'>,
  now: Date = new Date(),
): boolean {
  return account.lockedUntil !== null && account.lockedUntil > toIso(now)
}

/**
 * Claims one attempt before the (slow) password check, atomically: while fewer than five are
 * used and the account is not locked, the count goes up and the check may run; otherwise the
 * account is locked (if it was not) and nothing is checked. So parallel guesses cannot slip
 * past the lockout, and a code of a token login counts like a password.
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  accountId: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; lockedUntil: string }> {
  const at = toIso(now)
  const reserved = await db
    .updateTable('legacy_account')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', accountId)
    .where('failed_attempts', '<', MAX_FAILED_ATTEMPTS)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .executeTakeFirst()
  if (Number(reserved.numUpdatedRows) === 1) return { ok: true }
  const lockedUntil = toIso(now.getTime() + LOCKOUT_MS)
  await db
    .updateTable('legacy_account')
    .set({ failed_attempts: 0, locked_until: lockedUntil })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .execute()
  const row = await db
    .selectFrom('legacy_account')
    .select('locked_until')
    .where('id', '=', accountId)
    .executeTakeFirst()
  return { ok: false, lockedUntil: row?.locked_until ?? lockedUntil }
}

/**
 * After a failed check of a reserved attempt: once five are used, the account is locked for
 * 15 minutes (and the count starts again after the lock). Returns the lock, if any.
 */
export async function recordFailure(
  db: Kysely<Database>,
  accountId: string,
  now: Date = new Date(),
): Promise<{ lockedUntil: string | null }> {
  const lockedUntil = toIso(now.getTime() + LOCKOUT_MS)
  await db
    .updateTable('legacy_account')
    .set({ failed_attempts: 0, locked_until: lockedUntil })
    .where('id', '=', accountId)
    .where('failed_attempts', '>=', MAX_FAILED_ATTEMPTS)
    .execute()
  const row = await db
    .selectFrom('legacy_account')
    .select('locked_until')
    .where('id', '=', accountId)
    .executeTakeFirst()
  return {
    lockedUntil: row && isLocked({ lockedUntil: row.locked_until }, now) ? row.locked_until : null,
  }
}

/** After a successful login: forget failed attempts and any expired lock. */
export async function resetFailures(db: Kysely<Database>, accountId: string): Promise<void> {
  await db
    .updateTable('legacy_account')
    .set({ failed_attempts: 0, locked_until: null })
    .where('id', '=', accountId)
    .execute()
}

/**
 * Accepts a TOTP time step only if it is newer than the last one accepted, so a code cannot be
 * replayed. False when the step was already used.
 */
export async function markTotpStepUsed(
  db: Kysely<Database>,
  accountId: string,
  step: number,
): Promise<boolean> {
  const r = await db
    .updateTable('legacy_account')
    .set({ totp_laatste_stap: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_laatste_stap', 'is', null), eb('totp_laatste_stap', '<', step)]))
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Links the account to a person, once. False when unknown or already linked. */
export async function linkLegacyAccount(
  db: Kysely<Database>,
  accountId: string,
  persoonId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const r = await db
    .updateTable('legacy_account')
    .set({ gekoppeld_aan_persoon_id: persoonId, gekoppeld_op: toIso(now) })
    .where('id', '=', accountId)
    .where('gekoppeld_aan_persoon_id', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Records the person an account signs in as, once. */
export async function setEigenPersoon(
  db: Kysely<Database>,
  accountId: string,
  persoonId: string,
): Promise<void> {
  await db
    .updateTable('legacy_account')
    .set({ eigen_persoon_id: persoonId })
    .where('id', '=', accountId)
    .where('eigen_persoon_id', 'is', null)
    .execute()
}
