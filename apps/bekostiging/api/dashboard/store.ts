/**
 * The Dashboard bekostiging (OSB): per teldatum the pupils bekostigd and niet bekostigd per
 * school, the bekostigingssignalen, and the individual statustoekenningen. Counted in the
 * database (one GROUP BY per question), so 20,000 registrations answer as fast as 100.
 */
import { sql } from 'kysely'
import type { BekostigingDb } from '../tables'
import { getal, pageOf } from '../shared/lijst'

export async function teldata(db: BekostigingDb, bestuursnummer: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bekostiging_statustoekenning')
    .select('teldatum')
    .distinct()
    .where('bestuursnummer', '=', bestuursnummer)
    .orderBy('teldatum', 'desc')
    .execute()
  return rows.map((r) => r.teldatum)
}

export async function telling(
  db: BekostigingDb,
  bestuur: { bestuursnummer: string; scholen: Array<{ instellingscode: string; naam: string }> },
  teldatum: string,
  school?: string,
) {
  let q = db
    .selectFrom('bekostiging_statustoekenning')
    .where('bestuursnummer', '=', bestuur.bestuursnummer)
    .where('teldatum', '=', teldatum)
  if (school) q = q.where('instellingscode', '=', school)
  const [perSchool, signalen] = await Promise.all([
    q
      .select([
        'instellingscode',
        (eb) => eb.fn.sum<number>(sql`CASE WHEN bekostigd = 1 THEN 1 ELSE 0 END`).as('bekostigd'),
        (eb) => eb.fn.sum<number>(sql`CASE WHEN bekostigd = 1 THEN 0 ELSE 1 END`).as('niet'),
      ])
      .groupBy('instellingscode')
      .execute(),
    q
      .where('signaalcode', 'is not', null)
      .select(['signaalcode', 'instellingscode', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['signaalcode', 'instellingscode'])
      .orderBy('signaalcode')
      .orderBy('instellingscode')
      .execute(),
  ])
  const scholen = bestuur.scholen
    .filter((s) => !school || s.instellingscode === school)
    .map((s) => {
      const r = perSchool.find((p) => p.instellingscode === s.instellingscode)
      return {
        instellingscode: s.instellingscode,
        naam: s.naam,
        bekostigd: getal(r?.bekostigd),
        nietBekostigd: getal(r?.niet),
      }
    })
  return {
    scholen,
    totaal: {
      bekostigd: scholen.reduce((t, s) => t + s.bekostigd, 0),
      nietBekostigd: scholen.reduce((t, s) => t + s.nietBekostigd, 0),
    },
    signalen: signalen.map((s) => ({
      code: s.signaalcode!,
      instellingscode: s.instellingscode,
      aantal: getal(s.n),
    })),
  }
}

export interface Registratie {
  id: string
  instellingscode: string
  leerlingnummer: string
  leeftijdscategorie: string
  inschrijfdatum: string
  bekostigd: boolean
  signaalcode: string | null
}

/** One page of the registrations with a signal on this teldatum. */
export async function registratiesMetSignaal(
  db: BekostigingDb,
  bestuursnummer: string,
  f: {
    teldatum: string
    school?: string | undefined
    signaal?: string | undefined
    pagina?: number | undefined
    aantal?: number | undefined
  },
) {
  const { aantal, pagina, offset } = pageOf(f)
  let q = db
    .selectFrom('bekostiging_statustoekenning')
    .where('bestuursnummer', '=', bestuursnummer)
    .where('teldatum', '=', f.teldatum)
    .where('signaalcode', 'is not', null)
  if (f.school) q = q.where('instellingscode', '=', f.school)
  if (f.signaal) q = q.where('signaalcode', '=', f.signaal)
  const [rows, totaal] = await Promise.all([
    q
      .selectAll()
      .orderBy('instellingscode')
      .orderBy('leerlingnummer')
      .limit(aantal)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ])
  return {
    registraties: rows.map((r): Registratie => ({
      id: r.id,
      instellingscode: r.instellingscode,
      leerlingnummer: r.leerlingnummer,
      leeftijdscategorie: r.leeftijdscategorie,
      inschrijfdatum: r.inschrijfdatum,
      bekostigd: r.bekostigd === 1,
      signaalcode: r.signaalcode,
    })),
    totaal: getal(totaal.n),
    pagina,
    aantal,
  }
}

/** All statustoekenningen of a teldatum for the download, page by page (keyset on id). */
export function statustoekenningPagina(
  db: BekostigingDb,
  bestuursnummer: string,
  teldatum: string,
  school?: string,
) {
  return async (naId: string | null, limit: number) => {
    let q = db
      .selectFrom('bekostiging_statustoekenning')
      .selectAll()
      .where('bestuursnummer', '=', bestuursnummer)
      .where('teldatum', '=', teldatum)
    if (school) q = q.where('instellingscode', '=', school)
    if (naId) q = q.where('id', '>', naId)
    return q.orderBy('id').limit(limit).execute()
  }
}
