import { validateSectionMeta, type SectionMeta } from '@duo/portal-sdk/contract'
import type { SectionSource } from '../config'
import type { Logger } from '@duo/server-kit'

export interface SectionListEntry {
  id: SectionSource['id']
  manifestUrl: string
  meta: SectionMeta | null
}

interface Cached {
  meta: SectionMeta | null
  fetchedAt: number
}

/**
 * The section list: each configured section with the `section.json` its build published
 * beside `mf-manifest.json`. Read over HTTP with a short timeout and cached, so a section that
 * is down or slow never slows the list; the last good description is kept while it is down.
 */
export function createSectionRegistry(
  sources: SectionSource[],
  options: { logger: Logger; fetch?: typeof fetch; timeoutMs?: number; ttlMs?: number },
) {
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 2000
  const ttlMs = options.ttlMs ?? 30_000
  const cache = new Map<string, Cached>()

  async function read(source: SectionSource): Promise<SectionMeta | null> {
    const url = new URL('section.json', source.manifestUrl)
    try {
      const res = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs) })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const body: unknown = await res.json()
      const problems = validateSectionMeta(body)
      if ((body as SectionMeta).id !== source.id)
        problems.push(`id ${(body as SectionMeta).id} hoort niet bij ${source.id}`)
      if (problems.length) throw new Error(problems.join('; '))
      return body as SectionMeta
    } catch (error) {
      options.logger.warn(
        { section: source.id, url: url.href, err: String(error) },
        'section.json niet gelezen',
      )
      return null
    }
  }

  async function refresh(source: SectionSource): Promise<void> {
    const meta = await read(source)
    const previous = cache.get(source.id)
    cache.set(source.id, { meta: meta ?? previous?.meta ?? null, fetchedAt: Date.now() })
  }

  /** The list, refreshing stale entries; never waits longer than the fetch timeout. */
  async function list(): Promise<SectionListEntry[]> {
    const stale = sources.filter((s) => {
      const c = cache.get(s.id)
      return !c || Date.now() - c.fetchedAt > ttlMs || !c.meta
    })
    await Promise.all(stale.map(refresh))
    return sources.map((s) => ({
      id: s.id,
      manifestUrl: s.manifestUrl,
      meta: cache.get(s.id)?.meta ?? null,
    }))
  }

  return { list, refreshAll: () => Promise.all(sources.map(refresh)) }
}

export type SectionRegistry = ReturnType<typeof createSectionRegistry>
