/**
 * Leerjaar 8 in the generated register: the schooladviezen and toetsresultaten of the
 * schooljaar's regime (advies and herzien advies before 2023-24, voorlopig and definitief from
 * then on; the second never lower), the findings when they came late or not at all, the
 * uitschrijving on 31 July, and the pupil's level in vo in the years after.
 */
import type { RodTables } from '../tables'
import { plusDagen, type Dag } from '../shared/dagen'
import { adviesRegels, eindVan, volgendSchooljaar, type Schooljaar } from '../shared/schooljaar'
import { volgordeVan } from '../shared/waardelijsten'
import type { RegisterBouwer } from './register'

type Inschrijving = RodTables['rod_inschrijving']

/** How often each schooladvies is given (roughly the national spread). */
const VERDELING: ReadonlyArray<readonly [string, number]> = [
  ['geen-specifiek-advies', 1],
  ['vso', 1],
  ['praktijkonderwijs', 3],
  ['vmbo-bb', 5],
  ['vmbo-bb-lwoo', 2],
  ['vmbo-bb-kb', 3],
  ['vmbo-kb', 7],
  ['vmbo-kb-lwoo', 2],
  ['vmbo-kb-gl', 2],
  ['vmbo-kb-tl', 1],
  ['vmbo-gl', 2],
  ['vmbo-gl-tl', 9],
  ['vmbo-gl-havo', 2],
  ['vmbo-tl', 8],
  ['vmbo-tl-havo', 7],
  ['havo', 14],
  ['havo-vwo', 12],
  ['vwo', 16],
]

/** The steps an advies can be raised along. */
const TREDEN = [
  'praktijkonderwijs',
  'vmbo-bb',
  'vmbo-kb',
  'vmbo-gl-tl',
  'vmbo-tl',
  'vmbo-tl-havo',
  'havo',
  'havo-vwo',
  'vwo',
]

/** The next step strictly above an advies (null at the top, or for vso/geen specifiek advies). */
export function hoger(code: string): string | null {
  const v = volgordeVan(code)
  if (v < 10) return null
  return TREDEN.find((t) => volgordeVan(t) > v) ?? null
}

function lager(code: string): string | null {
  const v = volgordeVan(code)
  return [...TREDEN].reverse().find((t) => volgordeVan(t) < v && volgordeVan(t) >= 10) ?? null
}

