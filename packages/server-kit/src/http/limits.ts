/**
 * Bounded request bodies that are never buffered: a declared size over the limit is refused at
 * once (413); a streamed body is counted as it is read and cut off at the limit. Nothing is
 * read before the route's own checks (authorisation first), and a 100 MB upload streams to
 * disk without sitting in memory (Hono's `bodyLimit` buffers a streamed body whole).
 */
import type { Context, MiddlewareHandler } from 'hono'
import { apiFout } from './errors'

/** Thrown while reading a streamed body that passed its limit; answered with 413. */
export class TeGrootFout extends Error {
  constructor(readonly maxBytes: number) {
    super(`Body groter dan ${maxBytes} bytes`)
    this.name = 'TeGrootFout'
  }
}

const omvang = (bytes: number) => {
  const kb = Math.round(bytes / 1024)
  return kb >= 1024 ? `${Math.round((kb / 1024) * 10) / 10} MB` : `${kb} kB`
}

/** The 413 answer for a limit. */
export const teGrootAntwoord = (c: Context, maxBytes: number) =>
  c.json(
    apiFout(
      'te-groot',
      `De gegevens zijn te groot (hoogstens ${omvang(maxBytes)}).`,
      `The data is too large (at most ${omvang(maxBytes)}).`,
    ),
    413,
  )

/**
 * Limits a body to `maxBytes`, without reading it.
 * @example
 * .post('/upload', requireLogin(), mayUpload, bodyLimiet(100 * 1024 * 1024), handler)
 */
export function bodyLimiet(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    // A request without Content-Length or Transfer-Encoding has no body (RFC 9112 §6.3). Asking
    // the headers first spares a GET the cost of turning the node request into a full Request.
    if (c.req.header('content-length') === undefined && !c.req.header('transfer-encoding'))
      return next()
    const raw = c.req.raw
    if (!raw.body) return next()
    const declared = raw.headers.get('content-length')
    if (declared !== null && !raw.headers.has('transfer-encoding')) {
      // The HTTP server reads no more than Content-Length: a truthful header is enough.
      if (!/^\d+$/.test(declared) || Number(declared) > maxBytes)
        return teGrootAntwoord(c, maxBytes)
      return next()
    }
    let size = 0
    const counted = raw.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength
          if (size <= maxBytes) return controller.enqueue(chunk)
          // A parser may turn the stream's error into its own ("malformed JSON"): the error
          // handler looks here to answer 413 all the same.
          c.set('bodyTeGroot' as never, maxBytes as never)
          controller.error(new TeGrootFout(maxBytes))
        },
      }),
    )
    c.req.raw = new Request(raw, { body: counted, duplex: 'half' } as RequestInit)
    await next()
  }
}

/** The bytes of uploads one person may have arriving at once, per instance (`uploadLimit`). */
const UPLOAD_BYTES_TEGELIJK = 128 * 1024 * 1024

/** Bytes of uploads arriving now, per person: a form body is held in memory while parsed. */
const bezig = new Map<string, number>()

/**
 * Limits a route's upload; larger bodies are refused with 413 before they are read into memory.
 * A multipart form is parsed in memory, so what one person has arriving at once on this
 * instance is bounded too (`UPLOAD_BYTES_TEGELIJK`, by declared length; a body without one
 * counts as `maxBytes`): 429 beyond. Memory is per instance, so the count is too. Put it after
 * the route's authorisation check and before the validator.
 * @example
 * .post('/bezwaar', requireLogin(), magIndienen, uploadLimit(10 * 1024 * 1024), valideer('form', schema), handler)
 */
export function uploadLimit(
  maxBytes: number,
  { tegelijk = UPLOAD_BYTES_TEGELIJK }: { tegelijk?: number } = {},
): MiddlewareHandler {
  const limiet = bodyLimiet(maxBytes)
  return async (c, next) => {
    const persoon = (c.get('auth' as never) as { persoon?: { id?: string } } | null)?.persoon?.id
    const declared = c.req.header('content-length')
    const omvang = declared && /^\d+$/.test(declared) ? Number(declared) : maxBytes
    // Over its own limit: refused with 413 without taking a place.
    if (!persoon || omvang > maxBytes) return limiet(c, next)
    const al = bezig.get(persoon) ?? 0
    if (al > 0 && al + omvang > tegelijk) {
      c.header('Retry-After', '5')
      return c.json(
        apiFout(
          'te-veel-tegelijk',
          'U verstuurt al veel bestanden tegelijk. Wacht tot die binnen zijn en probeer het dan opnieuw.',
          'You are already sending many files at once. Wait until they have arrived, then try again.',
        ),
        429,
      )
    }
    bezig.set(persoon, al + omvang)
    try {
      return await limiet(c, next)
    } finally {
      const over = (bezig.get(persoon) ?? omvang) - omvang
      if (over > 0) bezig.set(persoon, over)
      else bezig.delete(persoon)
    }
  }
}

/** The default limit of a JSON body: 100 kB holds any form of the portal. */
export const jsonLimit = (maxBytes = 100 * 1024) => bodyLimiet(maxBytes)
