import { describe, expect, it } from 'vitest'
import { defineSectionConfig, sectionJson } from './vite'
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
