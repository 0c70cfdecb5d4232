/**
 * DTS discovery: from the entry point an instance names, follow every `xs:import`,
 * `xs:include` and `link:linkbaseRef` through the offline source (never the network), read each
 * document with the hardened reader, and build the taxonomy. The XBRL and W3C base schemas are
 * known by heart and not read.
 */
import type { SaxesTagNS } from 'saxes'
import { NS } from '../ns'
import { Bevindingen } from '../rules/bevindingen'
import type { Limits } from '../types'
import { readXml, type Positie, type XmlHandlers } from '../xml/reader'
import { buildTaxonomy } from './build'
import type { Taxonomy } from './model'
import { LinkbaseHandler, type LinkbaseDoc } from './parse-linkbase'
import { SchemaHandler, type SchemaDoc } from './parse-schema'

/** Where the taxonomy's files come from: an offline package (see `node/taxonomy-packages.ts`). */
export interface TaxonomySource {
  /** The bytes of a published URL, or null when no package holds it. */
  open(url: string): AsyncIterable<Uint8Array> | null
}

/** Schemas every processor knows: XBRL 2.1, XLink, XBRL Formula, XML Schema. */
const STANDAARD = /^https?:\/\/(www\.)?(xbrl\.org|w3\.org)\//

const TAXONOMIE_LIMIETEN: Limits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  maxAttributes: 64,
  maxTextLength: 1024 * 1024,
  maxContexts: 0,
  maxUnits: 0,
  maxFacts: 0,
  maxFindingsPerRule: 5,
}
const MAX_DOCUMENTEN = 5_000

export type TaxonomyLoad = { ok: true; taxonomy: Taxonomy } | { ok: false; nl: string; en: string }

/** One handler per document: a schema or a linkbase, decided by its root element. */
class DocHandler implements XmlHandlers {
  inner: SchemaHandler | LinkbaseHandler | null = null
  private resolve: (p: string) => string | undefined = () => undefined
  constructor(private readonly url: string) {}
  bind(resolve: (p: string) => string | undefined) {
    this.resolve = resolve
  }
  opentag(tag: SaxesTagNS, pos: Positie) {
    if (!this.inner) {
      this.inner =
        tag.uri === NS.xs && tag.local === 'schema'
          ? new SchemaHandler(this.url)
          : new LinkbaseHandler(this.url)
      this.inner.bind(this.resolve)
    }
    this.inner.opentag(tag, pos)
  }
  text(t: string) {
    this.inner?.text(t)
  }
  closetag(tag: SaxesTagNS) {
    this.inner?.closetag(tag)
  }
}

/**
 * Loads the taxonomy of an entry point.
 * @example
 * const load = await loadTaxonomy('http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/entrypoints/ocw-rpt-jaarverantwoording.xsd', source)
 * if (load.ok) console.log(load.taxonomy.concepts.size)
 */
export async function loadTaxonomy(
  entryPoint: string,
  source: TaxonomySource,
): Promise<TaxonomyLoad> {
  const schemas: SchemaDoc[] = []
  const linkbases: LinkbaseDoc[] = []
  const gezien = new Set<string>()
  const wachtrij = [entryPoint]
  while (wachtrij.length) {
    const url = wachtrij.shift()!.split('#')[0]!
    if (gezien.has(url) || STANDAARD.test(url)) continue
    gezien.add(url)
    if (gezien.size > MAX_DOCUMENTEN)
      return fout(`meer dan ${MAX_DOCUMENTEN} documenten`, `more than ${MAX_DOCUMENTEN} documents`)
    const bytes = source.open(url)
    if (!bytes)
      return fout(`${url} staat niet in een taxonomiepakket`, `${url} is in no taxonomy package`)
    const handler = new DocHandler(url)
    const bevindingen = new Bevindingen(TAXONOMIE_LIMIETEN.maxFindingsPerRule)
    const { aborted } = await readXml(bytes, handler, { limits: TAXONOMIE_LIMIETEN, bevindingen })
    if (aborted || !handler.inner) {
      const b = bevindingen.lijst[0]
      return fout(
        `${url} kon niet worden gelezen: ${b?.nl ?? 'leeg'}`,
        `${url} could not be read: ${b?.en ?? 'empty'}`,
      )
    }
    if (handler.inner instanceof SchemaHandler) {
      schemas.push(handler.inner.doc)
      wachtrij.push(...handler.inner.doc.imports, ...handler.inner.doc.linkbases)
    } else linkbases.push(handler.inner.doc)
  }
  return { ok: true, taxonomy: buildTaxonomy(entryPoint, schemas, linkbases) }
}

const fout = (nl: string, en: string): TaxonomyLoad => ({ ok: false, nl, en })

/**
 * Keeps loaded taxonomies by entry point: a process validates many instances against the few
 * taxonomies it knows, and loading one reads its whole DTS.
 */
export class TaxonomyCache {
  private readonly loads = new Map<string, Promise<TaxonomyLoad>>()
  constructor(private readonly source: TaxonomySource) {}

  get(entryPoint: string): Promise<TaxonomyLoad> {
    let load = this.loads.get(entryPoint)
    if (!load) {
      load = loadTaxonomy(entryPoint, this.source)
      this.loads.set(entryPoint, load)
    }
    return load
  }
}
