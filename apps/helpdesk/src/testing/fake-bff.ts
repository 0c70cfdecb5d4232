/** A fetch that answers like the BFF from a table of handlers, and remembers every call. */
export interface Call {
  method: string
  path: string
  query: URLSearchParams
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
      return new Response(
        JSON.stringify({ error: { code: 'niet-gevonden', nl: 'Niet gevonden', en: 'Not found' } }),
        { status: 404 },
      )
    const result = handler(call)
    if (result instanceof Response) return result
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  return { fetch, calls }
}

export const melding = (over: Record<string, unknown> = {}) => ({
  id: 'm-1',
  referentie: 'HD-2022-ABCDEF12',
  bestuursnummer: '41234',
  instellingscode: null,
  onderwerp: 'Leerling dubbel ingeschreven',
  categorie: 'rod',
  status: 'wacht-op-reactie',
  ingediendDoor: 'Anouk Jansen',
  legacyAccountId: null,
  createdAt: '2022-01-10T09:12:00.000Z',
  updatedAt: '2022-01-11T13:40:00.000Z',
  laatsteAntwoordHelpdeskAt: '2022-01-11T13:40:00.000Z',
  ongelezen: true,
  ...over,
})
