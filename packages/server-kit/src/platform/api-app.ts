/**
 * The API part of the portal, shared by the BFF and the in-process test portal: session on
 * every `/api` request, the CSRF header on writes, the platform's own routes (`extend`), the
 * sections under `/api/<id>`, one 404 and one error shape for everything else.
 */
import type { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Logger } from '../logger'
import { requireCsrfHeader } from '../http/csrf'
import type { AppEnv } from '../http/env'
import { ApiProblem, apiFout } from '../http/errors'
import { bodyLimiet, teGrootAntwoord } from '../http/limits'
import { loadSession, type SessionTimeouts } from './auth/session'
import type { ComposedSections, PlatformDeps } from './compose'

export function installApi(
  app: Hono<AppEnv>,
  deps: PlatformDeps & { timeouts: SessionTimeouts },
  composed: ComposedSections,
  api: Hono<AppEnv>,
  extend: (api: Hono<AppEnv>) => void = () => {},
): void {
  app.use(
    '/api/*',
    loadSession({ db: deps.db, clock: deps.clock, auth: deps.timeouts, cache: composed.authCache }),
  )
  app.use('/api/*', standaardBodyLimit())
  app.use('/api/*', async (c, next) => {
    await next()
    // Answers of the API hold personal data: never cached, unless a route says otherwise.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store')
  })
  api.use(requireCsrfHeader())
  extend(api)
  composed.mount(api)
  app.route('/api', api)
  app.all('/api/*', (c) =>
    c.json(
      apiFout('niet-gevonden', 'Dit adres bestaat niet.', 'This address does not exist.'),
      404,
    ),
  )
  app.onError(platformErrorHandler(deps.logger))
}

/** A JSON or form body larger than this is refused before it is read (413). */
const MAX_JSON_BYTES = 100 * 1024
/** Uploads (multipart, raw files) at most this large; each upload route sets its own, smaller limit. */
const MAX_UPLOAD_BYTES = 256 * 1024 * 1024

/**
 * Every body is bounded: small for JSON and forms, large only for multipart and raw uploads,
 * whose routes set their own, tighter `uploadLimit` after authorising the person.
 */
function standaardBodyLimit() {
  const json = bodyLimiet(MAX_JSON_BYTES)
  const upload = bodyLimiet(MAX_UPLOAD_BYTES)
  return async (
    c: Parameters<Parameters<Hono<AppEnv>['use']>[1]>[0],
    next: () => Promise<void>,
  ) => {
    const type = c.req.header('content-type') ?? ''
    const isUpload =
      /^(multipart\/form-data|application\/octet-stream|application\/xml|text\/xml)/i.test(type)
    return (isUpload ? upload : json)(c, next)
  }
}

/** What Hono's own 4xx (a malformed JSON body, a body limit) mean, in the API's error shape. */
function hono4xx(err: HTTPException) {
  if (err.status === 400 && /json/i.test(err.message))
    return apiFout(
      'ongeldige-json',
      'De gegevens zijn geen geldige JSON.',
      'The data is not valid JSON.',
    )
  if (err.status === 413)
    return apiFout('te-groot', 'Het verzoek is te groot.', 'The request is too large.')
  return apiFout(
    `http-${err.status}`,
    'Dit verzoek kon niet worden verwerkt.',
    'This request could not be processed.',
  )
}

/** One error shape for every answer: our own problems, Hono's 4xx, and a 500 for the rest. */
export function platformErrorHandler(logger: Logger) {
  return (err: Error, c: Parameters<Parameters<Hono<AppEnv>['onError']>[0]>[1]) => {
    if (err instanceof ApiProblem) return c.json(err.body, err.status)
    const teGroot = c.get('bodyTeGroot' as never) as number | undefined
    if (teGroot) return teGrootAntwoord(c, teGroot)
    if (err.name === 'TeDrukFout') {
      c.header('Retry-After', '2')
      return c.json(
        apiFout(
          'te-druk',
          'Het is op dit moment erg druk. Probeer het over een paar seconden opnieuw.',
          'It is very busy right now. Please try again in a few seconds.',
        ),
        503,
      )
    }
    if (err instanceof HTTPException && err.status < 500) {
      const res = err.res
      // A response a middleware built itself (e.g. with its own headers) is kept as it is.
      if (res && res.headers.get('content-type')?.includes('json')) return res
      return c.json(hono4xx(err), err.status as ContentfulStatusCode)
    }
    logger.error({ err, path: c.req.path }, 'onverwachte fout')
    return c.json(
      apiFout(
        'interne-fout',
        'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        'Something went wrong on our side. Please try again later.',
      ),
      500,
    )
  }
}
