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

describe('bekostiging’s messages', () => {
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
      [...tekst.matchAll(/'(bekostiging\.[\w.-]+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !rechten.has(k))
        .map((k) => k.slice('bekostiging.'.length)),
    )
    expect(genoemd.length).toBeGreaterThan(20)
    expect(genoemd.filter((k) => !bekend.has(k))).toEqual([])
  })
})

describe('labels made at run time', () => {
  const heeft = (pad: string) =>
    pad.split('.').reduce<unknown>((b, d) => (b as Boom | undefined)?.[d], nl) !== undefined
  it('has a label for every state, step, pupil field, kind of funding and filter value', async () => {
    const { ZAAK_STATUSSEN } = await import('../pages/shared/status')
    const { CATEGORIE } = await import('../../regels/categorieen')
    const sleutels = [
      ...['concept', 'nieuw', 'open', ...ZAAK_STATUSSEN].map((s) => `status.${s}`),
      ...[
        'ingediend',
        'in-behandeling',
        'besloten',
        'ingetrokken',
        'bezwaar-ingediend',
        'bezwaar-besloten',
      ].map((s) => `gebeurtenis.${s}`),
      ...Object.values(CATEGORIE).flatMap((c) => c.leerlingVelden.map((v) => `veld.${v}`)),
      ...[
        'regulier-personeel',
        'materiele-instandhouding',
        'groei',
        'bijzondere-bekostiging',
        'totaal',
      ].map((s) => `raadplegen.soort.${s}`),
      ...['aanvraag', 'bezwaar'].map((s) => `dossier.soort.${s}`),
      ...['vaststelling', 'beschikking'].map((s) => `dossier.bezwaarTegen.${s}`),
      ...['tot-30', '30-90', 'boven-90'].map((s) => `behandeling.leeftijd.${s}`),
    ]
    expect(sleutels.filter((k) => !heeft(k))).toEqual([])
  })
})
