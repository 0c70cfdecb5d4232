/**
 * Generates a register as schools' LAS would have filled it: per school, pupils enrolling at
 * four and moving up a leerjaar each schooljaar (a few stay behind, move house or change school
 * within the bestuur), zij-instromers, leerjaar 8 leaving on 31 July with schooladviezen,
 * toetsresultaten and their level in vo afterwards, and DUO's findings where the data was late
 * or missing. Deterministic: the same key gives the same rows (demo data, benchmarks).
 */
import type { RodTables } from '../tables'
import { plusDagen, dagenTussen, type Dag } from '../shared/dagen'
import {
  beginVan,
  eindVan,
  teldata,
  volgendSchooljaar,
  vorigSchooljaar,
  schooljaarVan,
  type Schooljaar,
} from '../shared/schooljaar'
import { PROGRAMMAS } from '../shared/waardelijsten'
import { ACHTERNAMEN, VOORNAMEN_JONGEN, VOORNAMEN_MEISJE } from './namen'
import { pgnMaker } from './pgn-maker'
import { toevalVoor, type Toeval } from './toeval'
import { eindeBasisschool } from './einde-basisschool'

export type Rijen = { [T in keyof RodTables]: Array<RodTables[T]> }
type Inschrijving = RodTables['rod_inschrijving']
type Leerling = RodTables['rod_leerling']

export interface DemoSchool {
  bestuursnummer: string
  instellingscode: string
  vestigingscodes: readonly string[]
}

export interface RegisterOpties {
  /** Prefix of every id and seed, e.g. `rod:41234`. */
  sleutel: string
  /** The schooljaren with enrolments, oldest first. */
  schooljaren: readonly Schooljaar[]
  /** Pupils per leerjaar per school (about). */
  perLeerjaar: number
  /** Makes a stable id from a key (`demoId` for the demo). */
  idVan: (key: string) => string
}

export const legeRijen = (): Rijen => ({
  rod_leerling: [],
  rod_inschrijving: [],
  rod_leerjaar: [],
  rod_toetsresultaat: [],
  rod_schooladvies: [],
  rod_programma: [],
  rod_niveau_vo: [],
  rod_bevinding: [],
  rod_mutatieverzoek: [],
  rod_historie: [],
})

const jaarVan = (sj: Schooljaar) => Number(sj.slice(0, 4))
const max = (a: Dag, b: Dag) => (a > b ? a : b)
const plusJaren = (dag: Dag, n: number) =>
  `${Number(dag.slice(0, 4)) + n}${dag.slice(4)}`.replace('-02-29', '-02-28')

/** The builder all generated rows go through: ids, seeds and the rows themselves. */
export class RegisterBouwer {
  readonly rijen = legeRijen()
  readonly toeval: Toeval
  private readonly pgn: (soort: 'bsn' | 'onderwijsnummer') => string
  private teller = 0
  /** A programma waits for the pupil's first school, which registers it. */
  private readonly openProgramma = new Map<string, RodTables['rod_programma']>()

  constructor(
    readonly opties: RegisterOpties,
    uitgegeven = new Set<string>(),
  ) {
    this.toeval = toevalVoor(opties.sleutel)
    this.pgn = pgnMaker(this.toeval, uitgegeven)
  }

  id(soort: string): string {
    return this.opties.idVan(`${this.opties.sleutel}:${soort}:${++this.teller}`)
  }

  /** A random day in [van, tot]. */
  dag(van: Dag, tot: Dag): Dag {
    return plusDagen(van, this.toeval.getal(0, Math.max(0, dagenTussen(van, tot))))
  }

  get laatsteSchooljaar(): Schooljaar {
    return this.opties.schooljaren[this.opties.schooljaren.length - 1]!
  }

