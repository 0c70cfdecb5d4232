import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORPUS } from '../generator/corpus'
import { fixtures } from '../generator/fixtures'
import { taxonomies, valideer } from '../node/test-support'
import { SUBSET_ENTRYPOINT } from '../subset/namen'
import { REGELS } from './catalogue'

const map = new URL('../../fixtures/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', map), 'utf8')) as {
  ongeldig: Array<{ regel: string; bestand: string; bestandsnaam?: string; limieten?: object }>
  geldig: Array<{ bestand: string; bestuursnummer: string; verslagjaar: number }>
}
const lees = (bestand: string) => new Uint8Array(readFileSync(new URL(bestand, map)))

describe('the fixture corpus', () => {
  it('is exactly what the generator writes (run `pnpm fixtures` after changing it)', () => {
    for (const f of fixtures().bestanden) expect(lees(f.pad), f.pad).toEqual(f.bytes)
  })

  it('holds an invalid instance for every rule of the catalogue and every assertion of the taxonomy', async () => {
    const load = await (await taxonomies()).get(SUBSET_ENTRYPOINT)
    if (!load.ok) throw new Error(load.nl)
    const regels = new Set(manifest.ongeldig.map((o) => o.regel))
    // A taxonomy check this validator cannot run needs another taxonomy: see taxonomy.test.ts.
    const elders = new Set(['OCW-FORMULA-UNSUPPORTED'])
    for (const id of Object.keys(REGELS)) if (!elders.has(id)) expect(regels, id).toContain(id)
    for (const a of load.taxonomy.assertions) expect(regels, a.id).toContain(a.id)
    expect(CORPUS.length).toBe(manifest.ongeldig.length)
  })
})

describe.each(manifest.geldig)('the valid instance $bestand', (g) => {
  it('validates without a single error or warning', async () => {
    const r = await valideer(lees(g.bestand), {
      bestuursnummer: g.bestuursnummer,
      verslagjaar: g.verslagjaar,
    })
    expect(r.bevindingen).toEqual([])
    expect(r).toMatchObject({ valid: true, aborted: false, errors: 0, warnings: 0 })
  })
})

describe.each(manifest.ongeldig)('rule $regel', (o) => {
  it(`is broken by ${o.bestand}, with a finding in Dutch and English`, async () => {
    const r = await valideer(lees(o.bestand), {
      ...(o.bestandsnaam ? { fileName: o.bestandsnaam } : {}),
      ...(o.limieten ? { limits: o.limieten } : {}),
    })
    expect(r.perRule[o.regel], JSON.stringify(r.perRule)).toBeGreaterThan(0)
    const b = r.bevindingen.find((x) => x.ruleId === o.regel)!
    expect(b.nl.length).toBeGreaterThan(10)
    expect(b.en.length).toBeGreaterThan(10)
    expect(b.nl).not.toMatch(/\{\w+\}/)
    expect(b.en).not.toMatch(/\{\w+\}/)
    if (b.severity === 'error') expect(r.valid).toBe(false)
  })

  it('is not broken by the valid instance of bestuur A', async () => {
    const r = await valideer(lees(manifest.geldig[0]!.bestand))
    expect(r.perRule[o.regel]).toBeUndefined()
  })
})

describe('the README', () => {
  it('names every rule of the catalogue and every assertion of the taxonomy', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const load = await (await taxonomies()).get(SUBSET_ENTRYPOINT)
    if (!load.ok) throw new Error(load.nl)
    const ea = load.taxonomy.assertions.filter((a) => a.kind === 'existence').length
    for (const id of Object.keys(REGELS)) expect(readme, id).toContain(`\`${id}\``)
    for (const a of load.taxonomy.assertions.filter((x) => x.kind === 'value'))
      expect(readme, a.id).toContain(`\`${a.id}\``)
    expect(readme).toContain(`\`OCW-EA-001\` … \`OCW-EA-${String(ea).padStart(3, '0')}\``)
  })
})
