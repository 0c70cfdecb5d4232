import { Hono, type Context } from 'hono'
import { z } from 'zod'
import * as OTPAuth from 'otpauth'
import type { AppEnv } from '@duo/server-kit'
import { apiFout, authOf, requireLogin, valideer } from '@duo/server-kit'
import {
  verifyPassword,
  findByGebruikersnaam,
  isLocked,
  linkLegacyAccount,
  markTotpStepUsed,
  recordFailure,
  resetFailures,
  setEigenPersoon,
  type LegacyAccount,
  getBestuur,
  createPersoon,
  appendAudit,
} from '@duo/server-kit/platform'
import { legacyLoginRefusal, openLegacyLogins, REFUSAL_TEXT } from './login-rules'
import { startSession, type AuthDeps } from './routes'

const credentials = z.object({
  gebruikersnaam: z.string().trim().min(1, 'Vul uw gebruikersnaam in').max(100),
  wachtwoord: z.string().min(1, 'Vul uw wachtwoord in').max(200),
})
const tokenCredentials = credentials.extend({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'De tokencode bestaat uit 6 cijfers'),
})

const WRONG = apiFout(
  'onjuiste-gegevens',
  'De gebruikersnaam of het wachtwoord is onjuist.',
  'The username or password is incorrect.',
)
const lockedError = (account: LegacyAccount) =>
  apiFout(
    'geblokkeerd',
    `Dit account is na vijf mislukte pogingen tijdelijk geblokkeerd tot ${new Date(account.lockedUntil ?? 0).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })}.`,
    'This account is temporarily locked after five failed attempts.',
  )

/**
 * Checks username and password of an old account, with lockout after repeated failures. The
 * same work is done for unknown names, so timing does not reveal which accounts exist.
 */
async function checkPassword(
  deps: AuthDeps,
  soort: LegacyAccount['soort'],
  input: z.infer<typeof credentials>,
): Promise<
  | { ok: true; account: LegacyAccount }
  | { ok: false; status: 401 | 423; body: ReturnType<typeof apiFout> }
> {
  const account = await findByGebruikersnaam(deps.db, input.gebruikersnaam)
  if (!account || account.soort !== soort) {
    await verifyPassword(input.wachtwoord, null)
    return { ok: false, status: 401, body: WRONG }
  }
  const realNow = new Date()
  if (isLocked(account, realNow)) return { ok: false, status: 423, body: lockedError(account) }
  if (!(await verifyPassword(input.wachtwoord, account.passwordHash))) {
    const after = await recordFailure(deps.db, account.id, realNow)
    await appendAudit(
      deps.db,
      {
        actie: 'portaal.login.mislukt',
        actorOmschrijving: `oud account ${account.gebruikersnaam}`,
        bestuursnummer: account.bestuursnummer,
        details: { soort },
      },
      deps.clock.now(),
    )
    if (after && isLocked({ ...account, ...after }, realNow)) {
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.account.geblokkeerd',
          actorOmschrijving: `oud account ${account.gebruikersnaam}`,
          bestuursnummer: account.bestuursnummer,
        },
        deps.clock.now(),
      )
      return { ok: false, status: 423, body: lockedError({ ...account, ...after }) }
    }
    return { ok: false, status: 401, body: WRONG }
  }
  await resetFailures(deps.db, account.id)
  return { ok: true, account }
}

/** The person an old account signs in as: the linked eHerkenning person, or its own. */
async function personOf(deps: AuthDeps, account: LegacyAccount): Promise<string> {
  if (account.gekoppeldAanPersoonId) return account.gekoppeldAanPersoonId
  if (account.eigenPersoonId) return account.eigenPersoonId
  const persoon = await createPersoon(deps.db, { naam: account.naam }, deps.clock.now())
  await setEigenPersoon(deps.db, account.id, persoon.id)
  return (await findByGebruikersnaam(deps.db, account.gebruikersnaam))?.eigenPersoonId ?? persoon.id
}

async function legacySession(c: Context<AppEnv>, deps: AuthDeps, account: LegacyAccount) {
  const bestuur = await getBestuur(deps.db, account.bestuursnummer)
  const persoonId = await personOf(deps, account)
  const methode = account.soort
  const ref = await startSession(c, deps, {
    persoonId,
    methode,
    actsForKvk: bestuur?.kvk ?? null,
    intermediairKvk: null,
    machtigingen: [methode === 'helpdesk-wachtwoord' ? 'mijn-helpdesk-po' : 'mijn-duo'],
    niveau: null,
    idToken: null,
  })
  await appendAudit(
    deps.db,
    {
      actie: 'portaal.login.gelukt',
      actorPersoonId: persoonId,
      actorOmschrijving: account.naam,
      sessieRef: ref,
      bestuursnummer: account.bestuursnummer,
      details: { methode },
    },
    deps.clock.now(),
  )
  return c.json({ ok: true as const })
}

