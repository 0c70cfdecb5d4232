/**
 * `@duo/xbrl`: validates XBRL instances of the OCW jaarverantwoording. Pure
 * TypeScript: bytes come in as an async iterable (a Node stream, a web stream, an array of
 * chunks); `@duo/xbrl/node` adds reading files and taxonomy packages from disk.
 */
export { validateInstance, type ValidateOptions } from './validate'
export { TaxonomyCache, loadTaxonomy, type TaxonomySource, type TaxonomyLoad } from './taxonomy/dts'
export { CatalogHandler, herschrijf, type Rewrite } from './taxonomy/catalog'
export type { Taxonomy, Concept } from './taxonomy/model'
export { DEFAULT_CONFIG, resolveConfig, type KengetalConcepten, type OcwConfig } from './config'
export { DEFAULT_LIMITS } from './limits'
export { REGELS, type Regel, type RegelId } from './rules/catalogue'
export { readXml, XmlAbort, type XmlHandlers } from './xml/reader'
export { Bevindingen } from './rules/bevindingen'
export { SUBSET_ENTRYPOINT, OCW_NS, BESTUURSNUMMER_SCHEME } from './subset/namen'
export * from './types'
