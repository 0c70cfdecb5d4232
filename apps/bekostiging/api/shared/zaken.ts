/**
 * Aanvragen and bezwaren as one list of zaken: the bestuur's zaakdossier and DUO's queue. One
 * UNION ALL query, filtered, sorted and paged in the database, so a bestuur with 20,000
 * aanvragen gets its page without the server reading them all.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { plusDagen, type Dag } from '../../regels/datum'
import { LOPEND, type BekostigingDb } from '../tables'
import { getal, likePattern, pageOf } from './lijst'

export const LEEFTIJDEN = ['tot-30', '30-90', 'boven-90'] as const
type Leeftijd = (typeof LEEFTIJDEN)[number]

export interface ZaakFilter {
  bestuursnummer?: string | undefined
  soort?: 'aanvraag' | 'bezwaar' | undefined
  /** A state of an aanvraag or a bezwaar, or `open`: submitted and not yet decided. */
  status?: string | undefined
  categorie?: string | undefined
  /** Days since receipt. */
  leeftijd?: Leeftijd | undefined
  jaar?: number | undefined
  school?: string | undefined
  zoek?: string | undefined
  /** `termijn`: due date first (DUO's queue); `ontvangen`: newest first (the zaakdossier). */
  sorteer?: 'termijn' | 'ontvangen' | undefined
  pagina?: number | undefined
  aantal?: number | undefined
}

export interface ZaakInLijst {
  soort: 'aanvraag' | 'bezwaar'
  id: string
  referentie: string
  bestuursnummer: string
  instellingscode: string | null
  /** The category of an aanvraag; `vaststelling` or `beschikking` for a bezwaar. */
  onderwerp: string
  status: string
  ontvangenDag: string
  uitersteBeslisdatum: string
  afgerondOp: string | null
}

export async function zoekZaken(db: BekostigingDb, f: ZaakFilter, vandaag: Dag) {
  const { aantal, pagina, offset } = pageOf(f)
  // The same conditions on both tables, as SQL on the alias `a` or `b`.
  const voorwaarden = (tabel: 'a' | 'b') => {
    const k = (kolom: string) => sql.ref(`${tabel}.${kolom}`)
    const delen: RawBuilder<unknown>[] = [sql`1 = 1`]
    if (f.bestuursnummer) delen.push(sql`${k('bestuursnummer')} = ${f.bestuursnummer}`)
    if (f.status === 'open') delen.push(sql`${k('status')} in (${sql.join([...LOPEND])})`)
    else if (f.status) delen.push(sql`${k('status')} = ${f.status}`)
    if (f.school) delen.push(sql`${k('instellingscode')} = ${f.school}`)
    if (f.jaar)
      delen.push(sql`${k('ontvangen_dag')} between ${`${f.jaar}-01-01`} and ${`${f.jaar}-12-31`}`)
    const dagen = (n: number) => plusDagen(vandaag, -n)
    if (f.leeftijd === 'tot-30') delen.push(sql`${k('ontvangen_dag')} >= ${dagen(30)}`)
    if (f.leeftijd === '30-90')
      delen.push(
        sql`${k('ontvangen_dag')} < ${dagen(30)} and ${k('ontvangen_dag')} >= ${dagen(90)}`,
      )
    if (f.leeftijd === 'boven-90') delen.push(sql`${k('ontvangen_dag')} < ${dagen(90)}`)
    if (f.zoek) delen.push(sql`lower(${k('referentie')}) like ${likePattern(f.zoek)}`)
    return sql<SqlBool>`${sql.join(delen, sql` and `)}`
  }
  const aanvragen = db
    .selectFrom('bekostiging_aanvraag as a')
    .where('a.status', '!=', 'concept')
    .where(voorwaarden('a'))
    .select([
      sql<string>`'aanvraag'`.as('soort'),
      'a.id',
      sql<string>`a.referentie`.as('referentie'),
      'a.bestuursnummer',
      'a.instellingscode',
      'a.categorie as onderwerp',
      'a.status',
      sql<string>`a.ontvangen_dag`.as('ontvangen_dag'),
      sql<string>`a.uiterste_beslisdatum`.as('uiterste_beslisdatum'),
      'a.afgerond_op',
    ])
  const bezwaren = db
    .selectFrom('bekostiging_bezwaar as b')
    .where(voorwaarden('b'))
    .select([
      sql<string>`'bezwaar'`.as('soort'),
      'b.id',
      'b.referentie',
      'b.bestuursnummer',
      'b.instellingscode',
      'b.onderwerp',
      'b.status',
      'b.ontvangen_dag',
      'b.uiterste_beslisdatum',
      'b.afgerond_op',
    ])
  const sleutel = f.sorteer === 'ontvangen' ? 'ontvangen_dag' : 'uiterste_beslisdatum'
  const richting = f.sorteer === 'ontvangen' ? 'desc' : 'asc'
  // Each part brings only the rows that can reach this page, in order (an index range), and
  // counts itself; the page is cut from their union. Nothing reads a bestuur's whole history.
  const nodig = offset + aantal
  const delen = (
    f.soort === 'bezwaar'
      ? []
      : [f.categorie ? aanvragen.where('a.categorie', '=', f.categorie) : aanvragen]
  ) as Array<typeof aanvragen>
  // Both parts select the same columns under the same names: one shape for the union.
  if (f.soort !== 'aanvraag' && !f.categorie) delen.push(bezwaren as unknown as typeof aanvragen)
  const top = delen.map((d) =>
    db
      .selectFrom(d.orderBy(sleutel, richting).orderBy('referentie', richting).limit(nodig).as('d'))
      .selectAll(),
  )
  const [eerste, ...rest] = top
  const samen = rest.reduce((u, d) => u.unionAll(d), eerste!)
  const [rows, tellingen] = await Promise.all([
    db
      .selectFrom(samen.as('z'))
      .selectAll()
      .orderBy(`z.${sleutel}`, richting)
      .orderBy('z.referentie', richting)
      .limit(aantal)
      .offset(offset)
      .execute(),
    Promise.all(
      delen.map((d) =>
        db
          .selectFrom(d.as('c'))
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    ),
  ])
  const totaal = { n: tellingen.reduce((s, t) => s + getal(t.n), 0) }
  return {
    zaken: rows.map((r): ZaakInLijst => ({
      soort: r.soort === 'bezwaar' ? 'bezwaar' : 'aanvraag',
      id: r.id,
      referentie: r.referentie,
      bestuursnummer: r.bestuursnummer,
      instellingscode: r.instellingscode,
      onderwerp: r.onderwerp,
      status: r.status,
      ontvangenDag: r.ontvangen_dag,
      uitersteBeslisdatum: r.uiterste_beslisdatum,
      afgerondOp: r.afgerond_op,
    })),
    totaal: getal(totaal.n),
    pagina,
    aantal,
  }
}
