import { describe, expect, it } from 'vitest'
import { sleutels, type Boom } from '@duo/section-kit/testing'
import { permissionIds } from '@duo/authz'
import nl from './nl.json'
import en from './en.json'

const waarde = (m: Boom, k: string) =>
  k.split('.').reduce<unknown>((b, d) => (b as Boom)[d], m) as string
// The section's own sources as text (Vite reads them; no Node in browser code).
const bronnen = import.meta.glob<string>(['../**/*.{vue,ts}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('ROD’s messages', () => {
  it('has the same keys in Dutch and English, none empty, with the same placeholders', () => {
    expect(sleutels(en).sort()).toEqual(sleutels(nl).sort())
    const leeg = [nl, en].flatMap((m) => sleutels(m).filter((k) => !waarde(m, k)))
    expect(leeg).toEqual([])
    const namen = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const anders = sleutels(nl).filter(
      (k) => JSON.stringify(namen(waarde(nl, k))) !== JSON.stringify(namen(waarde(en, k))),
    )
    expect(anders).toEqual([])
  })

  it('uses no character vue-i18n would read as syntax (@ and | )', () => {
    const fout = [nl, en].flatMap((m) => sleutels(m).filter((k) => /[@|]/.test(waarde(m, k))))
    expect(fout).toEqual([])
  })

  it('has every key the pages name literally', () => {
    const bekend = new Set(
      sleutels(nl).flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
    )
    const rechten = new Set<string>(permissionIds)
    const genoemd = Object.values(bronnen).flatMap((tekst) =>
      [...tekst.matchAll(/'(rod\.[\w.-]+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !rechten.has(k))
        .map((k) => k.slice('rod.'.length)),
    )
    expect(genoemd.length).toBeGreaterThan(100)
    expect(genoemd.filter((k) => !bekend.has(k))).toEqual([])
  })

  it('keeps official Dutch terms in English, with a gloss', () => {
    expect(en.kwaliteitscontrole.titel).toBe('Kwaliteitscontrolebestand (quality control file)')
    expect(en.dossier.titel).toContain('Leerlingdossier')
    expect(en.mutatie.titel).toContain('Handmatige mutatie')
  })
})
