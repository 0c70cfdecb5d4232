/**
 * Calendar days as `YYYY-MM-DD` text (the register's dates) and ISO weeks (the weekly
 * kwaliteitscontrolebestand). Arithmetic runs on UTC noon, so no time zone or summer time
 * can move a day.
 */
import { dutchDate } from '@duo/authz'

export type Dag = string

const DAG = /^\d{4}-\d{2}-\d{2}$/

/** Whether text is a real calendar day (`2024-02-30` is not). */
export function isDag(s: string): boolean {
  if (!DAG.test(s)) return false
  const d = new Date(`${s}T12:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const alsDatum = (dag: Dag) => new Date(`${dag}T12:00:00Z`)
const alsDag = (d: Date): Dag => d.toISOString().slice(0, 10)

export function plusDagen(dag: Dag, n: number): Dag {
  const d = alsDatum(dag)
  d.setUTCDate(d.getUTCDate() + n)
  return alsDag(d)
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function dagenTussen(a: Dag, b: Dag): number {
  return Math.round((alsDatum(b).getTime() - alsDatum(a).getTime()) / 86_400_000)
}

/** Today in the Netherlands, by the one clock. */
export const vandaag = (now: Date): Dag => dutchDate(now)

export interface Week {
  /** `2024-W07`. */
  id: string
  jaar: number
  nummer: number
  maandag: Dag
  zondag: Dag
}

/** The ISO week (Monday to Sunday) a day falls in. */
export function weekVan(dag: Dag): Week {
  const d = alsDatum(dag)
  const weekdag = (d.getUTCDay() + 6) % 7 // Monday 0
  const maandag = plusDagen(dag, -weekdag)
  // The ISO year is the year of the week's Thursday.
  const donderdag = alsDatum(plusDagen(maandag, 3))
  const jaar = donderdag.getUTCFullYear()
  const eersteDonderdag = new Date(Date.UTC(jaar, 0, 4, 12))
  const eersteMaandag = plusDagen(alsDag(eersteDonderdag), -((eersteDonderdag.getUTCDay() + 6) % 7))
  const nummer = dagenTussen(eersteMaandag, maandag) / 7 + 1
  return {
    id: `${jaar}-W${String(nummer).padStart(2, '0')}`,
    jaar,
    nummer,
    maandag,
    zondag: plusDagen(maandag, 6),
  }
}

/** The week of an id such as `2024-W07`; null when it is not one. */
export function weekUitId(id: string): Week | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(id)
  if (!m) return null
  const jaar = Number(m[1])
  const nummer = Number(m[2])
  const eerste = weekVan(`${jaar}-01-04`)
  const week = weekVan(plusDagen(eerste.maandag, (nummer - 1) * 7))
  return week.jaar === jaar && week.nummer === nummer ? week : null
}

/** Every week whose Sunday lies in [van, tot], oldest first. */
export function wekenTussen(van: Dag, tot: Dag): Week[] {
  const weken: Week[] = []
  let week = weekVan(van)
  if (week.zondag < van) week = weekVan(plusDagen(week.maandag, 7))
  while (week.zondag <= tot) {
    weken.push(week)
    week = weekVan(plusDagen(week.maandag, 7))
  }
  return weken
}
