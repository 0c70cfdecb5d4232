import { describe, expect, it } from 'vitest'
import { pino } from 'pino'
import { createSectionRegistry } from './section-registry'

const logger = pino({ level: 'silent' })
const meta = {
  id: 'rod',
  contractVersion: '1.0',
  version: '1.0.0',
  title: { nl: 'ROD', en: 'ROD' },
  description: { nl: '', en: '' },
  dienst: 'mijn-duo',
  nav: [],
}
const source = { id: 'rod' as const, manifestUrl: 'http://rod.test/v1.0.0/mf-manifest.json' }

describe('the section list', () => {
  it('reads section.json beside the manifest', async () => {
    const asked: string[] = []
    const registry = createSectionRegistry([source], {
      logger,
      fetch: async (url) => {
        asked.push(String(url))
        return new Response(JSON.stringify(meta))
      },
    })
    expect(await registry.list()).toEqual([{ ...source, meta }])
    expect(asked).toEqual(['http://rod.test/v1.0.0/section.json'])
  })

  it('lists a section whose server is down without its description, and keeps the last good one', async () => {
    let up = true
    const registry = createSectionRegistry([source], {
      logger,
      ttlMs: 0,
      fetch: async () => {
        if (!up) throw new TypeError('fetch failed')
        return new Response(JSON.stringify(meta))
      },
    })
    expect((await registry.list())[0]?.meta).toEqual(meta)
    up = false
    expect((await registry.list())[0]?.meta).toEqual(meta)
    const fresh = createSectionRegistry([source], {
      logger,
      fetch: async () => Promise.reject(new TypeError('down')),
    })
    expect(await fresh.list()).toEqual([{ ...source, meta: null }])
  })

  it('does not wait longer than its timeout for a section that hangs', async () => {
    const registry = createSectionRegistry([source], {
      logger,
      timeoutMs: 50,
      fetch: (_url, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    })
    const started = Date.now()
    expect((await registry.list())[0]?.meta).toBeNull()
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('refuses a section.json that is invalid or claims another id', async () => {
    const registry = createSectionRegistry([source], {
      logger,
      fetch: async () => new Response(JSON.stringify({ ...meta, id: 'rio' })),
    })
    expect((await registry.list())[0]?.meta).toBeNull()
  })
})
