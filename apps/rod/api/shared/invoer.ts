/** Query and form fields every ROD route reads the same way, with messages in both languages. */
import { z } from 'zod'
import { lijstParams, tekst } from '@duo/server-kit'
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

export const { pagina, aantal } = lijstParams
