/** Paging and search of the helpdesk's lists: the same query parameters on every list. */
import { z } from 'zod'
import { cursorParam, tekst } from '@duo/server-kit'

const MAX_PAGINA_GROOTTE = 100

const geheel = (naam: { nl: string; en: string }) =>
  z
    .string()
    .regex(/^\d{1,6}$/, tekst(`${naam.nl}: geef een heel getal`, `${naam.en}: give a whole number`))
    .transform(Number)
    .pipe(z.number().min(1, tekst(`${naam.nl}: minimaal 1`, `${naam.en}: at least 1`)))

export const pagina = geheel({ nl: 'Pagina', en: 'Page' }).optional()
/** A keyset page: after (`na`) or before (`voor`) the row of a cursor the previous answer gave. */
export const na = cursorParam
export const voor = cursorParam
// Larger pages are capped, not refused: the server decides how much one answer may hold.
export const aantal = geheel({ nl: 'Aantal', en: 'Number' })
  .transform((n) => Math.min(n, MAX_PAGINA_GROOTTE))
  .optional()
export const richting = z
  .enum(['asc', 'desc'], { message: tekst('Kies asc of desc', 'Choose asc or desc') })
  .optional()
export const zoek = z
  .string()
  .trim()
  .max(100, tekst('Zoek op hoogstens 100 tekens', 'Search for at most 100 characters'))
  .optional()
