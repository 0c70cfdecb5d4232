/** Query parameters shared by the register's routes: the date asked for, paging, search. */
import { z } from 'zod'
import { lijstParams, tekst } from '@duo/server-kit'
import { isDag, vandaag, type Dag } from '../domein/datum'
import { SOORTEN } from '../domein/soorten'

const MAX_PAGINA = 100

export const geldigOp = z
  .string()
  .refine(isDag, tekst('Geef de datum als JJJJ-MM-DD', 'Give the date as YYYY-MM-DD'))
  .optional()

export const { pagina, aantal, zoek } = lijstParams

export const soort = z.enum(SOORTEN, {
  message: tekst('Onbekende soort object', 'Unknown kind of object'),
})

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
