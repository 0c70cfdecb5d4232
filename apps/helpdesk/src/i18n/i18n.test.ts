import { describe, expect, it } from 'vitest'
import { sleutels, type Boom } from '@duo/section-kit/testing'
import { permissionIds } from '@duo/authz'
import nl from './nl.json'
import en from './en.json'

// The section's own sources as text (Vite reads them; no Node in browser code).
const bronnen = import.meta.glob<string>(['../**/*.{vue,ts}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('the helpdesk’s messages', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(sleutels(en).sort()).toEqual(sleutels(nl).sort())
    const leeg = [nl, en].flatMap((m) =>
      sleutels(m).filter((k) => !k.split('.').reduce<unknown>((b, d) => (b as Boom)[d], m)),
    )
    expect(leeg).toEqual([])
  })

  it('has every key the pages name literally', () => {
    // A key, or a group of keys (read with tm(), or completed at run time).
    const bekend = new Set(
      sleutels(nl).flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
    )
    const rechten = new Set<string>(permissionIds)
    const genoemd = Object.values(bronnen).flatMap((tekst) =>
      [...tekst.matchAll(/'(helpdesk\.[\w.-]+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !rechten.has(k))
        .map((k) => k.slice('helpdesk.'.length)),
    )
    expect(genoemd.length).toBeGreaterThan(20)
    expect(genoemd.filter((k) => !bekend.has(k))).toEqual([])
  })
})
