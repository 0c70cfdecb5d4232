import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineSectionConfig, sectionJson } from './vite'
import { providedVersions, sectionShared } from './versions'
import type { SectionMeta } from '@duo/portal-sdk/contract'

const meta: SectionMeta = {
  id: 'osr',
  contractVersion: '1.0',
  version: '1.2.3',
  title: { nl: 'OSR', en: 'OSR' },
  description: { nl: 'Serviceregister', en: 'Service register' },
  dienst: 'mijn-duo',
  nav: [
    {
      path: 'mandaten',
      label: { nl: 'Mandaten', en: 'Mandates' },
      permission: 'osr.mandaat.wijzigen',
    },
  ],
}

function emit(m: SectionMeta) {
  const emitted: Array<{ fileName: string; source: string }> = []
  const plugin = sectionJson(m)
  const context = {
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message)
    },
  }
  ;(plugin.generateBundle as unknown as (this: typeof context) => void).call(context)
  return emitted
}

describe('the section build', () => {
  it('emits section.json from the same descriptor the code uses', () => {
    const [file] = emit(meta)
    expect(file?.fileName).toBe('section.json')
    expect(JSON.parse(file!.source)).toEqual(meta)
  })

  it('fails the build on an invalid descriptor', () => {
    expect(() => emit({ ...meta, title: { nl: 'OSR' } as never })).toThrow(
      /section.json van osr is ongeldig/,
    )
  })

  it('builds a remote with relative URLs that exposes ./section', () => {
    const build = defineSectionConfig(meta, { port: 8085 })({
      command: 'build',
      mode: 'production',
    })
    expect(build.base).toBe('./')
    const serve = defineSectionConfig(meta, { port: 8085 })({
      command: 'serve',
      mode: 'development',
    })
    expect(serve.server?.origin).toBe('http://localhost:8085')
  })
})

describe('the shared singletons a section declares', () => {
  it('asks for the caret range of the @duo/portal-sdk it was built with, and ships no singleton', () => {
    const shared = sectionShared(process.cwd())
    const version = (pkg: string) =>
      JSON.parse(readFileSync(join(process.cwd(), '..', pkg, 'package.json'), 'utf8')).version
    expect(shared['@duo/portal-sdk']).toMatchObject({
      requiredVersion: `^${version('portal-sdk')}`,
      import: false,
    })
    expect(shared.vue).toMatchObject({ requiredVersion: '^3.5.0', singleton: true, import: false })
    for (const share of Object.values(shared)) expect(share.import).toBe(false)
  })

  it('bundles @duo/ui instead of sharing it (stateless components, only the used ones)', () => {
    expect(Object.keys(sectionShared(process.cwd())).sort()).toEqual(
      ['@duo/portal-sdk', 'pinia', 'vue', 'vue-i18n', 'vue-router'].sort(),
    )
  })

  it('declares pinned versions for a fixture built "before a release", sharing @duo/ui as then', () => {
    const shared = sectionShared(process.cwd(), { '@duo/ui': '0.9.0' })
    expect(shared['@duo/ui']).toMatchObject({
      requiredVersion: '^0.9.0',
      version: '0.9.0',
      import: false,
    })
  })

  it('tells the shell which versions it provides', () => {
    const provided = providedVersions(process.cwd())
    expect(Object.keys(provided).sort()).toEqual(
      ['@duo/portal-sdk', '@duo/ui', 'pinia', 'vue', 'vue-i18n', 'vue-router'].sort(),
    )
    expect(provided.vue).toMatch(/^3\.5\.\d+$/)
  })
})