  leerling(geboortedatum: Dag): Leerling {
    const t = this.toeval
    const jongen = t.kans(0.5)
    const [voorvoegsel, achternaam] = t.kies(ACHTERNAMEN)
    const voornaam = t.kies(jongen ? VOORNAMEN_JONGEN : VOORNAMEN_MEISJE)
    const tweede = t.kans(0.4) ? ` ${t.kies(jongen ? VOORNAMEN_JONGEN : VOORNAMEN_MEISJE)}` : ''
    const rij: Leerling = {
      id: this.id('leerling'),
      // About 4% have no BSN (yet): newcomers get an onderwijsnummer.
      ...(t.kans(0.04)
        ? { pgn: this.pgn('onderwijsnummer'), pgn_soort: 'onderwijsnummer' }
        : { pgn: this.pgn('bsn'), pgn_soort: 'bsn' }),
      voornamen: `${voornaam}${tweede}`,
      voorvoegsel,
      achternaam,
      achternaam_zoek: achternaam.toLowerCase(),
      geboortedatum,
      geslacht: jongen ? 'man' : 'vrouw',
    }
    this.rijen.rod_leerling.push(rij)
    if (t.kans(0.3)) {
      this.openProgramma.set(rij.id, {
        id: this.id('programma'),
        leerling_id: rij.id,
        bestuursnummer: '',
        instellingscode: '',
        programma: t.kies(Object.keys(PROGRAMMAS)),
        begindatum: plusDagen(geboortedatum, t.getal(900, 1000)),
        einddatum: plusDagen(plusJaren(geboortedatum, 4), -1),
      })
    }
    return rij
  }

  inschrijving(leerling: Leerling, school: DemoSchool, inschrijfdatum: Dag): Inschrijving {
    const t = this.toeval
    const laat = inschrijfdatum >= beginVan(this.opties.schooljaren[0]!) && t.kans(0.04)
    const rij: Inschrijving = {
      id: this.id('inschrijving'),
      leerling_id: leerling.id,
      bestuursnummer: school.bestuursnummer,
      instellingscode: school.instellingscode,
      vestigingscode: t.kies(school.vestigingscodes),
      inschrijfdatum,
      uitschrijfdatum: null,
      reden_uitschrijving: null,
      doorgegeven_op: plusDagen(inschrijfdatum, laat ? t.getal(8, 25) : t.getal(0, 5)),
    }
    this.rijen.rod_inschrijving.push(rij)
    const programma = this.openProgramma.get(leerling.id)
    if (programma) {
      this.openProgramma.delete(leerling.id)
      this.rijen.rod_programma.push({
        ...programma,
        bestuursnummer: school.bestuursnummer,
        instellingscode: school.instellingscode,
      })
    }
    if (laat) this.bevinding(rij, 'melding', 'M0110', rij.doorgegeven_op, null)
    if (inschrijfdatum >= beginVan(this.opties.schooljaren[0]!) && t.kans(0.01))
      this.bevinding(
        rij,
        'foutmelding',
        'F0101',
        plusDagen(rij.doorgegeven_op, -2),
        rij.doorgegeven_op,
      )
    return rij
  }

  leerjaar(i: Inschrijving, sj: Schooljaar, leerjaar: number, begin: Dag, eind: Dag) {
    this.rijen.rod_leerjaar.push({
      id: this.id('leerjaar'),
      inschrijving_id: i.id,
      leerling_id: i.leerling_id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      schooljaar: sj,
      leerjaar,
      begindatum: begin,
      einddatum: eind,
    })
  }

  bevinding(
    i: Pick<Inschrijving, 'leerling_id' | 'bestuursnummer' | 'instellingscode'>,
    soort: string,
    code: string,
    op: Dag,
    opgelost: Dag | null,
  ) {
    this.rijen.rod_bevinding.push({
      id: this.id('bevinding'),
      leerling_id: i.leerling_id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      schooljaar: schooljaarVan(op),
      soort,
      code,
      gesignaleerd_op: op,
      opgelost_op: opgelost,
    })
  }

