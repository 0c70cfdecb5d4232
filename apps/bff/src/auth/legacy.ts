import { Hono, type Context } from 'hono'
import { z } from 'zod'
import * as OTPAuth from 'otpauth'
import type { AppEnv } from '@duo/server-kit'
import { apiFout, authOf, requireLogin, tekst, valideer } from '@duo/server-kit'
import {
  findByGebruikersnaam,
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
import { auditFailure, checkPassword, lockedError } from './credentials'
import { credentialLimits } from './limits'
import { legacyLoginRefusal, openLegacyLogins, REFUSAL_TEXT } from './login-rules'
import { startSession, type AuthDeps } from './routes'

const credentials = z.object({
  gebruikersnaam: z
    .string()
    .trim()
    .min(1, tekst('Vul uw gebruikersnaam in', 'Enter your username'))
    .max(100, tekst('De gebruikersnaam is te lang', 'The username is too long')),
  wachtwoord: z
    .string()
    .min(1, tekst('Vul uw wachtwoord in', 'Enter your password'))
    .max(200, tekst('Het wachtwoord is te lang', 'The password is too long')),
})
const tokenCredentials = credentials.extend({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, tekst('De tokencode bestaat uit 6 cijfers', 'The token code has 6 digits')),
})

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
  const limits = credentialLimits(deps.db)
  return new Hono<AppEnv>()
    .get('/login/opties', (c) =>
      c.json({ ...openLegacyLogins(deps.clock.now(), deps.auth.dates), demo: deps.auth.demo }),
    )
    .post(
      '/login/wachtwoord',
      limits.perAdres,
      valideer('json', credentials),
      limits.perAccount,
      async (c) => {
        const input = c.req.valid('json')
        if (!openLegacyLogins(deps.clock.now(), deps.auth.dates).helpdeskWachtwoord) {
          const t = REFUSAL_TEXT['helpdesk-wachtwoord-verlopen']
          return c.json(apiFout('helpdesk-wachtwoord-verlopen', t.nl, t.en), 403)
        }
        const checked = await checkPassword(deps, 'helpdesk-wachtwoord', input)
        if (!checked.ok) return c.json(checked.body, checked.status)
        await resetFailures(deps.db, checked.account.id)
        const refusal = legacyLoginRefusal(
          'helpdesk-wachtwoord',
          checked.account.createdAt,
          deps.clock.now(),
          deps.auth.dates,
        )
        if (refusal)
          return c.json(apiFout(refusal, REFUSAL_TEXT[refusal].nl, REFUSAL_TEXT[refusal].en), 403)
        return legacySession(c, deps, checked.account)
      },
    )
    .post(
      '/login/token',
      limits.perAdres,
      valideer('json', tokenCredentials),
      limits.perAccount,
      async (c) => {
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
          // The attempt claimed for the password counts as failed: codes cannot be guessed
          // without running into the same lockout.
          const { lockedUntil } = await recordFailure(deps.db, account.id, new Date())
          await auditFailure(deps, account, { auth: null }, 'onjuiste-code', lockedUntil)
          if (lockedUntil) return c.json(lockedError(lockedUntil), 423)
          return c.json(
            apiFout(
              'onjuiste-code',
              'De tokencode is onjuist of al gebruikt.',
              'The token code is incorrect or already used.',
            ),
            401,
          )
        }
        await resetFailures(deps.db, account.id)
        return legacySession(c, deps, account)
      },
    )
    .post(
      '/account/koppelen',
      requireLogin(),
      limits.perPersoon,
      valideer('json', credentials),
      limits.perAccount,
      async (c) => {
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
        // An old account becomes the person's own: an intermediary (ketenmachtiging) acts for the
        // bestuur within its mandate, and may not take over an employee's personal account.
        if (auth.session.intermediairKvk) {
          return c.json(
            apiFout(
              'geen-ketenmachtiging',
              'Een oud account koppelt u met uw eigen eHerkenningsmiddel van het bestuur, niet via een ketenmachtiging.',
              "You link an old account with the bestuur's own eHerkenning means, not through a chain authorisation (ketenmachtiging).",
            ),
            403,
          )
        }
        if (!auth.session.machtigingen.includes('mijn-helpdesk-po')) {
          return c.json(
            apiFout(
              'geen-machtiging',
              'Voor het koppelen van uw account voor Mijn Helpdesk po is de machtiging voor Mijn Helpdesk po nodig.',
              'Linking your Mijn Helpdesk po account needs the eHerkenning authorisation (machtiging) for Mijn Helpdesk po.',
            ),
            403,
          )
        }
        // Only accounts of the bestuur logged in for count: another bestuur's answer like unknown
        // names, and are never tried (so they cannot be locked from here).
        const checked = await checkPassword(deps, 'helpdesk-wachtwoord', c.req.valid('json'), {
          auth,
          bestuursnummer: auth.bestuur.bestuursnummer,
        })
        if (!checked.ok) return c.json(checked.body, checked.status)
        const { account } = checked
        await resetFailures(deps.db, account.id)
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
      },
    )
}
