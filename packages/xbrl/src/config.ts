/**
 * What differs between taxonomies and is therefore configuration, not code: the entity
 * identifier scheme, the entry points accepted, which concepts carry the document information
 * and the figures of the kengetallen, and which extended link role is which statement. The
 * defaults fit the project's subset; for DUO's real OCW package, give its names here.
 */
import { BESTUURSNUMMER_SCHEME, ROLLEN, SUBSET_ENTRYPOINT } from './subset/namen'
import type { Onderdeel } from './types'

export interface KengetalConcepten {
  resultaat: string
  totaleBaten: string
  eigenVermogen: string
  voorzieningen: string
  totaalPassiva: string
  vlottendeActiva: string
  kortlopendeSchulden: string
  /** The kengetallen as reported in the instance, compared with the computed ones. */
  rentabiliteit: string
  solvabiliteit: string
  liquiditeit: string
}

export interface OcwConfig {
  /** The scheme of the entity identifier (the bestuursnummer). OCW's own is not published. */
  entityScheme: string
  /** Entry points an instance may name in its schemaRef; empty: any the packages hold. */
  entryPoints: string[]
  /** Local names of the document information the checks read. */
  bestuursnummerConcept: string
  verslagjaarConcept: string
  kengetallen: KengetalConcepten
  /** Extended link role → the part of the jaarverantwoording it presents. */
  onderdelen: Record<string, Onderdeel>
}

export const DEFAULT_CONFIG: Readonly<OcwConfig> = Object.freeze<OcwConfig>({
  entityScheme: BESTUURSNUMMER_SCHEME,
  entryPoints: [SUBSET_ENTRYPOINT],
  bestuursnummerConcept: 'Bestuursnummer',
  verslagjaarConcept: 'Verslagjaar',
  kengetallen: {
    resultaat: 'Resultaat',
    totaleBaten: 'TotaalBaten',
    eigenVermogen: 'EigenVermogen',
    voorzieningen: 'Voorzieningen',
    totaalPassiva: 'TotaalPassiva',
    vlottendeActiva: 'VlottendeActiva',
    kortlopendeSchulden: 'KortTermijnSchulden',
    rentabiliteit: 'Rentabiliteit',
    solvabiliteit: 'SolvabiliteitII',
    liquiditeit: 'Liquiditeit',
  },
  onderdelen: {
    [ROLLEN.documentinformatie]: 'documentinformatie',
    [ROLLEN.balans]: 'balans',
    [ROLLEN.balansSubtotalen]: 'balans',
    [ROLLEN.staatVanBatenEnLasten]: 'staat-van-baten-en-lasten',
    [ROLLEN.kasstroomoverzicht]: 'kasstroomoverzicht',
    [ROLLEN.kengetallen]: 'kengetallen',
    [ROLLEN.toelichting]: 'toelichting',
  },
})

/** The defaults with an override merged in (tables per key). */
export function resolveConfig(override: Partial<OcwConfig> = {}): OcwConfig {
  return {
    ...DEFAULT_CONFIG,
    ...override,
    kengetallen: { ...DEFAULT_CONFIG.kengetallen, ...override.kengetallen },
    onderdelen: { ...DEFAULT_CONFIG.onderdelen, ...override.onderdelen },
  }
}
