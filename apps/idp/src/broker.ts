/**
 * eHerkenning test broker: an OpenID Connect provider (oidc-provider) that plays a
 * Herkenningsmakelaar for demos and tests. Standard OIDC only (authorization code + PKCE
 * S256, client_secret_basic, RP-initiated logout), so a real broker can replace it by
 * configuration alone. Never run it in production.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, {
  errors,
  interactionPolicy,
  type ClientMetadata,
  type Configuration,
  type JWK,
  type KoaContextWithOIDC,
} from 'oidc-provider'
import {
  defaultClients,
  defaultMachineClients,
  OSR_RESOURCE,
  type BrokerClient,
  type BrokerOptions,
} from './config.ts'
import {
  contentSecurityPolicy,
  errorPage,
  loggedOutPage,
  loginPage,
  logoutPage,
  LOGOUT_SCRIPT,
  scriptHash,
} from './html.ts'
import { createMemoryAdapterFactory } from './memory-adapter.ts'
import {
  ACR_VALUES,
  CLAIM,
  claimsFor,
  EHERKENNING_SCOPE,
  findPersona,
  LOA_ACR,
  PERSONAS,
  type Persona,
} from './personas.ts'

export type { BrokerClient, BrokerOptions } from './config.ts'

export interface Broker {
  /** The oidc-provider instance (a Koa app). */
  provider: Provider
  /** The Node HTTP server serving the provider and the login pages. */
  server: http.Server
  /** Request handler, to mount the broker in another server instead. */
  handler: http.RequestListener
  issuer: string
  clients: BrokerClient[]
  demoMode: boolean
  /** Starts listening on `options.port` (default 8090); resolves with the bound port. */
  listen(): Promise<number>
  /** Stops the server and drops open connections. */
  close(): Promise<void>
}

/** Generates one RS256 signing key (private JWK). */
export function generateSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = privateKey.export({ format: 'jwk' }) as JWK
  return { ...jwk, kid: `idp-${randomUUID()}`, alg: 'RS256', use: 'sig' }
}

/** Is this persona meant for this client (staff for the internal client, school boards for the portal)? */
export function personaAllowedFor(persona: Persona, client: BrokerClient | undefined): boolean {
  if (!client) return false
  return client.audience === 'intern'
    ? persona.kind === 'medewerker'
    : persona.kind === 'eherkenning'
}

function sendHtml(res: http.ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Security-Policy', contentSecurityPolicy())
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.end(html)
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 16 * 1024) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/**
 * Creates the broker (not yet listening). The issuer must be the URL clients use; with a
 * random port use `startBroker`, which binds first and derives the issuer from the port.
 */
