/** Calendar days of the OSR's rules: Dutch days (`YYYY-MM-DD`) read from the one clock. */
import { z } from 'zod'
import { dutchDate } from '@duo/authz'
import { tekst } from '@duo/server-kit'

/** Today in the Netherlands. */
export const vandaagOp = (now: Date): string => dutchDate(now)

/** `dag` plus `n` days (negative: earlier), `YYYY-MM-DD`. */
export function plusDagen(dag: string, n: number): string {
  const d = new Date(`${dag}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Whether `YYYY-MM-DD` is a real calendar day (no 31 February). */
export function isDag(waarde: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return false
  const d = new Date(`${waarde}T12:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === waarde
}

/** A calendar day in the input, with a message in both languages. */
export const dag = (veld: { nl: string; en: string }) =>
  z
    .string({ message: tekst(`Vul de ${veld.nl} in`, `Enter the ${veld.en}`) })
    .trim()
    .refine(
      isDag,
      tekst(
        `De ${veld.nl} is geen geldige datum (jjjj-mm-dd)`,
        `The ${veld.en} is not a valid date (yyyy-mm-dd)`,
      ),
    )
