/**
 * The dashboard's figures for a set of schools and a schooljaar: pupils per leerjaar on each
 * teldatum, the spread of schooladviezen, toetsresultaten against the referentieniveaus and
 * open findings. Counted in the database (grouped), never by loading pupils.
 */
import type { Label } from '@duo/server-kit'
import type { RodDb } from '../tables'
import { leerjaar8 } from '../shared/leerjaar8'
import {
  adviesRegels,
  eindVan,
  schooljaarVan,
  teldata,
  type Schooljaar,
} from '../shared/schooljaar'
import type { Dag } from '../shared/dagen'
import {
  ADVIESSOORT_LABEL,
  ADVIESWAARDEN,
  DOMEINEN,
  NIVEAUS,
  volgordeVan,
  type Domein,
} from '../shared/waardelijsten'
import { BLIJVEN_OPEN, SOORT_LABEL, codeInfo, type BevindingSoort } from '../shared/bevindingen'

/** The first schooljaar that can be in the register (the last of BRON, kept on migration). */
const EERSTE_SCHOOLJAAR = 2019

/**
 * The schooljaren with registrations at these schools, newest first: one index probe per
 * candidate year (a DISTINCT over every row would read them all).
 */
export async function schooljarenVan(
  db: RodDb,
  instellingscodes: string[],
  vandaag: Dag,
): Promise<string[]> {
  if (!instellingscodes.length) return []
  const laatste = Number(schooljaarVan(vandaag).slice(0, 4))
  const kandidaten = Array.from({ length: laatste - EERSTE_SCHOOLJAAR + 1 }, (_, i) => {
    const j = laatste - i
    return `${j}-${j + 1}`
  })
  const gevonden = await Promise.all(
    kandidaten.map((sj) =>
      db
        .selectFrom('rod_leerjaar')
        .select('id')
        .where('instellingscode', 'in', instellingscodes)
        .where('schooljaar', '=', sj)
        .limit(1)
        .executeTakeFirst(),
    ),
  )
  return kandidaten.filter((_, i) => gevonden[i])
}

export interface Teldatum {
  teldatum: Dag
  /** False while the teldatum is still ahead: there are no counts yet. */
  bereikt: boolean
  perLeerjaar: Array<{ leerjaar: number; aantal: number }>
  perSchool: Array<{ instellingscode: string; aantal: number }>
  totaal: number
}

/** Both teldata in one pass over the covering index (school, schooljaar, leerjaar, days). */
async function leerlingen(
  db: RodDb,
  scholen: string[],
  sj: Schooljaar,
  vandaag: Dag,
): Promise<Teldatum[]> {
  const dagen = teldata(sj)
  const rows = await db
    .selectFrom('rod_leerjaar')
    .select((eb) => [
      'instellingscode',
      'leerjaar',
      ...dagen.map((dag, i) =>
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('begindatum', '<=', dag), eb('einddatum', '>=', dag)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as(`t${i}`),
      ),
    ])
    .where('instellingscode', 'in', scholen)
    .where('schooljaar', '=', sj)
    .groupBy(['instellingscode', 'leerjaar'])
    .execute()
  return dagen.map((teldatum, i) => {
    const n = (r: (typeof rows)[number]) => Number((r as Record<string, unknown>)[`t${i}`] ?? 0)
    if (teldatum > vandaag)
      return { teldatum, bereikt: false, perLeerjaar: [], perSchool: [], totaal: 0 }
    const perLeerjaar = [1, 2, 3, 4, 5, 6, 7, 8].map((leerjaar) => ({
      leerjaar,
      aantal: rows.filter((r) => Number(r.leerjaar) === leerjaar).reduce((s, r) => s + n(r), 0),
    }))
    const perSchool = scholen.map((instellingscode) => ({
      instellingscode,
      aantal: rows
        .filter((r) => r.instellingscode === instellingscode)
        .reduce((s, r) => s + n(r), 0),
    }))
    return {
      teldatum,
      bereikt: true,
      perLeerjaar,
      perSchool,
      totaal: perLeerjaar.reduce((s, r) => s + r.aantal, 0),
    }
  })
}

