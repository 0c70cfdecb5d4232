import { describe, expect, it } from 'vitest'
import { sleutels, type Boom } from '@duo/section-kit/testing'
import { permissionIds } from '@duo/authz'
import nl from './nl.json'
import en from './en.json'
import meta from '../section.meta'

const waarde = (boom: Boom, key: string) =>
  key.split('.').reduce<unknown>((b, d) => (b as Boom)?.[d], boom)
// The section's own sources as text (Vite reads them; no Node in browser code).
const bronnen = import.meta.glob<string>(['../**/*.{vue,ts}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('RIO’s messages', () => {
  it('has the same keys in Dutch and English, none empty, and English really translated', () => {
    expect(sleutels(en).sort()).toEqual(sleutels(nl).sort())
    const leeg = [nl, en].flatMap((m) => sleutels(m).filter((k) => !waarde(m, k)))
    expect(leeg).toEqual([])
    // Official Dutch terms stay, but a sentence is not left in Dutch.
    const zelfde = sleutels(nl).filter((k) => {
      const n = String(waarde(nl, k))
      return n === String(waarde(en, k)) && n.split(' ').length > 2
    })
    expect(zelfde).toEqual([])
  })

  it('has every key the pages name, literally or with a variable part', () => {
    const bekend = new Set(
      sleutels(nl).flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
    )
    const rechten = new Set<string>(permissionIds)
    const letterlijk = Object.values(bronnen).flatMap((tekst) =>
      [...tekst.matchAll(/'(rio\.[\w.-]+)'/g)].map((m) => m[1]!).filter((k) => !rechten.has(k)),
    )
    expect(letterlijk.length).toBeGreaterThan(80)
    expect(letterlijk.map((k) => k.slice(4)).filter((k) => !bekend.has(k))).toEqual([])
    // Keys completed at run time: every value their variable part can take.
    const soorten = [
      'onderwijsbestuur',
      'onderwijsaanbieder',
      'onderwijslocatie',
      'onderwijslocatiegebruik',
      'aangeboden-opleiding',
      'communicatiecontext',
    ]
    const vereist = [
      ...soorten.flatMap((s) => [`soort.${s}`, `ouder.${s}`, `wijzigen.nieuw.${s}`]),
      ...[
        'onderwijsaanbieder',
        'onderwijslocatie',
        'aangeboden-opleiding',
        'communicatiecontext',
      ].flatMap((s) => ['titel', 'intro', 'naam', 'nieuw'].map((d) => `lijst.${s}.${d}`)),
      ...['geldig', 'toekomstig', 'historisch'].map((s) => `status.${s}`),
      ...['registreer', 'wijzig', 'beeindig'].flatMap((m) => [
        `wijzigen.begindatum.${m}`,
        `wijzigen.${m}Uitleg`,
      ]),
      ...['wijzig', 'beeindig'].map((m) => `wijzigen.${m}Titel`),
      ...['wie', 'waar', 'wat', 'met-wie', 'controle'].map((s) => `stappenplan.stap.${s}`),
    ]
    expect(vereist.filter((k) => !waarde(nl as Boom, k))).toEqual([])
  })

  it('describes every page of the navigation in both languages', () => {
    for (const item of meta.nav) {
      expect(item.label.nl.length).toBeGreaterThan(3)
      expect(item.label.en.length).toBeGreaterThan(3)
      if (item.path) expect(item.description?.en).toBeTruthy()
    }
  })
})