export function eindeBasisschool(
  b: RegisterBouwer,
  leerling: RodTables['rod_leerling'],
  i: Inschrijving,
  sj: Schooljaar,
  opties: { zonderBevindingen?: boolean } = {},
) {
  const t = b.toeval
  const regels = adviesRegels(sj)
  const j = Number(sj.slice(5, 9))
  const eind = eindVan(sj)
  const na = plusDagen(eind, 1)
  Object.assign(i, { uitschrijfdatum: eind, reden_uitschrijving: 'einde-basisonderwijs' })
  const bevinding = (soort: string, code: string, op: Dag, opgelost: Dag | null) => {
    if (!opties.zonderBevindingen) b.bevinding(i, soort, code, op, opgelost)
  }
  const advies = (soort: string, waarde: string, adviesdatum: Dag, registratiedatum: Dag) =>
    b.rijen.rod_schooladvies.push({
      id: b.id('advies'),
      leerling_id: leerling.id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      schooljaar: sj,
      soort,
      waarde,
      adviesdatum,
      registratiedatum,
    })

  const niveau = t.gewogen(VERDELING)
  const v = volgordeVan(niveau)
  const ontbreekt = t.kans(0.015)
  const laat = !ontbreekt && t.kans(0.03)
  const nieuw = regels.regime === 'vanaf-2023'

  let eerste: string | null = null
  if (!ontbreekt) {
    const gegeven = nieuw ? b.dag(`${j}-01-10`, `${j}-01-31`) : b.dag(`${j}-02-01`, `${j}-02-27`)
    const geregistreerd = laat
      ? b.dag(plusDagen(regels.adviesInRodUiterlijk, 1), plusDagen(regels.adviesInRodUiterlijk, 20))
      : b.dag(gegeven, regels.adviesInRodUiterlijk)
    advies(regels.eerste, niveau, gegeven, geregistreerd)
    eerste = niveau
    if (laat) {
      bevinding('melding', 'M0420', geregistreerd, null)
      bevinding('signaal', '168', plusDagen(regels.adviesInRodUiterlijk, 1), geregistreerd)
    }
  } else {
    bevinding('signaal', '168', plusDagen(regels.adviesInRodUiterlijk, 1), na)
  }

  // Toetsresultaten: higher advice, higher referentieniveaus (with chance).
  const geenToets = t.kans(0.02)
  let toetsHoog = false
  if (!geenToets) {
    const hoog = (p: number) => t.kans(v >= 70 ? p : v >= 40 ? p * 0.45 : p * 0.1)
    const domein = (tweede: string) =>
      hoog(0.75) ? tweede : t.kans(v < 40 ? 0.45 : 0.85) ? '1F' : '<1F'
    const r = { lezen: domein('2F'), taalverzorging: domein('2F'), rekenen: domein('1S') }
    toetsHoog = r.lezen === '2F' && r.rekenen === '1S'
    const onvolledig = t.kans(0.015)
    if (onvolledig) r[t.kies(['lezen', 'taalverzorging', 'rekenen'] as const)] = null as never
    b.rijen.rod_toetsresultaat.push({
      id: b.id('toets'),
      leerling_id: leerling.id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      schooljaar: sj,
      toets: regels.toets,
      afnamedatum: nieuw ? b.dag(`${j}-02-01`, `${j}-02-14`) : b.dag(`${j}-04-16`, `${j}-04-25`),
      ...r,
      registratiedatum: nieuw
        ? b.dag(`${j}-03-15`, `${j}-03-29`)
        : b.dag(`${j}-05-10`, `${j}-05-31`),
    })
    if (onvolledig) bevinding('signaal', '167', plusDagen(regels.toetsInRodUiterlijk, 1), na)
  } else {
    bevinding('signaal', '166', plusDagen(regels.toetsInRodUiterlijk, 1), na)
  }

  // The second advies: always a definitief one from 2023-24; before, a herziening only upward.
  let tweede: string | null = null
  if (eerste !== null) {
    const omhoog = toetsHoog || t.kans(0.05) ? hoger(eerste) : null
    if (nieuw) {
      tweede = omhoog && t.kans(0.6) ? omhoog : eerste
      const gegeven = b.dag(`${j}-03-15`, `${j}-03-24`)
      const geregistreerd = b.dag(gegeven, `${j}-04-07`)
      advies('definitief', tweede, gegeven, geregistreerd)
      if (t.kans(0.02))
        bevinding('foutmelding', 'F0430', plusDagen(geregistreerd, -2), geregistreerd)
    } else if (omhoog && t.kans(0.5)) {
      tweede = omhoog
      const gegeven = b.dag(`${j}-05-15`, `${j}-06-15`)
      advies('herzien', tweede, gegeven, b.dag(gegeven, `${j}-06-30`))
    }
  }

  // The level in vo in the years after (within the register's window).
  const eindadvies = tweede ?? eerste
  if (!eindadvies || volgordeVan(eindadvies) < 10) return
  let voNiveau = t.kans(0.15)
    ? (hoger(eindadvies) ?? eindadvies)
    : t.kans(0.15)
      ? (lager(eindadvies) ?? eindadvies)
      : eindadvies
  let voSj = volgendSchooljaar(sj)
  for (let voLeerjaar = 1; voLeerjaar <= 3 && voSj <= b.laatsteSchooljaar; voLeerjaar++) {
    b.rijen.rod_niveau_vo.push({
      id: b.id('vo'),
      leerling_id: leerling.id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      schooljaar: voSj,
      vo_leerjaar: voLeerjaar,
      niveau: voNiveau,
    })
    if (t.kans(0.1)) voNiveau = (t.kans(0.5) ? hoger(voNiveau) : lager(voNiveau)) ?? voNiveau
    voSj = volgendSchooljaar(voSj)
  }
}
