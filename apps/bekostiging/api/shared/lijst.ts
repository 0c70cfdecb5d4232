/**
 * Query parameters of bekostiging's lists beside paging and search (those are `lijstParams` of
 * `@duo/server-kit`), and numbers from SQL.
 */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'

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

/** A count from SQL: PostgreSQL answers bigint counts and sums as strings. */
export const getal = (v: unknown) => Number(v ?? 0)
