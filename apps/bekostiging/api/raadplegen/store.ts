/**
 * The funding of a bestuur per school and year: regulier personeel, materiële instandhouding,
 * groei and the bijzondere bekostiging DUO granted, with totals and the history over years.
 * Sums are made in the database.
 */
import { REGELSOORTEN, type BekostigingDb, type Regelsoort } from '../tables'
import { getal } from '../shared/lijst'

export type Bedragen = Record<Regelsoort, number> & { totaal: number }

const leeg = (): Bedragen => ({
  'regulier-personeel': 0,
  'materiele-instandhouding': 0,
  groei: 0,
  'bijzondere-bekostiging': 0,
  totaal: 0,
})

function tel(b: Bedragen, soort: string, centen: number) {
  if ((REGELSOORTEN as readonly string[]).includes(soort)) b[soort as Regelsoort] += centen
  b.totaal += centen
}

export async function overzicht(
  db: BekostigingDb,
  bestuur: { bestuursnummer: string; scholen: Array<{ instellingscode: string; naam: string }> },
  filter: { jaar?: number | undefined; school?: string | undefined },
) {
  let basis = db
    .selectFrom('bekostiging_regel')
    .where('bestuursnummer', '=', bestuur.bestuursnummer)
  if (filter.school) basis = basis.where('instellingscode', '=', filter.school)
  const perJaar = await basis
    .select(['jaar', 'soort', (eb) => eb.fn.sum<number>('bedrag_centen').as('som')])
    .groupBy(['jaar', 'soort'])
    .execute()
  const jaren = [...new Set(perJaar.map((r) => Number(r.jaar)))].sort((a, b) => b - a)
  const jaar = filter.jaar ?? jaren[0] ?? null
  const geschiedenis = jaren
    .slice()
    .reverse()
    .map((j) => {
      const b = leeg()
      for (const r of perJaar) if (Number(r.jaar) === j) tel(b, r.soort, getal(r.som))
      return { jaar: j, ...b }
    })
  if (jaar === null)
    return { jaren, jaar, scholen: [], totaal: leeg(), geschiedenis, bijzonder: [] }

  const [perSchool, bijzonder] = await Promise.all([
    basis
      .where('jaar', '=', jaar)
      .select(['instellingscode', 'soort', (eb) => eb.fn.sum<number>('bedrag_centen').as('som')])
      .groupBy(['instellingscode', 'soort'])
      .execute(),
    basis
      .where('jaar', '=', jaar)
      .where('soort', '=', 'bijzondere-bekostiging')
      .select(['id', 'instellingscode', 'omschrijving', 'bedrag_centen'])
      .orderBy('omschrijving')
      .execute(),
  ])
  const totaal = leeg()
  const scholen = bestuur.scholen
    .filter((s) => !filter.school || s.instellingscode === filter.school)
    .map((s) => {
      const b = leeg()
      for (const r of perSchool)
        if (r.instellingscode === s.instellingscode) {
          tel(b, r.soort, getal(r.som))
          tel(totaal, r.soort, getal(r.som))
        }
      return { instellingscode: s.instellingscode, naam: s.naam, ...b }
    })
  return {
    jaren,
    jaar,
    scholen,
    totaal,
    geschiedenis,
    bijzonder: bijzonder.map((r) => ({
      id: r.id,
      instellingscode: r.instellingscode,
      omschrijving: r.omschrijving,
      bedragCenten: getal(r.bedrag_centen),
    })),
  }
}

export interface ExportRegel {
  id: string
  jaar: number
  instellingscode: string
  soort: string
  omschrijving: string
  bedrag_centen: number
}

/** Lines for the export, page by page after `naId` (keyset), in id order. */
export function exportPagina(db: BekostigingDb, bestuursnummer: string, jaar: number | undefined) {
  return async (naId: string | null, limit: number): Promise<ExportRegel[]> => {
    let q = db
      .selectFrom('bekostiging_regel')
      .select(['id', 'jaar', 'instellingscode', 'soort', 'omschrijving', 'bedrag_centen'])
      .where('bestuursnummer', '=', bestuursnummer)
    if (jaar) q = q.where('jaar', '=', jaar)
    if (naId) q = q.where('id', '>', naId)
    const rows = await q.orderBy('id').limit(limit).execute()
    return rows.map((r) => ({ ...r, jaar: Number(r.jaar), bedrag_centen: getal(r.bedrag_centen) }))
  }
}
