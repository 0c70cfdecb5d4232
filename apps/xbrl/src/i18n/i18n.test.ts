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

describe('the XBRL section’s messages', () => {
  it('has the same keys in Dutch and English, none empty, with the same placeholders and plural forms', () => {
    expect(sleutels(en).sort()).toEqual(sleutels(nl).sort())
    for (const k of sleutels(nl)) {
      const [a, b] = [waarde(nl, k), waarde(en, k)]
      expect(a.length && b.length, k).toBeTruthy()
      const velden = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect([...new Set(velden(b))], k).toEqual([...new Set(velden(a))])
      expect(b.split('|').length, k).toBe(a.split('|').length)
    }
  })

  it('has every key the pages name literally', () => {
    const bekend = new Set(
      sleutels(nl).flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
    )
    const rechten = new Set<string>(permissionIds)
    const genoemd = Object.values(bronnen).flatMap((tekst) =>
      [...tekst.matchAll(/'(xbrl\.[\w.-]+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !rechten.has(k))
        .map((k) => k.slice('xbrl.'.length)),
    )
    expect(genoemd.length).toBeGreaterThan(60)
    expect(genoemd.filter((k) => !bekend.has(k))).toEqual([])
  })

  it('names every status and part the API can answer with', () => {
    for (const s of [
      'concept',
      'gevalideerd',
      'ingediend',
      'in-behandeling',
      'geaccepteerd',
      'afgekeurd',
    ])
      expect(nl.status).toHaveProperty(s)
    for (const o of [
      'bestand',
      'documentinformatie',
      'balans',
      'staat-van-baten-en-lasten',
      'kasstroomoverzicht',
      'kengetallen',
      'toelichting',
      'overig',
    ])
      expect(en.onderdeel).toHaveProperty(o)
  })
})
