import { ref } from 'vue'
import { defineStore } from 'pinia'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk'
import { SECTION_TIMEOUT_MS, useSectionsStore } from './sections'
import { addSectionRoutes } from '../router'

const loader = vi.hoisted(() => ({
  importSection: vi.fn(),
  registerSections: vi.fn(),
  checkSection: vi.fn(),
}))
vi.mock('#section-loader', () => loader)

const meta = (contractVersion = CONTRACT_VERSION): SectionMeta => ({
  id: 'rod',
  contractVersion,
  version: '1.0.0',
  title: { nl: 'ROD', en: 'ROD' },
  description: { nl: '', en: '' },
  dienst: 'mijn-duo',
  nav: [],
})
const Page = { template: '<p>pagina</p>' }
const definition = {
  meta: meta(),
  routes: [{ path: 'bestanden', name: 'rod-bestanden', component: Page }],
  messages: { nl: { titel: 'Bestanden' }, en: { titel: 'Files' } },
  runtime: { ref, defineStore, useRouter, useI18n },
}

function setup(entryMeta: SectionMeta | null = meta()) {
  setActivePinia(createPinia())
  const store = useSectionsStore()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: Page }],
  })
  const entries = [
    { id: 'rod' as const, manifestUrl: 'http://rod.test/v1/mf-manifest.json', meta: entryMeta },
  ]
  store.setEntries(entries)
  addSectionRoutes(router, entries)
  const messages: Array<[string, unknown]> = []
  const merge = (locale: string, m: Record<string, unknown>) => void messages.push([locale, m])
  return { store, router, merge, messages }
}

describe('loading a section', () => {
  beforeEach(() => {
    loader.importSection.mockReset()
    loader.checkSection.mockReset().mockResolvedValue(null)
  })

  it('installs its routes under /<id>/ and its messages under its id', async () => {
    loader.importSection.mockResolvedValue(definition)
    const { store, router, merge, messages } = setup()
    await store.load('rod', router, merge)
    expect(store.status.rod).toEqual({ state: 'loaded' })
    expect(router.resolve('/rod/bestanden').name).toBe('rod-bestanden')
    expect(messages).toEqual([
      ['nl', { rod: { titel: 'Bestanden' } }],
      ['en', { rod: { titel: 'Files' } }],
    ])
  })

  it('refuses an incompatible section on its section.json, without running its code', async () => {
    const { store, router, merge } = setup(meta('2.0'))
    await store.load('rod', router, merge)
    expect(store.status.rod).toMatchObject({ state: 'failed', reason: 'incompatibel' })
    expect(loader.importSection).not.toHaveBeenCalled()
  })

  it('refuses a section built against shared versions the shell does not provide, without running its code', async () => {
    const skew = {
      code: 'gedeelde-versie',
      nl: 'Deze sectie is gebouwd voor @duo/ui ^0.9.0; dit portaal biedt @duo/ui 1.1.0.',
      en: 'This section was built for @duo/ui ^0.9.0; this portal provides @duo/ui 1.1.0.',
    }
    loader.checkSection.mockResolvedValue(skew)
    const { store, router, merge } = setup()
    await store.load('rod', router, merge)
    expect(store.status.rod).toEqual({ state: 'failed', reason: 'incompatibel', detail: skew })
    expect(loader.importSection).not.toHaveBeenCalled()
  })

  it('shows a section whose manifest cannot be read as unreachable', async () => {
    loader.checkSection.mockRejectedValue(new Error('HTTP 404'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { store, router, merge } = setup()
    await store.load('rod', router, merge)
    expect(store.status.rod).toMatchObject({ state: 'failed', reason: 'onbereikbaar' })
    expect(loader.importSection).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('shows an unreachable section as failed, and loads it on a retry once it is back', async () => {
    loader.importSection
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValueOnce(definition)
    const { store, router, merge } = setup()
    await store.load('rod', router, merge)
    expect(store.status.rod).toMatchObject({ state: 'failed', reason: 'onbereikbaar' })
    await store.load('rod', router, merge)
    expect(store.status.rod).toEqual({ state: 'loaded' })
    expect(loader.importSection).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'rod' }),
      true,
    )
  })

  it('gives up on a section that does not answer in time', async () => {
    vi.useFakeTimers()
    loader.importSection.mockReturnValue(new Promise(() => {}))
    const { store, router, merge } = setup()
    const loading = store.load('rod', router, merge)
    expect(store.status.rod).toEqual({ state: 'loading' })
    await vi.advanceTimersByTimeAsync(SECTION_TIMEOUT_MS)
    await loading
    expect(store.status.rod).toMatchObject({ state: 'failed', reason: 'traag' })
    vi.useRealTimers()
  })
})
