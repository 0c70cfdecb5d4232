/**
 * The fields of the demo aanvragen, per category, valid on the day they were submitted: the
 * same rules the form checks hold for them. Dates relative to that day; pupils by the school's
 * own (pseudonymous) leerlingnummer.
 */
import type { Gegevens, Leerling } from '../../regels/controle'
import { plusDagen, plusMaanden, schooljaarVan, type Dag } from '../../regels/datum'

/** The latest day `maak(y)` gives that is on or before `max`. */
export function laatsteOpOfVoor(max: Dag, maak: (jaar: number) => Dag): Dag {
  const j = Number(max.slice(0, 4))
  for (let y = j + 1; y > j - 8; y--) if (maak(y) <= max) return maak(y)
  throw new Error(`geen dag vóór ${max}`)
}

/** The latest peildatum (1 October, 1 February, 1 June) on or before `max`. */
export const laatstePeildatum = (max: Dag) =>
  [`10-01`, `02-01`, `06-01`]
    .map((md) => laatsteOpOfVoor(max, (y) => `${y}-${md}`))
    .sort()
    .at(-1)!

const nummer = (jaar: string, k: number) =>
  `${jaar.slice(0, 4)}-${String(700 + k * 37).padStart(4, '0')}`

export function nieuwkomers(
  school: string,
  p: Dag,
  n: number,
  dagenMin = 30,
  dagenStap = 41,
): Gegevens {
  const leerlingen: Leerling[] = Array.from({ length: n }, (_, k) => {
    const binnen = plusDagen(p, -(dagenMin + k * dagenStap))
    return {
      leerlingnummer: nummer(p, k),
      datumBinnenkomst: binnen,
      datumToelating: plusDagen(binnen, 9),
    }
  })
  return { instellingscode: school, peildatum: p, leerlingen }
}

export function tweedeJaar(school: string, p: Dag, n: number): Gegevens {
  return nieuwkomers(school, p, n, 400, 53)
}

export function blijfVanMijnLijf(school: string, ontvangen: Dag): Gegevens {
  const van = plusMaanden(ontvangen, -11)
  const tot = plusDagen(ontvangen, -3)
  const leerlingen = Array.from({ length: 11 }, (_, k) => {
    const inschrijf = plusDagen(van, 10 + k * 27)
    return {
      leerlingnummer: nummer(van, k),
      inschrijfdatum: inschrijf,
      ...(k % 3 === 0 ? { uitschrijfdatum: plusDagen(inschrijf, 60) } : {}),
    }
  })
  return { instellingscode: school, periodeVan: van, periodeTot: tot, leerlingen }
}

export function emb(school: string, beginjaar: number, n: number): Gegevens {
  const leerlingen = Array.from({ length: n }, (_, k) => ({
    leerlingnummer: nummer(`${beginjaar - 2}`, k),
    inschrijfdatum: `${beginjaar - 2 - (k % 2)}-08-${String(24 + k).padStart(2, '0')}`,
  }))
  return { instellingscode: school, schooljaar: `${beginjaar}-${beginjaar + 1}`, leerlingen }
}

export const romaSinti = (school: string, ontvangen: Dag, n: number): Gegevens => ({
  instellingscode: school,
  schooljaar: schooljaarVan(ontvangen),
  aantalLeerlingen: n,
})

export function schippers(school: string, ontvangen: Dag, n: number): Gegevens {
  const sj = schooljaarVan(ontvangen)
  return {
    instellingscode: school,
    schooljaar: sj,
    periodeVan: `${sj.slice(0, 4)}-09-01`,
    periodeTot: `${sj.slice(5)}-07-15`,
    aantalLeerlingen: n,
  }
}

export const procesopvang = (school: string, p: Dag, n: number, locatie: string): Gegevens => ({
  instellingscode: school,
  peildatum: p,
  aantalLeerlingen: n,
  locatie,
})
