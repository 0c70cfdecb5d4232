import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS_BASIS } from '../generator/fixtures'
import { genereerInstance } from '../generator/instance'
import { bundledTaxonomyPackage, taxonomyPackages } from '../node'
import { taxonomies, valideer } from '../node/test-support'
import { OCW_NS, ROLLEN, SUBSET_ENTRYPOINT } from '../subset/namen'
import { TaxonomyCache } from './dts'
import { herschrijf } from './catalog'

const ocw = (naam: string) => `{${OCW_NS}}${naam}`
const tijdelijk: string[] = []
afterAll(() => tijdelijk.forEach((m) => rmSync(m, { recursive: true, force: true })))

/** A copy of the bundled package with every file passed through `wijzig`. */
function kopie(wijzig: (pad: string, tekst: string) => string): string {
  const map = mkdtempSync(join(tmpdir(), 'duo-taxonomie-'))
  tijdelijk.push(map)
  cpSync(bundledTaxonomyPackage(), map, { recursive: true })
  const loop = (m: string): void =>
    readdirSync(m).forEach((n) => {
      const p = join(m, n)
      if (statSync(p).isDirectory()) return loop(p)
      writeFileSync(p, wijzig(p, readFileSync(p, 'utf8')))
    })
  loop(map)
  return map
}

describe('the bundled OCW subset, read from its XBRL files', () => {
  it('has the concepts with their types, period types, balance and labels in both languages', async () => {
    const load = await (await taxonomies()).get(SUBSET_ENTRYPOINT)
    if (!load.ok) throw new Error(load.nl)
    const t = load.taxonomy
    expect(t.concepts.get(ocw('TotaalActiva'))).toMatchObject({
      kind: 'monetary',
      numeric: true,
      periodType: 'instant',
      balance: 'debit',
      abstract: false,
      labels: { nl: 'Totaal activa', en: 'Total assets' },
    })
    expect(t.concepts.get(ocw('Continuiteitsparagraaf'))).toMatchObject({
      kind: 'string',
      formattedExplanation: true,
    })
    expect(t.concepts.get(ocw('Rentabiliteit'))).toMatchObject({
      kind: 'pure',
      periodType: 'duration',
    })
    expect(t.concepts.get(ocw('BalansTitel'))?.abstract).toBe(true)
    expect(t.documents.length).toBeGreaterThanOrEqual(8)
  })

  it('has the statements, the summations (totaal activa = 1.1 … 1.7) and the assertions', async () => {
    const load = await (await taxonomies()).get(SUBSET_ENTRYPOINT)
    if (!load.ok) throw new Error(load.nl)
    const t = load.taxonomy
    const balans = t.presentation.find((p) => p.role === ROLLEN.balans)!
    expect(balans.roots).toEqual([ocw('BalansTitel')])
    expect(balans.children.get(ocw('VlottendeActiva'))).toEqual(
      ['Voorraden', 'Vorderingen', 'Effecten', 'LiquideMiddelen'].map(ocw),
    )
    const activa = t.calculations.find((s) => s.total === ocw('TotaalActiva'))!
    expect(activa.items.map((i) => i.concept)).toHaveLength(7)
    expect(
      t.calculations
        .find((s) => s.total === ocw('Personeelslasten'))!
        .items.find((i) => i.concept === ocw('Uitkeringen'))?.weight,
    ).toBe(-1)
    const va2 = t.assertions.find((a) => a.id === 'OCW-VA-002')!
    expect(va2).toMatchObject({
      kind: 'value',
      severity: 'error',
      test: 'abs($begin + $mutatie - $eind) le 1',
    })
    expect(va2.variables.find((v) => v.name === 'begin')?.instantDuration).toEqual({
      variable: 'mutatie',
      boundary: 'start',
    })
    expect(va2.messages.nl).toMatch(/Liquide middelen aan het begin/)
    expect(t.assertions.filter((a) => a.kind === 'existence')).toHaveLength(16)
  })
})

describe('taxonomy packages', () => {
  it('can be replaced by another package without code changes (here: a later version)', async () => {
    const nieuw = kopie((_p, t) => t.replaceAll('20220216.duo', '20230215.duo'))
    const nt = join(nieuw, 'www.nltaxonomie.nl', 'nt16', 'ocw')
    renameSync(join(nt, '20220216.duo'), join(nt, '20230215.duo'))
    const cache = new TaxonomyCache(await taxonomyPackages([bundledTaxonomyPackage(), nieuw]))
    const instance = genereerInstance(CORPUS_BASIS).replaceAll('20220216.duo', '20230215.duo')
    const entry = SUBSET_ENTRYPOINT.replace('20220216.duo', '20230215.duo')
    const r = await valideer(instance, { taxonomies: cache, config: { entryPoints: [entry] } })
    expect(r.bevindingen).toEqual([])
    expect(r.instance.taxonomy).toBe(entry)
    // The configured entry points decide what is accepted.
    const oud = await valideer(genereerInstance(CORPUS_BASIS), {
      taxonomies: cache,
      config: { entryPoints: [entry] },
    })
    expect(oud.perRule['XBRL-TAXONOMY']).toBe(1)
  })

  it('reports a check of the taxonomy it cannot run, instead of answering it wrongly', async () => {
    const map = kopie((p, t) =>
      p.endsWith('ocw-jv-for.xml')
        ? t
            .replace('test="$activa eq $passiva"', 'test="xfi:period($activa) eq $passiva"')
            .replace(
              /<cf:conceptName xlink:type="resource" xlink:label="OCW-VA-003_voorzieningen_cf">.*?<\/cf:conceptName>/,
              '<cf:conceptPeriodType xlink:type="resource" xlink:label="OCW-VA-003_voorzieningen_cf"/>',
            )
        : t,
    )
    const cache = new TaxonomyCache(await taxonomyPackages([map]))
    const r = await valideer(genereerInstance(CORPUS_BASIS), { taxonomies: cache })
    expect(r.perRule['OCW-FORMULA-UNSUPPORTED']).toBe(2)
    expect(r.errors).toBe(0)
    expect(r.bevindingen.map((b) => b.nl).join(' ')).toMatch(
      /OCW-VA-001.*xfi:period|conceptPeriodType/,
    )
  })

  it('never maps a published address outside its package', async () => {
    expect(
      herschrijf('http://x/a/../../etc/passwd', [
        { uriStartString: 'http://x/', rewritePrefix: 'pakket/' },
      ]),
    ).toBeNull()
    const map = kopie((p, t) =>
      p.endsWith('catalog.xml')
        ? t.replace(/rewritePrefix="[^"]+"/, 'rewritePrefix="../../../../../../etc/"')
        : t,
    )
    const source = await taxonomyPackages([map])
    expect(source.open('http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/passwd')).toBeNull()
  })

  it('refuses a folder without a catalog', async () => {
    await expect(taxonomyPackages([tmpdir()])).rejects.toThrow(/catalog\.xml ontbreekt/)
  })
})
