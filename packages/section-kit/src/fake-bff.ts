/**
 * A fetch that answers like the BFF from a table of handlers, for component tests of a
 * section's pages, and remembers every call. Unknown paths answer 404 in the API's one error
 * shape; a handler may return a `Response` (e.g. `apiFout(409, …)`) or any JSON body.
 * @example
 * const bff = fakeBff({ 'GET /api/rod/dashboard': () => ({ scholen: [] }) })
 * const page = await mountSection(section, 'schoolleiding-12ab', { fetch: bff.fetch })
 * expect(bff.calls[0]?.query.get('schooljaar')).toBe('2022-2023')
 */
import type { ApiFoutBody } from '@duo/portal-sdk/errors'

export interface Call {
  method: string
  path: string
  query: URLSearchParams
  /** Parsed JSON, or the FormData / raw body as sent. */
  body: unknown
}

export function fakeBff(handlers: Record<string, (call: Call) => unknown>) {
  const calls: Call[] = []
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    )
    const method = (init.method ?? 'GET').toUpperCase()
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body
    const call = { method, path: url.pathname, query: url.searchParams, body }
    calls.push(call)
    const handler = handlers[`${method} ${url.pathname}`]
    if (!handler)
      return apiFoutAntwoord(404, { code: 'niet-gevonden', nl: 'Niet gevonden', en: 'Not found' })
    const result = await handler(call)
    if (result instanceof Response) return result
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  return { fetch, calls }
}

/** An error answer of the API, for a handler of `fakeBff`. */
export function apiFoutAntwoord(status: number, body: ApiFoutBody): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}