async function schooladviezen(db: RodDb, scholen: string[], sj: Schooljaar) {
  const regels = adviesRegels(sj)
  const rows = await leerjaar8(db, scholen, sj)
    .leftJoin('rod_schooladvies as a1', (j) =>
      j
        .onRef('a1.leerling_id', '=', 'lj.leerling_id')
        .onRef('a1.schooljaar', '=', 'lj.schooljaar')
        .on('a1.soort', '=', regels.eerste),
    )
    .leftJoin('rod_schooladvies as a2', (j) =>
      j
        .onRef('a2.leerling_id', '=', 'lj.leerling_id')
        .onRef('a2.schooljaar', '=', 'lj.schooljaar')
        .on('a2.soort', '=', regels.tweede),
    )
    .select([
      'a1.waarde as eerste',
      'a2.waarde as tweede',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['a1.waarde', 'a2.waarde'])
    .execute()
  const per = new Map<string, number>()
  let geenAdvies = 0
  let tweedeHoger = 0
  let tweedeGelijk = 0
  let totaal = 0
  for (const r of rows) {
    const n = Number(r.n)
    totaal += n
    const eind = r.tweede ?? r.eerste
    if (!eind) geenAdvies += n
    else per.set(eind, (per.get(eind) ?? 0) + n)
    if (r.eerste && r.tweede) {
      if (volgordeVan(r.tweede) > volgordeVan(r.eerste)) tweedeHoger += n
      else if (r.tweede === r.eerste) tweedeGelijk += n
    }
  }
  return {
    regime: regels.regime,
    eerste: { soort: regels.eerste, label: ADVIESSOORT_LABEL[regels.eerste] },
    tweede: { soort: regels.tweede, label: ADVIESSOORT_LABEL[regels.tweede] },
    /** Per value of the final advies (the second when given, else the first), in DUO's order. */
    perWaarde: ADVIESWAARDEN.filter((w) => per.has(w.code)).map((w) => ({
      code: w.code,
      label: w.label,
      aantal: per.get(w.code)!,
    })),
    geenAdvies,
    tweedeHoger,
    tweedeGelijk,
    totaal,
  }
}

async function toetsresultaten(db: RodDb, scholen: string[], sj: Schooljaar) {
  const rows = await leerjaar8(db, scholen, sj)
    .leftJoin('rod_toetsresultaat as t', (j) =>
      j.onRef('t.leerling_id', '=', 'lj.leerling_id').onRef('t.schooljaar', '=', 'lj.schooljaar'),
    )
    .select(['t.lezen', 't.taalverzorging', 't.rekenen', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['t.lezen', 't.taalverzorging', 't.rekenen'])
    .execute()
  // A pupil without a result has no level in any domain: it counts as "geen uitslag" in each.
  const perDomein = DOMEINEN.map((domein: Domein) => {
    const tel = new Map<string, number>()
    let geenUitslag = 0
    for (const r of rows) {
      const niveau = r[domein]
      if (niveau) tel.set(niveau, (tel.get(niveau) ?? 0) + Number(r.n))
      else geenUitslag += Number(r.n)
    }
    return {
      domein,
      perNiveau: NIVEAUS[domein].map((niveau) => ({ niveau, aantal: tel.get(niveau) ?? 0 })),
      geenUitslag,
    }
  })
  const totaal = rows.reduce((s, r) => s + Number(r.n), 0)
  return { toets: adviesRegels(sj).toets, perDomein, totaal }
}

async function openBevindingen(db: RodDb, scholen: string[], peildatum: Dag) {
  const rows = await db
    .selectFrom('rod_bevinding')
    .select(['instellingscode', 'soort', 'code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('instellingscode', 'in', scholen)
    .where('soort', 'in', [...BLIJVEN_OPEN])
    .where('gesignaleerd_op', '<=', peildatum)
    .where((eb) => eb.or([eb('opgelost_op', 'is', null), eb('opgelost_op', '>', peildatum)]))
    .groupBy(['instellingscode', 'soort', 'code'])
    .execute()
  const perCode = new Map<string, { soort: BevindingSoort; code: string; aantal: number }>()
  for (const r of rows) {
    const k = `${r.soort}:${r.code}`
    const bestaand = perCode.get(k) ?? { soort: r.soort as BevindingSoort, code: r.code, aantal: 0 }
    bestaand.aantal += Number(r.n)
    perCode.set(k, bestaand)
  }
  const open = [...perCode.values()]
    .sort((a, b) => a.soort.localeCompare(b.soort) || a.code.localeCompare(b.code))
    .map((b) => ({
      ...b,
      soortLabel: SOORT_LABEL[b.soort],
      omschrijving: codeInfo(b.code).omschrijving as Label,
    }))
  const perSchool = scholen.map((instellingscode) => ({
    instellingscode,
    aantal: rows
      .filter((r) => r.instellingscode === instellingscode)
      .reduce((s, r) => s + Number(r.n), 0),
  }))
  return { peildatum, open, perSchool, totaal: open.reduce((s, b) => s + b.aantal, 0) }
}

/** Every figure of the dashboard for these schools in this schooljaar, as seen on `vandaag`. */
export async function dashboard(db: RodDb, scholen: string[], sj: Schooljaar, vandaag: Dag) {
  const peildatum = vandaag < eindVan(sj) ? vandaag : eindVan(sj)
  const [telling, adviezen, toetsen, bevindingen] = await Promise.all([
    leerlingen(db, scholen, sj, vandaag),
    schooladviezen(db, scholen, sj),
    toetsresultaten(db, scholen, sj),
    openBevindingen(db, scholen, peildatum),
  ])
  return { leerlingen: telling, schooladviezen: adviezen, toetsresultaten: toetsen, bevindingen }
}
