/** Query parameters shared by the register's routes: the date asked for, paging, search. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { isDag, vandaag, type Dag } from '../domein/datum'
import { SOORTEN } from '../domein/soorten'

const MAX_PAGINA = 100

export const geldigOp = z
  .string()
  .refine(isDag, tekst('Geef de datum als JJJJ-MM-DD', 'Give the date as YYYY-MM-DD'))
  .optional()

const geheel = (nl: string, en: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, tekst(`${nl}: geef een heel getal`, `${en}: give a whole number`))
    .transform(Number)
    .pipe(z.number().min(1, tekst(`${nl}: minimaal 1`, `${en}: at least 1`)))

export const pagina = geheel('Pagina', 'Page').optional()
export const aantal = geheel('Aantal', 'Number')
  .transform((n) => Math.min(n, MAX_PAGINA))
  .optional()

export const soort = z.enum(SOORTEN, {
  message: tekst('Onbekende soort object', 'Unknown kind of object'),
})

export const zoek = z
  .string()
  .trim()
  .max(100, tekst('Zoek op hoogstens 100 tekens', 'Search for at most 100 characters'))
  .optional()

export const richting = z
  .enum(['asc', 'desc'], { message: tekst('Kies asc of desc', 'Choose asc or desc') })
  .optional()

/** The day asked for, or today (in the Netherlands, by the one clock). */
export const dagOf = (gevraagd: string | undefined, now: Date): Dag => gevraagd ?? vandaag(now)

export function pageOf(p: { pagina?: number | undefined; aantal?: number | undefined }) {
  const aantal = Math.min(Math.max(p.aantal ?? 25, 1), MAX_PAGINA)
  const pagina = Math.max(p.pagina ?? 1, 1)
  return { aantal, pagina, offset: (pagina - 1) * aantal }
}
