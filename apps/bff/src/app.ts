import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { HTTPException } from 'hono/http-exception'
import type { Kysely } from 'kysely'
import type { Config } from './config'
import type { Database } from './db/schema'
import type { Clock } from './platform/clock'
import type { Logger } from './platform/logger'
import type { SectionRegistry } from './platform/section-registry'
import type { AppEnv } from './http/env'
import { requireCsrfHeader } from './http/csrf'
import { apiError, ApiProblem } from './http/errors'
import { requestLog } from './http/request-log'
import { portalSecurityHeaders } from './http/security-headers'
import { serveShell } from './http/static-shell'
import type { AuthConfig } from './auth/config'
import type { Audience, OidcClient } from './auth/oidc'
import { loadSession } from './auth/middleware'
import { authRoutes, type AuthDeps } from './auth/routes'
import { legacyRoutes } from './auth/legacy'
import { meRoutes } from './auth/me'
import { beheerRoutes, helpdeskRoutes, type SectionDeps } from './sections'

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: Config
  clock: Clock
  logger: Logger
  sections: SectionRegistry
  db: Kysely<Database>
  auth: AuthConfig
  oidc: Record<Audience, OidcClient | null>
  dataDir: string
}

/** The JSON API under /api. Chained, so its type drives the typed RPC client (`AppType`). */
export function buildApi(deps: AppDeps) {
  const authDeps: AuthDeps = { ...deps, publicUrl: deps.config.publicUrl }
  const sectionDeps: SectionDeps = {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    dataDir: deps.dataDir,
  }
  return new Hono<AppEnv>()
    .use(requireCsrfHeader())
    .get('/health', (c) => c.json({ status: 'ok' as const, now: deps.clock.now().toISOString() }))
    .get('/sections', async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ sections: await deps.sections.list(), now: deps.clock.fixed })
    })
    .route('/', meRoutes(deps.db))
    .route('/', legacyRoutes(authDeps))
    .route('/helpdesk', helpdeskRoutes(sectionDeps))
    .route('/beheer', beheerRoutes(sectionDeps))
}

export type AppType = ReturnType<typeof buildApi>

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const sectionOrigins = deps.config.sections.map((s) => new URL(s.manifestUrl).origin)
  const brokerOrigins = [deps.auth.issuer, deps.auth.internIssuer]
    .filter((u): u is string => !!u)
    .map((u) => new URL(u).origin)
  app.use(requestId())
  app.use(requestLog(deps.logger))
  app.use(portalSecurityHeaders(sectionOrigins, brokerOrigins))
  app.use('/api/*', loadSession(deps))
  app.route('/api', buildApi(deps))
  app.all('/api/*', (c) =>
    c.json(
      apiError('niet-gevonden', 'Dit adres bestaat niet.', 'This address does not exist.'),
      404,
    ),
  )
  app.route('/auth', authRoutes({ ...deps, publicUrl: deps.config.publicUrl }))
  app.onError((err, c) => {
    if (err instanceof ApiProblem) return c.json(err.body, err.status)
    // hono's own 4xx (csrf, body limit) keep their status; never turn them into 500.
    if (err instanceof HTTPException) return err.getResponse()
    deps.logger.error({ err, path: c.req.path }, 'onverwachte fout')
    return c.json(
      apiError(
        'interne-fout',
        'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        'Something went wrong on our side. Please try again later.',
      ),
      500,
    )
  })
  if (deps.config.shellDist) serveShell(app as unknown as Hono, deps.config.shellDist)
  return app
}
