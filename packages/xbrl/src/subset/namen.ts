/**
 * The addresses of the project's OCW taxonomy subset ("NT16 OCW 20220216.duo"): shaped like the
 * published OCW extension of the Nederlandse Taxonomie (`http://www.nltaxonomie.nl/ntNN/ocw/…`),
 * but a version of our own, so it can never be mistaken for DUO's package.
 */
export const SUBSET_BASIS = 'http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/'

/** The namespace of the subset's concepts (prefix `ocw-i`, as OCW's). */
export const OCW_NS = `${SUBSET_BASIS}dictionary/ocw-data`
/** The namespace of its own item types (`formattedExplanationItemType`). */
export const OCW_TYPES_NS = `${SUBSET_BASIS}dictionary/ocw-types`
/** The entry point an instance names in its schemaRef. */
export const SUBSET_ENTRYPOINT = `${SUBSET_BASIS}entrypoints/ocw-rpt-jaarverantwoording.xsd`

/** Extended link roles of the subset: one per statement (RJ 660) plus the document information. */
export const ROLLEN = {
  documentinformatie: `${SUBSET_BASIS}role/documentinformatie`,
  balans: `${SUBSET_BASIS}role/balans`,
  balansSubtotalen: `${SUBSET_BASIS}role/balans-subtotalen`,
  staatVanBatenEnLasten: `${SUBSET_BASIS}role/staat-van-baten-en-lasten`,
  kasstroomoverzicht: `${SUBSET_BASIS}role/kasstroomoverzicht`,
  kengetallen: `${SUBSET_BASIS}role/kengetallen`,
  toelichting: `${SUBSET_BASIS}role/toelichting`,
} as const

/** The entity identifier scheme of the demo and tests (OCW's own is not published: configuration). */
export const BESTUURSNUMMER_SCHEME = 'http://www.duo.nl/bestuursnummer'
