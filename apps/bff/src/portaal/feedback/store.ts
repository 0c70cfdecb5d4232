/** Answers of the one-minute survey ("Wat vindt u van de website?"), and their summary. */
import type { Kysely } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { Database } from '@duo/server-kit/platform'

export interface FeedbackInvoer {
  pagina: string
  score: number
  goed: string | null
  beter: string | null
  email: string | null
  taal: 'nl' | 'en'
}

export interface FeedbackAntwoord extends FeedbackInvoer {
  id: string
  gegevenOp: string
}

export interface FeedbackFilter {
  pagina?: string | undefined
  /** First and last day (`YYYY-MM-DD`, inclusive). */
  van?: string | undefined
  tot?: string | undefined
}

export async function bewaar(
  db: Kysely<Database>,
  f: FeedbackInvoer,
  now: Date,
  id: string = newId(),
): Promise<void> {
  await db
    .insertInto('feedback')
    .values({ id, ...f, gegeven_op: toIso(now) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

/** Answers in the filter, oldest first (at most 10 000: a CSV, a summary). */
export async function antwoorden(
  db: Kysely<Database>,
  f: FeedbackFilter = {},
): Promise<FeedbackAntwoord[]> {
  let q = db.selectFrom('feedback').selectAll()
  if (f.pagina) q = q.where('pagina', '=', f.pagina)
  // Days are compared on the stored UTC moment's date: close enough for a summary of opinions.
  if (f.van) q = q.where('gegeven_op', '>=', `${f.van}T00:00:00.000Z`)
  if (f.tot) q = q.where('gegeven_op', '<=', `${f.tot}T23:59:59.999Z`)
  const rows = await q.orderBy('gegeven_op').orderBy('id').limit(10_000).execute()
  return rows.map((r) => ({
    id: r.id,
    pagina: r.pagina,
    score: Number(r.score),
    goed: r.goed,
    beter: r.beter,
    email: r.email,
    taal: r.taal === 'en' ? 'en' : 'nl',
    gegevenOp: r.gegeven_op,
  }))
}

const gemiddelde = (scores: number[]) =>
  scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null

/** Per page and per month: how many answers and their average score (1–5). */
export function samenvatting(lijst: FeedbackAntwoord[]) {
  const groepeer = (sleutel: (a: FeedbackAntwoord) => string) => {
    const m = new Map<string, number[]>()
    for (const a of lijst) m.set(sleutel(a), [...(m.get(sleutel(a)) ?? []), a.score])
    return [...m.entries()].map(([k, scores]) => ({
      k,
      aantal: scores.length,
      gemiddelde: gemiddelde(scores)!,
    }))
  }
  return {
    totaal: lijst.length,
    gemiddelde: gemiddelde(lijst.map((a) => a.score)),
    perPagina: groepeer((a) => a.pagina)
      .map(({ k, ...r }) => ({ pagina: k, ...r }))
      .sort((a, b) => b.aantal - a.aantal || a.pagina.localeCompare(b.pagina)),
    perMaand: groepeer((a) => a.gegevenOp.slice(0, 7))
      .map(({ k, ...r }) => ({ maand: k, ...r }))
      .sort((a, b) => a.maand.localeCompare(b.maand)),
    /** Per score how many, 1 to 5. */
    verdeling: [1, 2, 3, 4, 5].map((score) => ({
      score,
      aantal: lijst.filter((a) => a.score === score).length,
    })),
  }
}
