/**
 * The Dashboard bekostiging (OSB): per teldatum the pupils bekostigd and niet bekostigd per
 * school, the bekostigingssignalen, and the individual statustoekenningen. Counted in the
 * database (one GROUP BY per question), so 20,000 registrations answer as fast as 100.
 */
import { sql } from 'kysely'
import type { BekostigingDb } from '../tables'
import { lijstInfo, pagineer, telBegrensd, type Positie } from '@duo/server-kit'
import { getal } from '../shared/lijst'

export async function teldata(db: BekostigingDb, bestuursnummer: string): Promise<string[]> {
  // Newest first, one index lookup per teldatum (a loose index scan): a DISTINCT would read
  // every registration of the bestuur.
  const { rows } = await sql<{ teldatum: string }>`
    with recursive d(teldatum) as (
      select max(teldatum) from bekostiging_statustoekenning where bestuursnummer = ${bestuursnummer}
      union all
      select (select max(s.teldatum) from bekostiging_statustoekenning s
        where s.bestuursnummer = ${bestuursnummer} and s.teldatum < d.teldatum)
      from d where d.teldatum is not null
    )
    select teldatum from d where teldatum is not null`.execute(db)
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

/**
 * One page of the registrations with a signal on this teldatum, by school and leerlingnummer: a
 * keyset page (cursors `na` / `voor`) and a count that stops at 1,000.
 */
export async function registratiesMetSignaal(
  db: BekostigingDb,
  bestuursnummer: string,
  f: Positie & {
    teldatum: string
    school?: string | undefined
    signaal?: string | undefined
  },
) {
  let q = db
    .selectFrom('bekostiging_statustoekenning as s')
    .where('s.bestuursnummer', '=', bestuursnummer)
    .where('s.teldatum', '=', f.teldatum)
    .where('s.signaalcode', 'is not', null)
  if (f.school) q = q.where('s.instellingscode', '=', f.school)
  if (f.signaal) q = q.where('s.signaalcode', '=', f.signaal)
  const [pagina, totaal] = await Promise.all([
    pagineer(
      q.selectAll('s'),
      [
        { kolom: 's.instellingscode', richting: 'asc' },
        { kolom: 's.leerlingnummer', richting: 'asc' },
        { kolom: 's.id', richting: 'asc' },
      ],
      f,
    ),
    telBegrensd(db, q),
  ])
  return {
    registraties: pagina.rijen.map((r): Registratie => ({
      id: r.id,
      instellingscode: r.instellingscode,
      leerlingnummer: r.leerlingnummer,
      leeftijdscategorie: r.leeftijdscategorie,
      inschrijfdatum: r.inschrijfdatum,
      bekostigd: r.bekostigd === 1,
      signaalcode: r.signaalcode,
    })),
    ...lijstInfo(pagina, totaal),
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
