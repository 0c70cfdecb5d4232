/** Query and form fields every ROD route reads the same way, with messages in both languages. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { isSchooljaar } from './schooljaar'
import { isDag } from './dagen'

export const schooljaar = z
  .string()
  .trim()
  .refine(
    isSchooljaar,
    tekst('Kies een schooljaar, zoals 2023-2024', 'Choose a schooljaar, such as 2023-2024'),
  )

export const instellingscode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^\d{2}[A-Z]{2}$/,
    tekst(
      'Een instellingscode heeft 2 cijfers en 2 letters, zoals 12AB',
      'An instellingscode has 2 digits and 2 letters, such as 12AB',
    ),
  )

export const dag = (nl: string, en: string) =>
  z
    .string()
    .trim()
    .refine(
      isDag,
      tekst(`${nl}: geef een datum als JJJJ-MM-DD`, `${en}: give a date as YYYY-MM-DD`),
    )

/** A UUID in a path: anything else cannot be one of ours and answers 404 like an unknown one. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const MAX_PAGINA = 100

export const pagina = z
  .string()
  .regex(/^\d{1,6}$/, tekst('Pagina: geef een heel getal', 'Page: give a whole number'))
  .transform(Number)
  .pipe(z.number().min(1, tekst('Pagina: minimaal 1', 'Page: at least 1')))
  .optional()

export const aantal = z
  .string()
  .regex(/^\d{1,6}$/, tekst('Aantal: geef een heel getal', 'Number: give a whole number'))
  .transform((n) => Math.min(Math.max(Number(n), 1), MAX_PAGINA))
  .optional()

export const pageOf = (f: { pagina?: number | undefined; aantal?: number | undefined }) => {
  const n = Math.min(Math.max(Math.trunc(f.aantal ?? 25), 1), MAX_PAGINA)
  const p = Math.max(Math.trunc(f.pagina ?? 1), 1)
  return { aantal: n, pagina: p, offset: (p - 1) * n }
}
