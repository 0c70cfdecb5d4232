import { Hono, type Context } from 'hono'
import { veiligTerugpad } from '@duo/portal-sdk/contract'
import { csrf } from 'hono/csrf'
import type { Kysely } from 'kysely'
import type { Database } from '@duo/server-kit/platform'
import type { Clock, Logger, AppEnv } from '@duo/server-kit'
import {
  getBestuurByKvk,
  findDuoMedewerker,
  findOrCreateByEherkenning,
  createSession,
  deleteSession,
  getSession,
  type SessieMethode,
  appendAudit,
  clearSessionCookie,
  readSessionCookie,
  writeSessionCookie,
  grantsVersion,
  sessionGrants,
} from '@duo/server-kit/platform'
import { readPendingLogin, writePendingLogin } from './login-cookie'
import {
  randomCodeVerifier,
  randomNonce,
  randomState,
  type Audience,
  type OidcClient,
} from './oidc'
import type { AuthConfig } from './config'
import { offersHelpdeskLink } from './account-link'
import { credentialLimits } from './limits'

export interface AuthDeps {
  db: Kysely<Database>
  clock: Clock
  logger: Logger
  auth: AuthConfig
  publicUrl: string
  oidc: Record<Audience, OidcClient | null>
}

const KNOWN_DIENSTEN = new Set(['mijn-duo', 'mijn-helpdesk-po'])

/** Starts a session: always a fresh id (any old session of this browser ends first). */
export async function startSession(
  c: Context,
  deps: Pick<AuthDeps, 'db' | 'auth' | 'clock'>,
  input: {
    persoonId: string
    methode: SessieMethode
    actsForKvk: string | null
    intermediairKvk: string | null
    machtigingen: string[]
    niveau: string | null
    idToken: string | null
  },
): Promise<string> {
  const old = readSessionCookie(c)
  if (old) await deleteSession(deps.db, old)
  const realNow = new Date()
  const bestuur = input.actsForKvk ? await getBestuurByKvk(deps.db, input.actsForKvk) : null
  const grants = await sessionGrants(
    deps.db,
    input.persoonId,
    input.methode,
    bestuur?.bestuursnummer ?? null,
    deps.clock.now(),
  )
  const { rawId, session } = await createSession(
    deps.db,
    {
      ...input,
      absoluteExpiresAt: new Date(realNow.getTime() + deps.auth.absoluteSeconds * 1000),
      rechtenVersie: grantsVersion(grants),
    },
    realNow,
  )
  writeSessionCookie(c, rawId, deps.auth.absoluteSeconds)
  return session.ref
}

