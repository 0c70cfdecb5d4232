/**
 * The taxonomies and settings the validator uses in this BFF. The project's OCW subset ships with
 * `@duo/xbrl`; DUO's real OCW taxonomy package (unpacked, with META-INF/catalog.xml)
 * is added by configuration, without code changes:
 *   DUO_XBRL_TAXONOMIE_PAKKETTEN  folders of extra taxonomy packages (separated by `:`)
 *   DUO_XBRL_ENTRYPOINTS          accepted entry points (comma-separated; default: the subset's)
 *   DUO_XBRL_ENTITY_SCHEME        the scheme of the bestuursnummer in contexts
 */
import { delimiter } from 'node:path'
import { DEFAULT_CONFIG, TaxonomyCache, type OcwConfig } from '@duo/xbrl'
import { bundledTaxonomyPackage, taxonomyPackages } from '@duo/xbrl/node'

let cache: Promise<TaxonomyCache> | null = null

/** One cache per process: a taxonomy's DTS is read once. */
export function taxonomieen(): Promise<TaxonomyCache> {
  const extra = (process.env.DUO_XBRL_TAXONOMIE_PAKKETTEN ?? '').split(delimiter).filter(Boolean)
  cache ??= taxonomyPackages([bundledTaxonomyPackage(), ...extra]).then((s) => new TaxonomyCache(s))
  return cache
}

export function validatieConfig(): Partial<OcwConfig> {
  const entryPoints = (process.env.DUO_XBRL_ENTRYPOINTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return {
    entityScheme: process.env.DUO_XBRL_ENTITY_SCHEME || DEFAULT_CONFIG.entityScheme,
    entryPoints: entryPoints.length ? entryPoints : DEFAULT_CONFIG.entryPoints,
  }
}