  /**
   * A pupil's years at school from `sj` on: moving up, sometimes staying behind, moving house,
   * changing to another school of the bestuur, and leaving after leerjaar 8.
   */
  levensloop(
    leerling: Leerling,
    scholen: readonly DemoSchool[],
    school: DemoSchool,
    inschrijfdatum: Dag,
    leerjaar: number,
    vanaf: Schooljaar,
  ) {
    const t = this.toeval
    let i = this.inschrijving(leerling, school, inschrijfdatum)
    let l = leerjaar
    for (let sj = vanaf; sj <= this.laatsteSchooljaar; sj = volgendSchooljaar(sj)) {
      const eind = eindVan(sj)
      if (i.inschrijfdatum > eind) continue
      const begin = max(i.inschrijfdatum, beginVan(sj))
      if (l >= 8) {
        this.leerjaar(i, sj, 8, begin, eind)
        eindeBasisschool(this, leerling, i, sj)
        return
      }
      const vertrek =
        dagenTussen(begin, eind) > 60 ? this.dag(plusDagen(begin, 20), plusDagen(eind, -30)) : null
      const ander = scholen.find((s) => s.instellingscode !== school.instellingscode)
      if (vertrek && t.kans(0.025)) {
        Object.assign(i, { uitschrijfdatum: vertrek, reden_uitschrijving: 'verhuizing' })
        this.leerjaar(i, sj, l, begin, vertrek)
        return
      }
      if (vertrek && ander && t.kans(0.015)) {
        Object.assign(i, { uitschrijfdatum: vertrek, reden_uitschrijving: 'overstap' })
        this.leerjaar(i, sj, l, begin, vertrek)
        school = ander
        i = this.inschrijving(leerling, school, plusDagen(vertrek, 1))
        this.leerjaar(i, sj, l, i.inschrijfdatum, eind)
        // The old school sent the uitschrijving late: both count on the teldatum for a while.
        const [, februari] = teldata(sj)
        if (i.inschrijfdatum <= februari && t.kans(0.6))
          this.bevinding(
            i,
            'bekostigingssignaal',
            'B0501',
            plusDagen(februari, 7),
            plusDagen(februari, t.getal(14, 40)),
          )
      } else {
        this.leerjaar(i, sj, l, begin, eind)
      }
      if (!t.kans(0.02)) l++
    }
  }
}

/** The day a child born on `geboortedatum` starts school: at four, or after the summer. */
function eersteSchooldag(geboortedatum: Dag): Dag {
  const vier = plusJaren(geboortedatum, 4)
  const md = vier.slice(5)
  return md >= '07-15' && md <= '08-31' ? `${vier.slice(0, 4)}-09-01` : vier
}

/** The register of a bestuur's schools over the given schooljaren. */
export function genereerRegister(
  scholen: readonly DemoSchool[],
  opties: RegisterOpties,
  uitgegeven = new Set<string>(),
): Rijen {
  const b = new RegisterBouwer(opties, uitgegeven)
  const t = b.toeval
  const eerste = opties.schooljaren[0]!
  const y0 = jaarVan(eerste)
  const aantal = () => Math.max(1, opties.perLeerjaar + t.getal(-3, 3))
  for (const school of scholen) {
    // Pupils who left the year before: only their advies and their level in vo afterwards.
    for (let n = aantal(); n > 0; n--) {
      const leerling = b.leerling(b.dag(`${y0 - 12}-08-01`, `${y0 - 11}-07-31`))
      const i = b.inschrijving(leerling, school, eersteSchooldag(leerling.geboortedatum))
      eindeBasisschool(b, leerling, i, vorigSchooljaar(eerste), { zonderBevindingen: true })
    }
    for (let l = 1; l <= 8; l++) {
      for (let n = aantal(); n > 0; n--) {
        const leerling = b.leerling(b.dag(`${y0 - 3 - l}-08-01`, `${y0 - 2 - l}-07-31`))
        let start = eersteSchooldag(leerling.geboortedatum)
        if (l > 1 && t.kans(0.15)) start = b.dag(start, `${y0}-06-30`)
        b.levensloop(leerling, scholen, school, start, l, eerste)
      }
    }
    for (const sj of opties.schooljaren) {
      const y = jaarVan(sj)
      if (sj !== eerste) {
        for (let n = aantal(); n > 0; n--) {
          const leerling = b.leerling(b.dag(`${y - 4}-08-01`, `${y - 3}-07-31`))
          let start = eersteSchooldag(leerling.geboortedatum)
          // A few start a little before their fourth birthday: DUO does not fund them yet.
          if (t.kans(0.012)) {
            start = plusDagen(plusJaren(leerling.geboortedatum, 4), -14)
            b.levensloop(leerling, scholen, school, start, 1, sj)
            const i = b.rijen.rod_inschrijving.at(-1)!
            b.bevinding(
              i,
              'bekostigingssignaal',
              'B0502',
              plusDagen(start, 7),
              plusJaren(leerling.geboortedatum, 4),
            )
            continue
          }
          b.levensloop(leerling, scholen, school, start, 1, sj)
        }
      }
      // Zij-instromers: pupils who come from elsewhere during the year.
      for (let n = Math.max(1, Math.round(opties.perLeerjaar * 0.15)); n > 0; n--) {
        const l = t.getal(2, 7)
        const leerling = b.leerling(b.dag(`${y - 3 - l}-08-01`, `${y - 2 - l}-07-31`))
        b.levensloop(leerling, scholen, school, b.dag(`${y}-09-01`, `${y + 1}-06-15`), l, sj)
      }
    }
  }
  return b.rijen
}