/** The old ways in (seed: until 1 April 2022 and "voorlopig"), and linking an old account. */
export function legacyRoutes(deps: AuthDeps) {
  return new Hono<AppEnv>()
    .get('/login/opties', (c) =>
      c.json({ ...openLegacyLogins(deps.clock.now(), deps.auth.dates), demo: deps.auth.demo }),
    )
    .post('/login/wachtwoord', valideer('json', credentials), async (c) => {
      const input = c.req.valid('json')
      if (!openLegacyLogins(deps.clock.now(), deps.auth.dates).helpdeskWachtwoord) {
        const t = REFUSAL_TEXT['helpdesk-wachtwoord-verlopen']
        return c.json(apiFout('helpdesk-wachtwoord-verlopen', t.nl, t.en), 403)
      }
      const checked = await checkPassword(deps, 'helpdesk-wachtwoord', input)
      if (!checked.ok) return c.json(checked.body, checked.status)
      const refusal = legacyLoginRefusal(
        'helpdesk-wachtwoord',
        checked.account.createdAt,
        deps.clock.now(),
        deps.auth.dates,
      )
      if (refusal)
        return c.json(apiFout(refusal, REFUSAL_TEXT[refusal].nl, REFUSAL_TEXT[refusal].en), 403)
      return legacySession(c, deps, checked.account)
    })
    .post('/login/token', valideer('json', tokenCredentials), async (c) => {
      const input = c.req.valid('json')
      if (!openLegacyLogins(deps.clock.now(), deps.auth.dates).token) {
        const t = REFUSAL_TEXT['token-verlopen']
        return c.json(apiFout('token-verlopen', t.nl, t.en), 403)
      }
      const checked = await checkPassword(deps, 'mijn-duo-token', input)
      if (!checked.ok) return c.json(checked.body, checked.status)
      const { account } = checked
      const refusal = legacyLoginRefusal(
        'mijn-duo-token',
        account.createdAt,
        deps.clock.now(),
        deps.auth.dates,
      )
      if (refusal)
        return c.json(apiFout(refusal, REFUSAL_TEXT[refusal].nl, REFUSAL_TEXT[refusal].en), 403)
      // The token shows codes on real time (RFC 6238), whatever DUO_NOW says.
      const totp = new OTPAuth.TOTP({
        secret: OTPAuth.Secret.fromBase32(account.totpSecret ?? ''),
        digits: 6,
        period: 30,
        algorithm: 'SHA1',
      })
      const timestamp = Date.now()
      const delta = account.totpSecret
        ? totp.validate({ token: input.code, timestamp, window: 1 })
        : null
      const step = Math.floor(timestamp / 30_000) + (delta ?? 0)
      if (delta === null || !(await markTotpStepUsed(deps.db, account.id, step))) {
        await recordFailure(deps.db, account.id, new Date())
        return c.json(
          apiFout(
            'onjuiste-code',
            'De tokencode is onjuist of al gebruikt.',
            'The token code is incorrect or already used.',
          ),
          401,
        )
      }
      return legacySession(c, deps, account)
    })
    .post('/account/koppelen', requireLogin(), valideer('json', credentials), async (c) => {
      const auth = authOf(c)
      if (auth.session.methode !== 'eherkenning' || !auth.bestuur) {
        return c.json(
          apiFout(
            'alleen-eherkenning',
            'Koppelen kan alleen na inloggen met eHerkenning.',
            'Linking is only possible after logging in with eHerkenning.',
          ),
          403,
        )
      }
      const checked = await checkPassword(deps, 'helpdesk-wachtwoord', c.req.valid('json'))
      if (!checked.ok) return c.json(checked.body, checked.status)
      const { account } = checked
      if (account.bestuursnummer !== auth.bestuur.bestuursnummer) {
        return c.json(
          apiFout(
            'ander-bestuur',
            'Dit account hoort bij een ander bestuur dan waarvoor u bent ingelogd.',
            'This account belongs to another board than the one you logged in for.',
          ),
          403,
        )
      }
      if (!(await linkLegacyAccount(deps.db, account.id, auth.persoon.id, deps.clock.now()))) {
        return c.json(
          apiFout(
            'al-gekoppeld',
            'Dit account is al gekoppeld aan eHerkenning.',
            'This account is already linked to eHerkenning.',
          ),
          409,
        )
      }
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.account.gekoppeld',
          actorPersoonId: auth.persoon.id,
          actorOmschrijving: auth.persoon.naam,
          sessieRef: auth.session.ref,
          bestuursnummer: account.bestuursnummer,
          details: { gebruikersnaam: account.gebruikersnaam },
        },
        deps.clock.now(),
      )
      return c.json({ ok: true as const, gebruikersnaam: account.gebruikersnaam })
    })
}
