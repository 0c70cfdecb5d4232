/**
 * The same attacks on every route of a section, as an outside tester would try them: an
 * oversized body, a malformed body, an unknown id and another bestuur's id. A section's test
 * calls it once; the answer lists what went wrong (empty when every route holds).
 *
 * @example
 * const problemen = await probeerAanvallen(t, {
 *   sectie: 'helpdesk',
 *   als: 'beheerder-po',
 *   vreemdeIds: { id: meldingVanBestuurB },
 * })
 * expect(problemen).toEqual([])
 */
import { isApiFoutBody } from '@duo/portal-sdk/errors'
import type { TestApp } from './test-app'

export interface AanvalOpties {
  sectie: string
  /** The persona (or cookie) that attacks: someone of bestuur A with the section's roles. */
  als: string
  /** Ids of another bestuur's objects, by route parameter name (`id`, `aanvraagId`, …). */
  vreemdeIds?: Record<string, string>
  /** Routes to leave out, as `METHOD /path` (e.g. a machine API with its own authentication). */
  overslaan?: string[]
}

const ONBEKEND = '00000000-0000-4000-8000-000000000000'
const SCHRIJVEN = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type Route = { method: string; path: string }

function routesVan(t: TestApp, sectie: string): Route[] {
  const app = t.app as unknown as { routes?: Route[] }
  const prefix = `/api/${sectie}/`
  const seen = new Set<string>()
  return (app.routes ?? []).filter((r) => {
    const key = `${r.method} ${r.path}`
    if (r.method === 'ALL' || !r.path.startsWith(prefix) || r.path.includes('*') || seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

const vul = (path: string, ids: Record<string, string>) =>
  path.replace(/:(\w+)(\{[^}]*\})?/g, (_, naam: string) =>
    encodeURIComponent(ids[naam] ?? ONBEKEND),
  )

export async function probeerAanvallen(t: TestApp, opties: AanvalOpties): Promise<string[]> {
  const problemen: string[] = []
  const routes = routesVan(t, opties.sectie).filter(
    (r) => !opties.overslaan?.includes(`${r.method} ${r.path}`),
  )
  if (routes.length === 0) return [`geen routes gevonden onder /api/${opties.sectie}/`]
  const cookie = opties.als.includes('=') ? opties.als : await t.loginAs(opties.als)

  const foutVorm = async (res: Response, wat: string) => {
    const body = await res.json().catch(() => null)
    if (!isApiFoutBody(body)) problemen.push(`${wat}: antwoord ${res.status} zonder de foutvorm`)
    return body
  }

  for (const r of routes) {
    const naam = `${r.method} ${r.path}`
    const pad = vul(r.path, {})
    if (SCHRIJVEN.has(r.method)) {
      const groot = JSON.stringify({ tekst: 'x'.repeat(300 * 1024) })
      const res = await t.request(r.method, pad, {
        as: cookie,
        body: groot,
        headers: { 'Content-Type': 'application/json' },
      })
      if (res.status < 400 || res.status >= 500)
        problemen.push(`${naam} te grote body: ${res.status}`)
      else await foutVorm(res, `${naam} te grote body`)
      const kapot = await t.request(r.method, pad, {
        as: cookie,
        body: '{"a":',
        headers: { 'Content-Type': 'application/json' },
      })
      if (kapot.status < 400 || kapot.status >= 500)
        problemen.push(`${naam} kapotte JSON: ${kapot.status}`)
      else await foutVorm(kapot, `${naam} kapotte JSON`)
    }
    if (!r.path.includes(':')) continue
    const onbekend = await t.request(r.method, pad, {
      as: cookie,
      json: SCHRIJVEN.has(r.method) ? {} : undefined,
    })
    if (onbekend.status < 400 || onbekend.status >= 500)
      problemen.push(`${naam} onbekend id: ${onbekend.status}`)
    const onbekendBody =
      onbekend.status >= 400 && onbekend.status < 500
        ? await foutVorm(onbekend, `${naam} onbekend id`)
        : null
    const vreemd = opties.vreemdeIds ?? {}
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]!)
    if (!params.some((p) => vreemd[p])) continue
    // Another bestuur's object answers exactly like one that does not exist (a write too).
    const res = await t.request(r.method, vul(r.path, vreemd), {
      as: cookie,
      json: SCHRIJVEN.has(r.method) ? {} : undefined,
    })
    const body = await res.json().catch(() => null)
    if (res.status !== onbekend.status || JSON.stringify(body) !== JSON.stringify(onbekendBody))
      problemen.push(
        `${naam} vreemd id: ${res.status} ${JSON.stringify(body)} (onbekend: ${onbekend.status})`,
      )
  }
  return problemen
}
