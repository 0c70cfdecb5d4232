import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { HTTPException } from 'hono/http-exception'
import type { Config } from './config'
import type { Clock } from './platform/clock'
import type { Logger } from './platform/logger'
import type { SectionRegistry } from './platform/section-registry'
import { requireCsrfHeader } from './http/csrf'
import { apiError, ApiProblem } from './http/errors'
import { requestLog } from './http/request-log'
import { portalSecurityHeaders } from './http/security-headers'
import { serveShell } from './http/static-shell'

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: Config
  clock: Clock
  logger: Logger
  sections: SectionRegistry
}

/** The JSON API under /api. Chained, so its type drives the typed RPC client (`AppType`). */
export function buildApi(deps: AppDeps) {
  return new Hono()
    .use(requireCsrfHeader())
    .get('/health', (c) => c.json({ status: 'ok' as const, now: deps.clock.now().toISOString() }))
    .get('/sections', async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ sections: await deps.sections.list(), now: deps.clock.fixed })
    })
}

export type AppType = ReturnType<typeof buildApi>

export function createApp(deps: AppDeps): Hono {
  const app = new Hono()
  const sectionOrigins = deps.config.sections.map((s) => new URL(s.manifestUrl).origin)
  app.use(requestId())
  app.use(requestLog(deps.logger))
  app.use(portalSecurityHeaders(sectionOrigins))
  app.route('/api', buildApi(deps))
  app.all('/api/*', (c) => c.json(apiError('niet-gevonden', 'Dit adres bestaat niet.', 'This address does not exist.'), 404))
  app.onError((err, c) => {
    if (err instanceof ApiProblem) return c.json(err.body, err.status)
    // hono's own 4xx (csrf, body limit) keep their status; never turn them into 500.
    if (err instanceof HTTPException) return err.getResponse()
    deps.logger.error({ err, path: c.req.path }, 'onverwachte fout')
    return c.json(apiError('interne-fout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', 'Something went wrong on our side. Please try again later.'), 500)
  })
  if (deps.config.shellDist) serveShell(app, deps.config.shellDist)
  return app
}