export function createBroker(options: BrokerOptions & { server?: http.Server } = {}): Broker {
  const port = options.port ?? 8090
  const issuer = options.issuer ?? `http://localhost:${port}`
  const clients = options.clients ?? defaultClients()
  const demoMode = options.demoMode ?? true
  const personas = PERSONAS
  const clientById = new Map(clients.map((c) => [c.clientId, c]))
  const machineClients = options.machineClients ?? defaultMachineClients()
  const machineById = new Map(machineClients.map((c) => [c.clientId, c]))
  const osrResource = options.osrResource ?? OSR_RESOURCE

  const hintedPersona = (ctx: KoaContextWithOIDC): Persona | undefined => {
    const hint = ctx.oidc.params?.login_hint
    return demoMode && typeof hint === 'string' ? findPersona(hint, personas) : undefined
  }

  // Login prompt: besides the defaults, ask again when (demo mode) login_hint names another
  // persona than the session's, or when the session persona does not fit this client.
  const policy = interactionPolicy.base()
  const loginPrompt = policy.get('login')
  if (!loginPrompt) throw new Error('oidc-provider policy has no login prompt')
  loginPrompt.checks.add(
    new interactionPolicy.Check(
      'persona_switch',
      'login_hint names another persona than the one logged in',
      'login_required',
      (ctx) => {
        const accountId = ctx.oidc.session?.accountId
        const persona = hintedPersona(ctx)
        const client = clientById.get(ctx.oidc.client?.clientId ?? '')
        if (!accountId || !persona || !personaAllowedFor(persona, client)) {
          return interactionPolicy.Check.NO_NEED_TO_PROMPT
        }
        return persona.id !== accountId
          ? interactionPolicy.Check.REQUEST_PROMPT
          : interactionPolicy.Check.NO_NEED_TO_PROMPT
      },
    ),
  )
  loginPrompt.checks.add(
    new interactionPolicy.Check(
      'persona_not_for_client',
      'the logged-in persona may not use this client',
      'login_required',
      (ctx) => {
        const accountId = ctx.oidc.session?.accountId
        if (!accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT
        const persona = findPersona(accountId, personas)
        const client = clientById.get(ctx.oidc.client?.clientId ?? '')
        return persona && personaAllowedFor(persona, client)
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT
      },
    ),
  )

  const configuration: Configuration = {
    adapter: createMemoryAdapterFactory(),
    clients: [
      ...clients.map((c): ClientMetadata => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        client_name: c.clientName,
        redirect_uris: c.redirectUris,
        post_logout_redirect_uris: c.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      })),
      // Machines (diensten, suppliers): client credentials only, never a person's login.
      ...machineClients.map((m): ClientMetadata => ({
        client_id: m.clientId,
        client_secret: m.clientSecret,
        client_name: m.clientName,
        redirect_uris: [],
        grant_types: ['client_credentials'],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_basic',
        scope: m.scope,
      })),
    ],
    jwks: options.jwks ?? { keys: [generateSigningKey()] },
    cookies: {
      keys: options.cookieKeys?.length
        ? options.cookieKeys
        : [randomBytes(32).toString('base64url')],
    },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      [EHERKENNING_SCOPE]: [
        'name',
        CLAIM.legalSubjectId,
        CLAIM.actingSubjectId,
        CLAIM.vestigingsnr,
        CLAIM.serviceId,
        CLAIM.intermediateKvk,
        CLAIM.duoMedewerker,
        CLAIM.duoRol,
        // oidc-provider puts `acr` in the ID token only when it is requested (acr_values or
        // the claims parameter); listing it here releases it whenever this scope is granted.
        'acr',
      ],
    },
    // The OSR's machine scopes are listed too: client metadata may only name known scopes.
    scopes: [
      'openid',
      'profile',
      EHERKENNING_SCOPE,
      ...new Set(machineClients.flatMap((m) => m.scope.split(' '))),
    ],
    // Put the scope-requested claims in the ID token too (not only in userinfo).
    conformIdTokenClaims: false,
    acrValues: ACR_VALUES,
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Access tokens for the OSR are JWTs (RFC 9068) for its resource indicator, so the
      // register checks them itself against this broker's JWKS.
      resourceIndicators: {
        enabled: true,
        async defaultResource(ctx, client, oneOf) {
          if (oneOf) return oneOf
          return client && machineById.has(client.clientId) ? osrResource : undefined
        },
        async useGrantedResource() {
          return false
        },
        async getResourceServerInfo(_ctx, resourceIndicator, client) {
          const machine = machineById.get(client.clientId)
          if (resourceIndicator !== osrResource || !machine) throw new errors.InvalidTarget()
          return {
            scope: machine.scope,
            audience: osrResource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 5 * 60,
            jwt: { sign: { alg: 'RS256' } },
          }
        },
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.set(
            'Content-Security-Policy',
            contentSecurityPolicy(`'${scriptHash(LOGOUT_SCRIPT)}'`),
          )
          ctx.set('Cache-Control', 'no-store')
          ctx.type = 'html'
          ctx.body = logoutPage(form)
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html'
          ctx.body = loggedOutPage(ctx.oidc.client?.clientName)
        },
      },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, sub) {
      const persona = findPersona(sub, personas)
      if (!persona) return undefined
      return {
        accountId: persona.id,
        async claims() {
          return { sub: persona.id, ...claimsFor(persona) }
        },
      }
    },
    // First-party clients only: no consent screen. Grant the requested OIDC scopes and claims.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx
      const clientId = oidc.client?.clientId
      const accountId = oidc.session?.accountId
      if (!clientId || !accountId || !clientById.has(clientId)) return undefined
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined
      if (grant && (grant.accountId !== accountId || grant.clientId !== clientId)) grant = undefined
      grant ??= new oidc.provider.Grant({ clientId, accountId })
      grant.addOIDCScope(oidc.requestParamOIDCScopes)
      if (oidc.requestParamClaims.size) grant.addOIDCClaims(oidc.requestParamClaims)
      await grant.save()
      return grant
    },
    async renderError(ctx, out) {
      ctx.type = 'html'
      ctx.set('Content-Security-Policy', contentSecurityPolicy())
      ctx.body = errorPage({
        title: 'Er ging iets mis',
        message:
          'De testmakelaar kan dit verzoek niet afhandelen. Ga terug naar de dienst en probeer het opnieuw.',
        details: { fout: out.error, omschrijving: out.error_description },
      })
    },
    ttl: {
      AccessToken: 60 * 60,
      // Machine tokens of the OSR live five minutes: a dienst asks for a new one.
      ClientCredentials: 5 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  }

  const provider = new Provider(issuer, configuration)
  if (options.trustProxy) provider.proxy = true

  // A restrictive CSP on every provider response; oidc-provider adds the hash of its own
  // inline auto-submit scripts to script-src.
  provider.use(async (ctx, next) => {
    ctx.set('Content-Security-Policy', contentSecurityPolicy("'self'"))
    ctx.set('X-Content-Type-Options', 'nosniff')
    await next()
  })

  provider.on('server_error', (_ctx: unknown, err: Error) => {
    console.error('[idp] server_error', err)
  })

  const providerCallback = provider.callback()

  async function finishLogin(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    persona: Persona,
  ) {
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: persona.id, acr: LOA_ACR[persona.loa] } },
      { mergeWithLastSubmission: false },
    )
  }

  async function handleInteraction(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
  ) {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/.exec(pathname)
    if (!match) {
      sendHtml(
        res,
        404,
        errorPage({ title: 'Niet gevonden', message: 'Deze pagina bestaat niet.' }),
      )
      return
    }
    const [, uid, action] = match
    const method = req.method ?? 'GET'
    if ((action && method !== 'POST') || (!action && method !== 'GET' && method !== 'HEAD')) {
      res.setHeader('Allow', action ? 'POST' : 'GET')
      sendHtml(
        res,
        405,
        errorPage({
          title: 'Methode niet toegestaan',
          message: 'Deze methode is hier niet toegestaan.',
        }),
      )
      return
    }

    let details: Awaited<ReturnType<Provider['interactionDetails']>>
    try {
      details = await provider.interactionDetails(req, res)
      if (details.uid !== uid) throw new Error('interaction uid mismatch')
    } catch {
      sendHtml(
        res,
        400,
        errorPage({
          title: 'Inlogverzoek verlopen',
          message:
            'Dit inlogverzoek is verlopen of onbekend. Ga terug naar de dienst en log opnieuw in.',
        }),
      )
      return
    }

    const clientId = String(details.params.client_id ?? '')
    const client = clientById.get(clientId)
    const allowedPersonas = personas.filter((p) => personaAllowedFor(p, client))
    const renderPicker = (status: number, notice?: string) =>
      sendHtml(
        res,
        status,
        loginPage({
          uid: details.uid,
          clientId,
          clientName: client?.clientName ?? clientId,
          personas: allowedPersonas,
          ...(notice ? { notice } : {}),
        }),
      )

    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Inloggen afgebroken door de gebruiker' },
        { mergeWithLastSubmission: false },
      )
      return
    }

    if (details.prompt.name === 'consent') {
      // Not expected (loadExistingGrant grants), but never show a consent screen.
      const accountId = details.session?.accountId
      const promptDetails = details.prompt.details as {
        missingOIDCScope?: string[]
        missingOIDCClaims?: string[]
        missingResourceScopes?: Record<string, string[]>
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ clientId, ...(accountId ? { accountId } : {}) })
      if (!grant) throw new Error('grant not found')
      if (promptDetails.missingOIDCScope) grant.addOIDCScope(promptDetails.missingOIDCScope)
      if (promptDetails.missingOIDCClaims) grant.addOIDCClaims(promptDetails.missingOIDCClaims)
      for (const [indicator, scopes] of Object.entries(promptDetails.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes)
      }
      const grantId = await grant.save()
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      )
      return
    }

    if (details.prompt.name !== 'login') {
      sendHtml(
        res,
        400,
        errorPage({
          title: 'Onbekende stap',
          message: `Onbekende interactie: ${details.prompt.name}`,
        }),
      )
      return
    }

    if (action === 'login') {
      const form = await readForm(req)
      const persona = findPersona(form.get('persona') ?? undefined, allowedPersonas)
      if (!persona) {
        renderPicker(400, 'Kies een van de testpersonen hieronder.')
        return
      }
      await finishLogin(req, res, persona)
      return
    }

    // GET: log in by hint (demo mode only) or show the picker.
    const hint = details.params.login_hint
    if (typeof hint === 'string' && hint !== '') {
      if (!demoMode) {
        renderPicker(
          200,
          'De login_hint wordt genegeerd: de demomodus staat uit. Kies een testpersoon.',
        )
        return
      }
      const persona = findPersona(hint, allowedPersonas)
      if (persona) {
        await finishLogin(req, res, persona)
        return
      }
      renderPicker(200, `Onbekende testpersoon voor deze dienst: "${hint}". Kies een testpersoon.`)
      return
    }
    renderPicker(200)
  }

  const handler: http.RequestListener = (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://broker.invalid').pathname
    if (pathname === '/interaction' || pathname.startsWith('/interaction/')) {
      handleInteraction(req, res, pathname).catch((err: unknown) => {
        console.error('[idp] interaction error', err)
        if (!res.headersSent) {
          sendHtml(
            res,
            500,
            errorPage({ title: 'Er ging iets mis', message: 'Interne fout in de testmakelaar.' }),
          )
        } else {
          res.end()
        }
      })
      return
    }
    if (pathname === '/healthz') {
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Cache-Control', 'no-store')
      res.end(JSON.stringify({ status: 'ok', issuer, demoMode }))
      return
    }
    void providerCallback(req, res)
  }

  const server = options.server ?? http.createServer()
  server.on('request', handler)

  return {
    provider,
    server,
    handler,
    issuer,
    clients,
    demoMode,
    listen() {
      if (server.listening) return Promise.resolve((server.address() as AddressInfo).port)
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        const onListening = () => {
          server.off('error', reject)
          resolve((server.address() as AddressInfo).port)
        }
        if (options.host) server.listen(port, options.host, onListening)
        else server.listen(port, onListening)
      })
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) {
          resolve()
          return
        }
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}

/**
 * Binds first (port 0 = random, the default here), then creates the broker with the issuer
 * `http://localhost:<bound port>` unless `options.issuer` is given. For tests and e2e harnesses.
 */
export async function startBroker(options: BrokerOptions = {}): Promise<Broker & { port: number }> {
  const server = http.createServer()
  const wanted = options.port ?? 0
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    const done = () => {
      server.off('error', reject)
      resolve()
    }
    if (options.host) server.listen(wanted, options.host, done)
    else server.listen(wanted, done)
  })
  const port = (server.address() as AddressInfo).port
  const broker = createBroker({
    ...options,
    port,
    server,
    issuer: options.issuer ?? `http://localhost:${port}`,
  })
  return { ...broker, port }
}
