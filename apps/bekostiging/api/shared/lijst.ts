/** Paging and search of bekostiging's lists: the same query parameters on every list. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'

const MAX_PAGINA_GROOTTE = 100

const geheel = (naam: { nl: string; en: string }) =>
  z
    .string()
    .regex(/^\d{1,6}$/, tekst(`${naam.nl}: geef een heel getal`, `${naam.en}: give a whole number`))
    .transform(Number)
    .pipe(z.number().min(1, tekst(`${naam.nl}: minimaal 1`, `${naam.en}: at least 1`)))

export const pagina = geheel({ nl: 'Pagina', en: 'Page' }).optional()
// Larger pages are capped, not refused: the server decides how much one answer may hold.
export const aantal = geheel({ nl: 'Aantal', en: 'Number' })
  .transform((n) => Math.min(n, MAX_PAGINA_GROOTTE))
  .optional()
export const zoek = z
  .string()
  .trim()
  .max(100, tekst('Zoek op hoogstens 100 tekens', 'Search for at most 100 characters'))
  .optional()
export const dagParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, tekst('Geef een datum als JJJJ-MM-DD', 'Give a date as YYYY-MM-DD'))
export const schoolParam = z
  .string()
  .regex(
    /^\d{2}[A-Za-z]{2}$/,
    tekst('Een instellingscode is als 12AB', 'An instellingscode looks like 12AB'),
  )
  .transform((s) => s.toUpperCase())

export interface Pagina {
  pagina?: number | undefined
  aantal?: number | undefined
}

export const pageOf = (f: Pagina) => {
  const aantal = Math.min(Math.max(Math.trunc(f.aantal ?? 25), 1), MAX_PAGINA_GROOTTE)
  const pagina = Math.max(Math.trunc(f.pagina ?? 1), 1)
  return { aantal, pagina, offset: (pagina - 1) * aantal }
}

// Wildcards are dropped rather than escaped: SQLite and PostgreSQL escape LIKE differently.
export const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, '')}%`

/** A count from SQL: PostgreSQL answers bigint counts and sums as strings. */
export const getal = (v: unknown) => Number(v ?? 0)
