/**
 * One validation, start to end: stream the instance through the hardened reader (filing rules on
 * the raw text, the structure collected on the way), load the taxonomy its schemaRef names from
 * the offline packages, then the XBRL 2.1 instance checks, calculation consistency, the
 * taxonomy's assertions, the kengetallen and the preview.
 */
import { calcVerslagjaar } from './verslagjaar'
import { controleerAssertions } from './formula/assertions'
import { controleerBerekeningen } from './calculation'
import { resolveConfig, type OcwConfig } from './config'
import { maakControle } from './controle'
import { controleerContexten } from './instance/checks-contexts'
import { controleerFeiten } from './instance/checks-feiten'
import { InstanceCollector } from './instance/collector'
import { Feiten } from './instance/feiten'
import { berekenKengetallen } from './kengetallen'
import { DEFAULT_LIMITS } from './limits'
import { controleerDocumentinformatie } from './ocw-checks'
import { maakOverzicht } from './overzicht'
import { Bevindingen } from './rules/bevindingen'
import type { TaxonomyLoad } from './taxonomy/dts'
import type { Taxonomy } from './taxonomy/model'
import {
  ONDERDELEN,
  type Kengetal,
  type Limits,
  type OverzichtStaat,
  type ValidationResult,
} from './types'
import { readXml } from './xml/reader'

export interface ValidateOptions {
  /** The name the file was uploaded with (FR-NL-1.06). */
  fileName?: string
  /** The submitting bestuur: the entity identifier must be this bestuursnummer. */
  bestuursnummer?: string
  /** The verslagjaar being submitted for; otherwise read from the instance. */
  verslagjaar?: number
  /** Taxonomies by entry point: a `TaxonomyCache` over the offline packages. */
  taxonomies: { get(entryPoint: string): Promise<TaxonomyLoad> }
  config?: Partial<OcwConfig>
  limits?: Partial<Limits>
  /** Called as the bytes are read, for a progress bar. */
  onProgress?(bytesRead: number): void | Promise<void>
}

const BESTANDSNAAM = /^[0-9a-zA-Z_-]*$/

/**
 * Validates an XBRL instance of the OCW jaarverantwoording.
 * @example
 * const taxonomies = new TaxonomyCache(await taxonomyPackages([bundledTaxonomyPackage()]))
 * const result = await validateInstance(fileChunks('jv2021.xbrl'), { fileName: 'jv2021.xbrl', bestuursnummer: '41234', verslagjaar: 2021, taxonomies })
 * if (!result.valid) console.log(result.bevindingen)
 */
export async function validateInstance(
  input: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  opts: ValidateOptions,
): Promise<ValidationResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits }
  const config = resolveConfig(opts.config)
  const bevindingen = new Bevindingen(limits.maxFindingsPerRule)
  if (opts.fileName !== undefined) {
    const stam = opts.fileName.replace(/\.[^.]*$/, '')
    if (!BESTANDSNAAM.test(stam)) bevindingen.add('FR-NL-1.06', {}, { naam: opts.fileName })
  }
  const collector = new InstanceCollector(bevindingen, limits)
  const { bytes, aborted } = await readXml(input, collector, {
    limits,
    bevindingen,
    filingRules: true,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  })
  const instance = collector.instance
  let taxonomy: Taxonomy | null = null
  let overzicht: OverzichtStaat[] = []
  let kengetallen: Kengetal[] = []
  let verslagjaar: number | null = opts.verslagjaar ?? null

  if (!aborted) {
    taxonomy = await laadTaxonomie(
      instance.schemaRef,
      instance.schemaRefLine,
      opts,
      config,
      bevindingen,
    )
    verslagjaar ??= calcVerslagjaar(instance, taxonomy, config)
    const k = maakControle({
      instance,
      taxonomy: taxonomy ?? LEEG,
      feiten: new Feiten(instance),
      bevindingen,
      config,
      verslagjaar,
      bestuursnummer: opts.bestuursnummer ?? null,
    })
    controleerContexten(k)
    if (taxonomy) {
      controleerFeiten(k)
      controleerDocumentinformatie(k)
      controleerBerekeningen(k)
      controleerAssertions(k)
      kengetallen = berekenKengetallen(k)
      overzicht = maakOverzicht(k)
    }
  }

  const volgorde = (o: string) => ONDERDELEN.indexOf(o as (typeof ONDERDELEN)[number])
  const lijst = [...bevindingen.lijst].sort(
    (a, b) => volgorde(a.onderdeel) - volgorde(b.onderdeel) || (a.line ?? 0) - (b.line ?? 0),
  )
  return {
    valid: !aborted && bevindingen.errors === 0,
    aborted,
    errors: bevindingen.errors,
    warnings: bevindingen.warnings,
    bevindingen: lijst,
    perRule: { ...bevindingen.perRule },
    instance: {
      bytes,
      schemaRef: instance.schemaRef,
      taxonomy: taxonomy?.entryPoint ?? null,
      entityIdentifier: [...instance.contexts.values()][0]?.identifier ?? null,
      verslagjaar,
      contexts: instance.contexts.size,
      units: instance.units.size,
      facts: instance.facts.length,
    },
    overzicht,
    kengetallen,
  }
}

const LEEG: Taxonomy = {
  entryPoint: '',
  concepts: new Map(),
  presentation: [],
  calculations: [],
  assertions: [],
  documents: [],
}

async function laadTaxonomie(
  href: string | null,
  line: number | null,
  opts: ValidateOptions,
  config: OcwConfig,
  bevindingen: Bevindingen,
): Promise<Taxonomy | null> {
  if (!href) {
    bevindingen.add('XBRL-SCHEMAREF')
    return null
  }
  if (config.entryPoints.length && !config.entryPoints.includes(href)) {
    bevindingen.add(
      'XBRL-TAXONOMY',
      { line },
      {
        href,
        detail: ` (toegestaan: ${config.entryPoints.join(', ')})`,
        detailEn: ` (allowed: ${config.entryPoints.join(', ')})`,
      },
    )
    return null
  }
  const load = await opts.taxonomies.get(href)
  if (!load.ok) {
    bevindingen.add(
      'XBRL-TAXONOMY',
      { line },
      { href, detail: `: ${load.nl}`, detailEn: `: ${load.en}` },
    )
    return null
  }
  return load.taxonomy
}
