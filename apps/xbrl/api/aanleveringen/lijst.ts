/**
 * The lists of aanleveringen: a bestuur's own (overview), and DUO's queue across besturen.
 * Keyset pages (`?na=` / `?voor=`; `?pagina=` still works), counts that stop at 1,000, and the
 * full-text search of referentie, bestuursnummer and file name.
 */
import { sql } from 'kysely'
import { z } from 'zod'
import { cursorParam, lijstInfo, pagineer, tekst, telBegrensd, type Sleutel } from '@duo/server-kit'
import { STATUSSEN, type XbrlDb } from '../tables'
import { aanleveringZoek } from '../zoek'
import { toAanlevering, type AanleveringRow } from './store'

const MAX_PAGINA = 100

const geheel = (nl: string, en: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, tekst(`${nl}: geef een heel getal`, `${en}: give a whole number`))
    .transform(Number)

export const lijstQuery = z.object({
  status: z.enum(STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') }).optional(),
  verslagjaar: geheel('Verslagjaar', 'Verslagjaar').optional(),
  zoek: z
    .string()
    .trim()
    .max(100, tekst('Zoek op hoogstens 100 tekens', 'Search for at most 100 characters'))
    .optional(),
  pagina: geheel('Pagina', 'Page')
    .pipe(z.number().min(1, tekst('Pagina: minimaal 1', 'Page: at least 1')))
    .optional(),
  aantal: geheel('Aantal', 'Number')
    .transform((n) => Math.max(1, Math.min(n, MAX_PAGINA)))
    .optional(),
  na: cursorParam,
  voor: cursorParam,
})
export type LijstFilter = z.infer<typeof lijstQuery>

/** A bestuur's overview: newest verslagjaar, then newest version, first. */
const PER_BESTUUR: readonly Sleutel[] = [
  { kolom: 'a.verslagjaar', richting: 'desc' },
  { kolom: 'a.versie', richting: 'desc' },
  { kolom: 'a.id', richting: 'desc' },
]
/** DUO's queue (submitted ones only): newest verslagjaar, then newest submission, first. */
const INGEDIEND_VOLGORDE: readonly Sleutel[] = [
  { kolom: 'a.verslagjaar', richting: 'desc' },
  { kolom: 'a.ingediend_op', richting: 'desc' },
  { kolom: 'a.versie', richting: 'desc' },
  { kolom: 'a.id', richting: 'desc' },
]

/** A page of aanleveringen, newest verslagjaar and version (or submission) first. */
export async function lijst(
  db: XbrlDb,
  filter: LijstFilter & { bestuursnummer?: string; statussen?: readonly string[] },
) {
  const { q: gezocht, telbaar } = await aanleveringZoek.van(db, 'a', filter.zoek)
  let q = gezocht
  if (filter.bestuursnummer) q = q.where('a.bestuursnummer', '=', filter.bestuursnummer)
  // Only submitted ones have a moment of submission (the queue's order). The queue's statuses
  // are most rows: compared as an expression (`|| ''`, the same value) that no index has, so
  // that the page reads the order's index (`xbrl_aanlevering_ingediend_idx`) in its order, not
  // every submitted row of the status index to sort them. One status (`?status=`) is still a
  // range of `xbrl_aanlevering_status_ingediend_idx`.
  if (filter.statussen)
    q = q
      .where(sql<string>`(${sql.ref('a.status')} || '')`, 'in', [...filter.statussen])
      .where('a.ingediend_op', 'is not', null)
  if (filter.status) q = q.where('a.status', '=', filter.status)
  if (filter.verslagjaar) q = q.where('a.verslagjaar', '=', filter.verslagjaar)
  const volgorde = filter.statussen ? INGEDIEND_VOLGORDE : PER_BESTUUR
  const [pagina, telling] = await Promise.all([
    pagineer(q.selectAll('a'), volgorde, filter, { standaard: 25 }),
    telbaar ? telBegrensd(db, q) : undefined,
  ])
  return {
    aanleveringen: pagina.rijen.map((r) => {
      const { opslagNaam: _o, validatieJobId: _v, ...a } = toAanlevering(r as AanleveringRow)
      return a
    }),
    ...lijstInfo(pagina),
    ...(telling ?? {}),
  }
}
