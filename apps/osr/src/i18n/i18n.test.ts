import { describe, expect, it } from 'vitest'
import { sleutels, type Boom } from '@duo/section-kit/testing'
import { permissionIds } from '@duo/authz'
import nl from './nl.json'
import en from './en.json'

const waarde = (boom: Boom, key: string) =>
  key.split('.').reduce<unknown>((b, d) => (b as Boom)[d], boom) as string
// The section's own sources as text (Vite reads them; no Node in browser code).
const bronnen = import.meta.glob<string>(['../**/*.{vue,ts}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('the OSR’s messages', () => {
  it('has the same keys in Dutch and English, none empty, none untranslated', () => {
    expect(sleutels(en).sort()).toEqual(sleutels(nl).sort())
    const leeg = [nl, en].flatMap((m) => sleutels(m).filter((k) => !waarde(m, k)))
    expect(leeg).toEqual([])
    // Long texts that read the same in both languages were forgotten, not translated.
    const gelijk = sleutels(nl).filter(
      (k) => waarde(nl, k).length > 25 && waarde(nl, k) === waarde(en, k),
    )
    expect(gelijk).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const namen = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const anders = sleutels(nl).filter(
      (k) => JSON.stringify(namen(waarde(nl, k))) !== JSON.stringify(namen(waarde(en, k))),
    )
    expect(anders).toEqual([])
  })

  it('has every key the pages name, literally or per value of a list', () => {
    const bekend = new Set(
      sleutels(nl).flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
    )
    const rechten = new Set<string>(permissionIds)
    const genoemd = Object.values(bronnen).flatMap((tekst) =>
      [...tekst.matchAll(/'(osr\.[\w.-]+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !rechten.has(k))
        .map((k) => k.slice('osr.'.length)),
    )
    expect(genoemd.length).toBeGreaterThan(100)
    expect(genoemd.filter((k) => !bekend.has(k))).toEqual([])
    const lijsten = {
      dienst: ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso'],
      dienstUitleg: ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso'],
      gebeurtenis: ['gegeven', 'gekopieerd', 'einddatum-gewijzigd', 'ingetrokken'],
      'status.mandaat': ['actief', 'toekomstig', 'beeindigd', 'ingetrokken'],
      'status.aanvraag': ['ingediend', 'getekend', 'afgewezen'],
      'status.systeem': ['aangemeld', 'goedgekeurd', 'afgewezen'],
      waarschuwing: ['ontbreekt', 'ontbreekt-tot', 'loopt-af'],
    }
    for (const [groep, waarden] of Object.entries(lijsten))
      for (const w of waarden) expect(bekend.has(`${groep}.${w}`), `${groep}.${w}`).toBe(true)
  })
})
