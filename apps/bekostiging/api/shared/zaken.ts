/**
 * Aanvragen and bezwaren as one list of zaken: the bestuur's zaakdossier and DUO's queue. One
 * UNION ALL query, filtered, sorted and paged in the database: a keyset page on (day,
 * referentie, id) with cursors `na` / `voor` (each part one index range from the cursor), a
 * count that stops at 1,000, and the full-text search of both tables. A bestuur with 100,000
 * aanvragen gets its page as fast as one with 100.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely'
import {
  TEL_TOT,
  cursorVan,
  grootte,
  leesCursor,
  telBegrensd,
  voorbij,
  type Positie,
  type Sleutel,
} from '@duo/server-kit'
import { plusDagen, type Dag } from '../../regels/datum'
import { LOPEND, type BekostigingDb } from '../tables'
import { aanvraagZoek, bezwaarZoek } from '../zoek'

export const LEEFTIJDEN = ['tot-30', '30-90', 'boven-90'] as const
type Leeftijd = (typeof LEEFTIJDEN)[number]

export interface ZaakFilter extends Positie {
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
  const { aantal, pagina } = grootte(f)
  // The same conditions on both tables, as SQL on the alias `a` or `b`.
  const voorwaarden = (tabel: 'a' | 'b') => {
    const k = (kolom: string) => sql.ref(`${tabel}.${kolom}`)
    const delen: RawBuilder<unknown>[] = [sql`1 = 1`]
    if (f.bestuursnummer) delen.push(sql`${k('bestuursnummer')} = ${f.bestuursnummer}`)
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
    return sql<SqlBool>`${sql.join(delen, sql` and `)}`
  }
  const [zoekA, zoekB] = await Promise.all([
    f.soort === 'bezwaar' ? null : aanvraagZoek.van(db, 'a', f.zoek),
    f.soort === 'aanvraag' || f.categorie ? null : bezwaarZoek.van(db, 'b', f.zoek),
  ])
  const sleutel = f.sorteer === 'ontvangen' ? 'ontvangen_dag' : 'uiterste_beslisdatum'
  const richting = f.sorteer === 'ontvangen' ? 'desc' : 'asc'
  /** The order of the list, on one part (`a`, `b`) or on their union (`z`). */
  const volgorde = (t: 'a' | 'b' | 'z'): Sleutel[] =>
    [sleutel, 'referentie', 'id'].map((kolom) => ({
      kolom: `${t}.${kolom}`,
      richting,
      veld: kolom,
    }))
  const cursor = f.na ?? f.voor
  const kant = !f.na && f.voor ? 'voor' : 'na'
  const terug = !!cursor && kant === 'voor'
  const waarden = cursor ? leesCursor(cursor, volgorde('z'), kant) : null
  /** Orders a query by the list's order (reversed for the page before a cursor). */
  const geordend = <Q extends { orderBy: OrderBy<Q> }>(q: Q, t: 'a' | 'b' | 'z') =>
    volgorde(t).reduce(
      (acc, s) => acc.orderBy(sql.ref(s.kolom), (s.richting === 'asc') !== terug ? 'asc' : 'desc'),
      q,
    )

  let aanvraagDeel = zoekA?.q.where('a.status', '!=', 'concept').where(voorwaarden('a'))
  if (aanvraagDeel && f.categorie)
    aanvraagDeel = aanvraagDeel.where('a.categorie', '=', f.categorie)
  const bezwaarDeel = zoekB?.q.where(voorwaarden('b'))
  const aanvragen = aanvraagDeel?.select([
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
  type Deel = NonNullable<typeof aanvragen>
  const bezwaren = bezwaarDeel?.select([
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
  ]) as unknown as Deel | undefined
  // One part per table and state: `open` is two states, and an index range per state keeps
  // each part in the list's order (an IN list would have the database sort all open zaken).
  const statussen: Array<string | null> =
    f.status === 'open' ? [...LOPEND] : f.status ? [f.status] : [null]
  const delen: Array<{ q: Deel; t: 'a' | 'b'; telbaar: boolean }> = []
  for (const [q, t, telbaar] of [
    [aanvragen, 'a', zoekA?.telbaar],
    [bezwaren, 'b', zoekB?.telbaar],
  ] as const)
    if (q)
      for (const status of statussen)
        delen.push({
          q: status === null ? q : q.where(sql.ref(`${t}.status`), '=', status),
          t,
          telbaar: !!telbaar,
        })

  // Each part brings only the rows that can reach this page, in order (one index range from
  // the cursor), and the page is cut from their union: nothing reads a bestuur's whole history.
  // Without a cursor (`?pagina=n`, an offset): the first n pages of each part.
  const nodig = waarden ? aantal + 1 : pagina * aantal + 1
  const top = delen.map(({ q, t }) =>
    db
      .selectFrom(
        geordend(waarden ? q.where(voorbij(volgorde(t), waarden, kant)) : q, t)
          .limit(nodig)
          .as('d'),
      )
      .selectAll(),
  )
  const [eerste, ...rest] = top
  const samen = rest.reduce((u, d) => u.unionAll(d), eerste!)
  const [rijen, telling] = await Promise.all([
    geordend(db.selectFrom(samen.as('z')).selectAll(), 'z')
      .limit(aantal + 1)
      .offset(waarden ? 0 : (pagina - 1) * aantal)
      .execute(),
    // Counted up to 1,000 over all parts together (the union stops there); a search with many
    // matches is not counted.
    delen.every((d) => d.telbaar)
      ? telBegrensd(
          db,
          db
            .selectFrom(
              delen
                .map(({ q }) =>
                  db
                    .selectFrom(
                      q
                        .clearSelect()
                        .select(sql<number>`1`.as('een'))
                        .limit(TEL_TOT + 1)
                        .as('p'),
                    )
                    .selectAll(),
                )
                .reduce((u, d) => u.unionAll(d))
                .as('t'),
            )
            .selectAll(),
        )
      : undefined,
  ])
  const meer = rijen.length > aantal
  const deze = rijen.slice(0, aantal)
  if (terug) deze.reverse()
  const cursorVanRij = (r: (typeof deze)[number] | undefined) => r && cursorVan(r, volgorde('z'))
  const volgende = (waarden ? terug || meer : meer) ? (cursorVanRij(deze.at(-1)) ?? null) : null
  const vorige = (waarden ? !terug || meer : pagina > 1) ? (cursorVanRij(deze[0]) ?? null) : null
  return {
    zaken: deze.map((r): ZaakInLijst => ({
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
    pagina,
    aantal,
    volgende,
    vorige,
    ...(telling ?? {}),
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's orderBy
type OrderBy<Q> = (ref: any, richting: 'asc' | 'desc') => Q
