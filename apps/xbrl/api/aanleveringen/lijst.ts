/** The lists of aanleveringen: a bestuur's own (overview), and DUO's queue across besturen. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { STATUSSEN, type XbrlDb } from '../tables'
import { metJaar, toAanlevering, type AanleveringRow } from './store'

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
})
export type LijstFilter = z.infer<typeof lijstQuery>

/** A page of aanleveringen, newest verslagjaar and version (or submission) first. */
export async function lijst(
  db: XbrlDb,
  filter: LijstFilter & { bestuursnummer?: string; statussen?: readonly string[] },
) {
  const aantal = filter.aantal ?? 25
  const pagina = filter.pagina ?? 1
  let q = metJaar(db)
  if (filter.bestuursnummer) q = q.where('j.bestuursnummer', '=', filter.bestuursnummer)
  if (filter.statussen) q = q.where('a.status', 'in', [...filter.statussen])
  if (filter.status) q = q.where('a.status', '=', filter.status)
  if (filter.verslagjaar) q = q.where('j.verslagjaar', '=', filter.verslagjaar)
  if (filter.zoek) {
    const zoek = filter.zoek.toUpperCase()
    q = q.where((eb) => eb.or([eb('j.bestuursnummer', '=', zoek), eb('a.referentie', '=', zoek)]))
  }
  const totaal = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await q
    .orderBy('j.verslagjaar', 'desc')
    .orderBy('a.ingediend_op', 'desc')
    .orderBy('a.versie', 'desc')
    .orderBy('a.id')
    .limit(aantal)
    .offset((pagina - 1) * aantal)
    .execute()
  return {
    aanleveringen: rows.map((r) => {
      const { opslagNaam: _o, validatieJobId: _v, ...a } = toAanlevering(r as AanleveringRow)
      return a
    }),
    totaal: Number(totaal.n),
    pagina,
    aantal,
  }
}
