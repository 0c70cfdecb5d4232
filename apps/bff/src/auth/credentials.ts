/**
 * Checking the username and password of an old (pre-eHerkenning) account: one attempt is
 * claimed atomically before the slow hash (so parallel guesses cannot pass the lockout), every
 * failure is audited with who tried, and unknown names cost the same time as known ones.
 */
import type { z } from 'zod'
import { apiFout, type AuthContext } from '@duo/server-kit'
import {
  appendAudit,
  findByGebruikersnaam,
  recordFailure,
  reserveAttempt,
  verifyPassword,
  type LegacyAccount,
} from '@duo/server-kit/platform'
import type { AuthDeps } from './routes'

const WRONG = apiFout(
  'onjuiste-gegevens',
  'De gebruikersnaam of het wachtwoord is onjuist.',
  'The username or password is incorrect.',
)

export const lockedError = (lockedUntil: string) =>
  apiFout(
    'geblokkeerd',
    `Dit account is na vijf mislukte pogingen tijdelijk geblokkeerd tot ${new Date(lockedUntil).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })}.`,
    `This account is temporarily locked after five failed attempts, until ${new Date(lockedUntil).toLocaleTimeString('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })} (Dutch time).`,
  )

export type CheckResult =
  | { ok: true; account: LegacyAccount }
  | { ok: false; status: 401 | 423; body: ReturnType<typeof apiFout> }

interface Wie {
  /** The logged-in person who tries (linking), or null for a login form. */
  auth: AuthContext | null
  /** Only accounts of this bestuur count (linking): others answer like unknown names. */
  bestuursnummer?: string
}

/** Audits a failed attempt, attributed to whoever is logged in. */
export async function auditFailure(
  deps: Pick<AuthDeps, 'db' | 'clock'>,
  account: LegacyAccount,
  wie: Wie,
  reden: string,
  lockedUntil: string | null,
) {
  const actor = wie.auth
    ? {
        actorPersoonId: wie.auth.persoon.id,
        actorOmschrijving: wie.auth.persoon.naam,
        sessieRef: wie.auth.session.ref,
      }
    : { actorOmschrijving: `oud account ${account.gebruikersnaam}` }
  await appendAudit(
    deps.db,
    {
      actie: 'portaal.login.mislukt',
      ...actor,
      bestuursnummer: account.bestuursnummer,
      details: { soort: account.soort, reden, gebruikersnaam: account.gebruikersnaam },
    },
    deps.clock.now(),
  )
  if (lockedUntil)
    await appendAudit(
      deps.db,
      {
        actie: 'portaal.account.geblokkeerd',
        ...actor,
        bestuursnummer: account.bestuursnummer,
        details: { gebruikersnaam: account.gebruikersnaam, tot: lockedUntil },
      },
      deps.clock.now(),
    )
}

/**
 * Checks username and password. A successful check does not reset the count: the caller does
 * that once the whole login (a token's code too) succeeded.
 */
export async function checkPassword(
  deps: Pick<AuthDeps, 'db' | 'clock'>,
  soort: LegacyAccount['soort'],
  input: z.infer<z.ZodObject<{ gebruikersnaam: z.ZodString; wachtwoord: z.ZodString }>>,
  wie: Wie = { auth: null },
): Promise<CheckResult> {
  const found = await findByGebruikersnaam(deps.db, input.gebruikersnaam)
  const account =
    found &&
    found.soort === soort &&
    (!wie.bestuursnummer || found.bestuursnummer === wie.bestuursnummer)
      ? found
      : null
  if (!account) {
    // The same work as for a real account: the answer does not tell whether a name exists.
    await verifyPassword(input.wachtwoord, null)
    return { ok: false, status: 401, body: WRONG }
  }
  const realNow = new Date()
  const slot = await reserveAttempt(deps.db, account.id, realNow)
  if (!slot.ok) return { ok: false, status: 423, body: lockedError(slot.lockedUntil) }
  if (await verifyPassword(input.wachtwoord, account.passwordHash)) return { ok: true, account }
  const { lockedUntil } = await recordFailure(deps.db, account.id, realNow)
  await auditFailure(deps, account, wie, 'onjuist-wachtwoord', lockedUntil)
  return lockedUntil
    ? { ok: false, status: 423, body: lockedError(lockedUntil) }
    : { ok: false, status: 401, body: WRONG }
}
