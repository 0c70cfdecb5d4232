import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { AppEnv, Clock, Logger } from '@duo/server-kit'
import { installApi, type ComposedSections, type PlatformDeps } from '@duo/server-kit/platform'
import type { Config } from './config'
import type { SectionRegistry } from './platform/section-registry'
import { requestLog } from './http/request-log'
import { clientAddress } from './http/client-address'
import { portalSecurityHeaders } from './http/security-headers'
import { serveShell } from './http/static-shell'
import type { AuthConfig } from './auth/config'
import type { Audience, OidcClient } from './auth/oidc'
import { authRoutes } from './auth/routes'
import { legacyRoutes } from './auth/legacy'
import { meRoutes } from './auth/me'
import { sessieRoutes } from './auth/sessie'
import { compressApi } from './http/compression'
import { eenKlikRoutes, portaalRoutes, type PortaalDeps } from './portaal'

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps extends PlatformDeps {
  config: Config
  clock: Clock
  logger: Logger
  sections: SectionRegistry
  composed: ComposedSections
  auth: AuthConfig
  oidc: Record<Audience, OidcClient | null>
}

const portaalDeps = (deps: AppDeps): PortaalDeps => ({ ...deps, publicUrl: deps.config.publicUrl })

/**
 * The platform's own routes under /api: health, the section list (with each section's
 * maintenance window, so the shell loads none of its code while it lasts), who am I, old
 * logins, and the portal's features around the sections (`/api/portaal`).
 */
function platformRoutes(deps: AppDeps) {
  const authDeps = { ...deps, publicUrl: deps.config.publicUrl }
  const timeouts = {
    idleSeconds: deps.auth.idleSeconds,
    absoluteSeconds: deps.auth.absoluteSeconds,
  }
  return (api: Hono<AppEnv>) =>
    api
      .get('/health', (c) => c.json({ status: 'ok' as const, now: deps.clock.now().toISOString() }))
      .get('/sections', async (c) => {
        c.header('Cache-Control', 'no-store')
        const [sections, onderhoud] = await Promise.all([
          deps.sections.list(),
          deps.composed.onderhoud.actief(),
        ])
        return c.json({
          sections: sections.map((s) => ({ ...s, onderhoud: onderhoud.get(s.id) ?? null })),
          now: deps.clock.fixed,
        })
      })
      .route('/', meRoutes(deps.db, timeouts))
      .route('/', sessieRoutes(deps.db, timeouts))
      .route('/', legacyRoutes(authDeps))
      .route('/portaal', portaalRoutes(portaalDeps(deps)))
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const sectionOrigins = deps.config.sections.map((s) => new URL(s.manifestUrl).origin)
  const brokerOrigins = [deps.auth.issuer, deps.auth.internIssuer]
    .filter((u): u is string => !!u)
    .map((u) => new URL(u).origin)
  app.use(requestId())
  app.use(clientAddress(deps.config.trustedProxies))
  app.use(requestLog(deps.logger))
  app.use(portalSecurityHeaders(sectionOrigins, brokerOrigins))
  app.use('/api/*', compressApi())
  installApi(
    app,
    {
      ...deps,
      timeouts: { idleSeconds: deps.auth.idleSeconds, absoluteSeconds: deps.auth.absoluteSeconds },
    },
    deps.composed,
    new Hono<AppEnv>(),
    platformRoutes(deps),
  )
  app.route('/auth', authRoutes({ ...deps, publicUrl: deps.config.publicUrl }))
  app.route('/', eenKlikRoutes(portaalDeps(deps)))
  if (deps.config.shellDist) serveShell(app as unknown as Hono, deps.config.shellDist)
  return app
}
