/**
 * The fixture files: valid instances of the two demo besturen and the invalid corpus, as they
 * are written to `fixtures/` (and checked there by a test, so the files never go stale).
 */
import { CORPUS } from './corpus'
import { genereerInstance, type InstanceOpties } from './instance'

const GELDIG: ReadonlyArray<{ bestand: string; opties: InstanceOpties }> = [
  {
    bestand: 'jaarverantwoording-41234-2021.xbrl',
    opties: {
      bestuursnummer: '41234',
      naamBestuur: 'Stichting Openbaar Onderwijs De Linde',
      verslagjaar: 2021,
      seed: 1,
    },
  },
  {
    bestand: 'jaarverantwoording-40567-2021.xbrl',
    opties: {
      bestuursnummer: '40567',
      naamBestuur: 'Stichting Katholiek Onderwijs Het Anker',
      verslagjaar: 2021,
      seed: 2,
    },
  },
]

/** The corpus is made from bestuur A's instance of 2021. */
export const CORPUS_BASIS = GELDIG[0]!.opties

export interface Fixture {
  pad: string
  bytes: Uint8Array
}

export function fixtures(): { bestanden: Fixture[]; manifest: unknown } {
  const enc = (t: string | Uint8Array) => (typeof t === 'string' ? new TextEncoder().encode(t) : t)
  const basis = genereerInstance(CORPUS_BASIS)
  const bestanden: Fixture[] = [
    ...GELDIG.map((g) => ({ pad: `valid/${g.bestand}`, bytes: enc(genereerInstance(g.opties)) })),
    ...CORPUS.map((c) => ({ pad: `invalid/${c.regel}.xbrl`, bytes: enc(c.maak(basis)) })),
  ]
  const manifest = {
    toelichting:
      'Eén ongeldige instance per regel, gemaakt uit de geldige instance van bestuur 41234 (verslagjaar 2021). Valideer met bestuursnummer 41234 en verslagjaar 2021, onder "bestandsnaam" en met "limieten" waar gegeven.',
    ongeldig: CORPUS.map((c) => ({
      regel: c.regel,
      bestand: `invalid/${c.regel}.xbrl`,
      omschrijving: c.omschrijving,
      ...(c.bestandsnaam ? { bestandsnaam: c.bestandsnaam } : {}),
      ...(c.limits ? { limieten: c.limits } : {}),
    })),
    geldig: GELDIG.map((g) => ({ bestand: `valid/${g.bestand}`, ...g.opties })),
  }
  return { bestanden, manifest }
}