export function authRoutes(deps: AuthDeps) {
  const app = new Hono<AppEnv>()
  // Login and logout are plain browser navigations and form posts: Origin-checked.
  app.use(csrf({ origin: new URL(deps.publicUrl).origin }))
  const { oidc: oidcLimit } = credentialLimits(deps.db)
  app.use('/login', oidcLimit)
  app.use('/intern/login', oidcLimit)
  app.use('/callback', oidcLimit)

  const start = (audience: Audience) => async (c: Context<AppEnv>) => {
    const client = deps.oidc[audience]
    if (!client) return c.redirect('/inloggen?fout=niet-ingesteld', 303)
    const pending = {
      audience,
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomCodeVerifier(),
      returnTo: veiligTerugpad(c.req.query('terug')),
    }
    let url: URL
    try {
      url = await client.authorizationUrl({
        redirectUri: `${deps.publicUrl}/auth/callback`,
        ...pending,
        // Persona by hint: demo and tests only; a real broker ignores or refuses it.
        loginHint: deps.auth.demo ? c.req.query('login_hint') : undefined,
      })
    } catch {
      return c.redirect('/inloggen?fout=makelaar-onbereikbaar', 303)
    }
    await writePendingLogin(c, deps.auth.cookieSecret, pending)
    return c.redirect(url.href, 302)
  }
  app.get('/login', start('portaal'))
  app.get('/intern/login', start('intern'))

  app.get('/callback', async (c) => {
    const pending = await readPendingLogin(c, deps.auth.cookieSecret)
    if (!pending) return c.redirect('/inloggen?fout=verlopen', 303)
    if (c.req.query('error')) return c.redirect('/inloggen?fout=geannuleerd', 303)
    const client = deps.oidc[pending.audience]
    if (!client) return c.redirect('/inloggen?fout=niet-ingesteld', 303)
    const url = new URL(c.req.url)
    const current = new URL(`${url.pathname}${url.search}`, deps.publicUrl)
    let result: Awaited<ReturnType<OidcClient['callback']>>
    try {
      result = await client.callback(current, pending)
    } catch (error) {
      deps.logger.warn({ err: String(error) }, 'OIDC-callback geweigerd')
      return c.redirect('/inloggen?fout=mislukt', 303)
    }
    const { claims, idToken } = result
    const now = deps.clock.now()

    if (pending.audience === 'intern') {
      const staff = claims.duoRol ? await findDuoMedewerker(deps.db, claims.sub) : null
      if (!staff) return c.redirect('/inloggen?fout=geen-medewerker', 303)
      const ref = await startSession(c, deps, {
        persoonId: staff.persoon.id,
        methode: 'duo',
        actsForKvk: null,
        intermediairKvk: null,
        machtigingen: [],
        niveau: null,
        idToken,
      })
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.login.gelukt',
          actorPersoonId: staff.persoon.id,
          actorOmschrijving: `${staff.persoon.naam} (DUO)`,
          sessieRef: ref,
          details: { methode: 'duo', rol: staff.rol },
        },
        now,
      )
      return c.redirect(pending.returnTo, 303)
    }

    if (!claims.legalSubjectKvk || !claims.actingSubjectId)
      return c.redirect('/inloggen?fout=mislukt', 303)
    // An unknown, missing or too low level of assurance (loa1) never logs anyone in.
    if (!claims.niveau) {
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.login.mislukt',
          actorOmschrijving: `eHerkenning ${claims.legalSubjectKvk}`,
          details: { reden: 'niveau-onbekend', acr: claims.acr ?? null },
        },
        now,
      )
      return c.redirect('/inloggen?fout=niveau', 303)
    }
    const diensten = claims.diensten.filter((d) => KNOWN_DIENSTEN.has(d))
    if (diensten.length === 0) {
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.login.mislukt',
          actorOmschrijving: `eHerkenning ${claims.legalSubjectKvk}`,
          details: { reden: 'geen-machtiging' },
        },
        now,
      )
      return c.redirect('/hulp/geen-machtiging', 303)
    }
    const bestuur = await getBestuurByKvk(deps.db, claims.legalSubjectKvk)
    if (!bestuur)
      return c.redirect('/hulp/inloggen?fout=onbekende-organisatie#onbekende-organisatie', 303)
    const { persoon, isNew } = await findOrCreateByEherkenning(
      deps.db,
      {
        kvk: claims.legalSubjectKvk,
        actingSubjectId: claims.actingSubjectId,
        intermediairKvk: claims.intermediairKvk,
        naam: claims.naam,
      },
      now,
    )
    const ref = await startSession(c, deps, {
      persoonId: persoon.id,
      methode: 'eherkenning',
      actsForKvk: claims.legalSubjectKvk,
      intermediairKvk: claims.intermediairKvk,
      machtigingen: diensten,
      niveau: claims.niveau,
      idToken,
    })
    await appendAudit(
      deps.db,
      {
        actie: 'portaal.login.gelukt',
        actorPersoonId: persoon.id,
        actorOmschrijving: claims.intermediairKvk
          ? `${persoon.naam} (via ${claims.intermediairKvk})`
          : persoon.naam,
        sessieRef: ref,
        bestuursnummer: bestuur.bestuursnummer,
        details: {
          methode: 'eherkenning',
          niveau: claims.niveau,
          diensten,
          intermediair: claims.intermediairKvk,
        },
      },
      now,
    )
    // "Logt u voor de 1e keer in met eHerkenning? Gebruik dan na het inloggen eenmalig uw
    // gebruikersnaam en wachtwoord": offer the link on a first helpdesk login.
    if (
      isNew &&
      diensten.includes('mijn-helpdesk-po') &&
      (await offersHelpdeskLink(deps.db, bestuur.bestuursnummer))
    ) {
      return c.redirect(`/account/koppelen?terug=${encodeURIComponent(pending.returnTo)}`, 303)
    }
    return c.redirect(pending.returnTo, 303)
  })

  app.post('/logout', async (c) => {
    const raw = readSessionCookie(c)
    const session = raw ? await getSession(deps.db, raw) : null
    if (raw) await deleteSession(deps.db, raw)
    clearSessionCookie(c)
    if (session) {
      await appendAudit(
        deps.db,
        {
          actie: 'portaal.sessie.uitgelogd',
          actorPersoonId: session.persoonId,
          actorOmschrijving: 'uitgelogd',
          sessieRef: session.ref,
        },
        deps.clock.now(),
      )
    }
    const client =
      session?.methode === 'duo'
        ? deps.oidc.intern
        : session?.methode === 'eherkenning'
          ? deps.oidc.portaal
          : null
    if (client && session) {
      try {
        const url = await client.endSessionUrl(session.idToken, `${deps.publicUrl}/`)
        if (url) return c.redirect(url.href, 303)
      } catch (error) {
        deps.logger.warn({ err: String(error) }, 'uitloggen bij de makelaar mislukt')
      }
    }
    return c.redirect('/', 303)
  })
  return app
}
