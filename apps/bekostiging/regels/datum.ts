/**
 * Calendar days (`YYYY-MM-DD`) as the rules of bijzondere bekostiging count them: Dutch calendar
 * days, schooljaren from 1 August to 31 July, peildata 1 October, 1 February and 1 June. Pure
 * functions on strings, for the API and the pages alike (no time zone data needed).
 */
import { dutchDate } from '@duo/authz'

export type Dag = string
export type Taal = 'nl' | 'en'

const DAG = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Whether `s` is an existing calendar day `YYYY-MM-DD` (no 31 February). */
export function isDag(s: unknown): s is Dag {
  if (typeof s !== 'string' || !DAG.test(s)) return false
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s
}

/** Today in the Netherlands: the one clock's moment as a Dutch calendar day. */
export const vandaagVan = (now: Date): Dag => dutchDate(now)

const utc = (d: Dag) => new Date(`${d}T00:00:00Z`)
const dag = (t: Date): Dag => t.toISOString().slice(0, 10)

export function plusDagen(d: Dag, n: number): Dag {
  const t = utc(d)
  t.setUTCDate(t.getUTCDate() + n)
  return dag(t)
}

/** `d` plus `n` months; the 31st becomes the month's last day where the month is shorter. */
export function plusMaanden(d: Dag, n: number): Dag {
  const [j, m, t] = d.split('-').map(Number) as [number, number, number]
  const doel = new Date(Date.UTC(j, m - 1 + n, 1))
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate()
  doel.setUTCDate(Math.min(t, laatste))
  return dag(doel)
}

/** The first day of the month after `d`: bijzondere bekostiging starts then. */
export function eersteVanVolgendeMaand(d: Dag): Dag {
  const [j, m] = d.split('-').map(Number) as [number, number]
  return dag(new Date(Date.UTC(j, m, 1)))
}

/** A schooljaar as `2021-2022`: 1 August 2021 up to and including 31 July 2022. */
export type Schooljaar = string
const SCHOOLJAAR = /^(\d{4})-(\d{4})$/

export function isSchooljaar(s: unknown): s is Schooljaar {
  const m = typeof s === 'string' ? SCHOOLJAAR.exec(s) : null
  return !!m && Number(m[2]) === Number(m[1]) + 1
}

export function schooljaarVan(d: Dag): Schooljaar {
  const j = Number(d.slice(0, 4))
  return Number(d.slice(5, 7)) >= 8 ? `${j}-${j + 1}` : `${j - 1}-${j}`
}

const beginjaar = (sj: Schooljaar) => Number(sj.slice(0, 4))
export const eersteDag = (sj: Schooljaar): Dag => `${beginjaar(sj)}-08-01`
export const laatsteDag = (sj: Schooljaar): Dag => `${beginjaar(sj) + 1}-07-31`
/** 1 April of the schooljaar (in its second calendar year). */
export const eenApril = (sj: Schooljaar): Dag => `${beginjaar(sj) + 1}-04-01`
export const volgendSchooljaar = (sj: Schooljaar): Schooljaar =>
  `${beginjaar(sj) + 1}-${beginjaar(sj) + 2}`

/** The peildata of eerste opvang: 1 October, 1 February and 1 June. */
const PEILMAANDEN = ['10-01', '02-01', '06-01'] as const

export function isPeildatum(d: unknown): d is Dag {
  return isDag(d) && (PEILMAANDEN as readonly string[]).includes(d.slice(5))
}

/** The peildata from one year before `d` to half a year after it, oldest first. */
export function peildataRond(d: Dag): Dag[] {
  const j = Number(d.slice(0, 4))
  const alle = [j - 1, j, j + 1].flatMap((y) => PEILMAANDEN.map((md) => `${y}-${md}`)).sort()
  return alle.filter((p) => p >= plusMaanden(d, -12) && p <= plusMaanden(d, 6))
}

const MAANDEN: Record<Taal, string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
}

/** A day as people read it: "1 april 2022" / "1 April 2022". */
export function datumTekst(d: Dag, taal: Taal): string {
  const [j, m, t] = d.split('-').map(Number) as [number, number, number]
  return `${t} ${MAANDEN[taal][m - 1]} ${j}`
}
